package org.policykg.api.document;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Part of {@link org.policykg.api.ControllerSlice}: {@link DocumentQueries} is package-private, so only this package can name it. */
@MockitoBean(types = DocumentQueries.class)
public interface DocumentQueriesMocked {
}
