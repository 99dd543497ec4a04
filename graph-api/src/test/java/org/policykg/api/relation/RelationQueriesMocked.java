package org.policykg.api.relation;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Part of {@link org.policykg.api.ControllerSlice}: {@link RelationQueries} is package-private, so only this package can name it. */
@MockitoBean(types = RelationQueries.class)
public interface RelationQueriesMocked {
}
