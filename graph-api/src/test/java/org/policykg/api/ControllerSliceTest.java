package org.policykg.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.policykg.api.system.CorpusProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * A web slice ({@link WebMvcTest}): every controller, filter and the problem handler, no embedded Neo4j and no
 * ingestion. Use it on classes that implement {@link ControllerSlice}, which mocks what the controllers call.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = {
        "policykg.neo4j.embedded.enabled=false",
        "policykg.api-key=" + ControllerSlice.API_KEY,
        "policykg.max-document-size=1KB",
        "policykg.corpus.ingest-on-startup=false"})
@Import(ControllerSliceTest.Properties.class)
public @interface ControllerSliceTest {

    /** The size filter's setting: a slice does not scan for configuration properties. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CorpusProperties.class)
    class Properties {
    }
}
