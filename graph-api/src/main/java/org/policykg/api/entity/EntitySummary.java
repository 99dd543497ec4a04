package org.policykg.api.entity;

import java.util.List;

import org.neo4j.driver.Value;

/** An entity as the API shows it; {@code kind} is set for regions (Board, Province, CityCluster, ...). */
public record EntitySummary(String id, String name, String type, String kind, List<String> aliases, long mentions,
                            String method, Double confidence) {

    static EntitySummary of(Value v) {
        return new EntitySummary(v.get("id").asString(), v.get("name").asString(), v.get("type").asString(),
                v.get("kind").asString(null), v.get("aliases").isNull() ? List.of() : v.get("aliases").asList(Value::asString),
                v.get("mentions").asLong(0), v.get("method").asString(null),
                v.get("confidence").isNull() ? null : v.get("confidence").asDouble());
    }
}
