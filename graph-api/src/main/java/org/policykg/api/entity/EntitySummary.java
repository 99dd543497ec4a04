package org.policykg.api.entity;

import java.util.List;

/** An entity as the API shows it; {@code kind} is set for regions (Board, Province, CityCluster, ...). */
record EntitySummary(String id, String name, String type, String kind, List<String> aliases, long mentions,
                     String method, Double confidence) {
}
