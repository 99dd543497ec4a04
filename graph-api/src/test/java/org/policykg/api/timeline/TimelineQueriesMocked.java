package org.policykg.api.timeline;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Part of {@link org.policykg.api.ControllerSlice}: {@link TimelineQueries} is package-private, so only this package can name it. */
@MockitoBean(types = TimelineQueries.class)
public interface TimelineQueriesMocked {
}
