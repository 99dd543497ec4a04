package org.policykg.api.query;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Part of {@link org.policykg.api.ControllerSlice}: {@link CypherQueries} is package-private, so only this package can name it. */
@MockitoBean(types = CypherQueries.class)
public interface CypherQueriesMocked {
}
