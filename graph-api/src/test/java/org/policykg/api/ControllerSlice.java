package org.policykg.api;

import org.policykg.api.ask.AskQueriesMocked;
import org.policykg.api.document.DocumentQueriesMocked;
import org.policykg.api.entity.EntityQueriesMocked;
import org.policykg.api.export.SubgraphQueriesMocked;
import org.policykg.api.query.CypherQueriesMocked;
import org.policykg.api.relation.RelationQueriesMocked;
import org.policykg.api.search.SearchQueriesMocked;
import org.policykg.api.system.GraphVersion;
import org.policykg.api.system.SystemQueriesMocked;
import org.policykg.api.timeline.TimelineQueriesMocked;
import org.policykg.ingest.script.ScriptStage;
import org.policykg.ingest.service.IngestionService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The controllers, the filters and the problem handler over MockMvc, without a database: every feature's query
 * class and ingest's ingestion service are mocks. Test classes that implement this interface and carry
 * {@link ControllerSliceTest} declare the same beans, so they share one small application context.
 */
@MockitoBean(types = {ScriptStage.class, IngestionService.class, GraphVersion.class})
public interface ControllerSlice extends EntityQueriesMocked, RelationQueriesMocked, SearchQueriesMocked,
        SubgraphQueriesMocked, DocumentQueriesMocked, CypherQueriesMocked, SystemQueriesMocked,
        TimelineQueriesMocked, AskQueriesMocked {

    String API_KEY = "slice-key";
}
