package org.policykg.api.ask;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Part of {@link org.policykg.api.ControllerSlice}: {@link AskQueries} is package-private, so only this package can name it. */
@MockitoBean(types = AskQueries.class)
public interface AskQueriesMocked {
}
