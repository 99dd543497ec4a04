package org.policykg.api.search;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Part of {@link org.policykg.api.ControllerSlice}: {@link SearchQueries} is package-private, so only this package can name it. */
@MockitoBean(types = SearchQueries.class)
public interface SearchQueriesMocked {
}
