package org.policykg.api.system;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Part of {@link org.policykg.api.ControllerSlice}: {@link SystemQueries} is package-private, so only this package can name it. */
@MockitoBean(types = SystemQueries.class)
public interface SystemQueriesMocked {
}
