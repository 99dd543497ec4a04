package org.policykg.api.export;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Part of {@link org.policykg.api.ControllerSlice}: {@link SubgraphQueries} is package-private, so only this package can name it. */
@MockitoBean(types = SubgraphQueries.class)
public interface SubgraphQueriesMocked {
}
