package org.policykg.api.entity;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Part of {@link org.policykg.api.ControllerSlice}: {@link EntityQueries} is package-private, so only this package can name it. */
@MockitoBean(types = EntityQueries.class)
public interface EntityQueriesMocked {
}
