package org.policykg.api.neo4j;

import java.net.URI;

/** Where the embedded server listens, for the status endpoint and for tests that connect from outside. */
public record EmbeddedNeo4jEndpoints(URI bolt, URI http) {

    public URI browser() {
        return http.resolve("/browser/");
    }
}
