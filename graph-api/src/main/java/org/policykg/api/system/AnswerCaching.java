package org.policykg.api.system;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Spring's cache abstraction for the read answers (Caffeine, {@code spring.cache.*} in application.yaml). The cache
 * advice runs before the transaction advice of a query class, so a cached answer opens no transaction.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.HIGHEST_PRECEDENCE)
class AnswerCaching {
}
