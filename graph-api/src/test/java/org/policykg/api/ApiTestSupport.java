package org.policykg.api;

import java.util.Map;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Shared helpers: the client for this test's server, entity ids by name, and the write header. */
public abstract class ApiTestSupport {

    protected static final Map<String, String> KEY = Map.of("X-API-Key", PolicyKgTest.API_KEY);

    @LocalServerPort
    protected int port;

    protected Http http() {
        return new Http(port);
    }

    protected String idOf(String name) {
        Http.Response r = http().get("/api/entities/lookup", Map.of("name", name));
        if (r.status() != 200) {
            throw new AssertionError("no entity " + name + ": " + r.body());
        }
        return r.json().get("id").asString();
    }
}
