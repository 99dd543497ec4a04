package org.policykg.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Three short documents, written for the period filters and timelines, posted through the API with a given date and
 * issuer, so that a period visibly keeps one and drops another:
 * <ul>
 * <li>{@link #OLD}, 2019-06-12, 国家发展改革委: {@link #ICE} serves 东北地区, {@link #BORDER} serves 西部地区;</li>
 * <li>{@link #NEW}, 2025-03-05, 国务院: {@link #COMPUTE} serves 西部地区, {@link #ICE} again serves 东北地区;</li>
 * <li>{@link #UNDATED}, no date: {@link #FISHERY} serves 东部地区.</li>
 * </ul>
 * So 2025 has {@link #COMPUTE} and {@link #ICE} (one sentence) but not {@link #BORDER}, which only the older document
 * states; 2019 has {@link #BORDER} and {@link #ICE} but not {@link #COMPUTE}; no period has {@link #FISHERY}.
 */
public final class PeriodFixture {

    public static final String ICE = "冰雪旅游联营机制";
    public static final String BORDER = "边境贸易互市协作机制";
    public static final String COMPUTE = "算力资源跨区调度机制";
    public static final String FISHERY = "海岛渔业互助机制";

    public static final String OLD = "冰雪经济与边境贸易协作的通知（测试）";
    public static final String NEW = "算力资源与冰雪旅游协同发展的意见（测试）";
    public static final String UNDATED = "海岛渔业互助（测试）";

    public static final String OLD_ISSUER = "国家发展改革委";
    public static final String NEW_ISSUER = "国务院";

    private static final String OLD_TEXT = """
            一、冰雪经济

            建立冰雪旅游联营机制，支持东北地区加快发展冰雪经济。

            二、边境贸易

            健全边境贸易互市协作机制，支持西部地区扩大沿边开放。
            """;
    private static final String NEW_TEXT = """
            一、算力资源

            建立算力资源跨区调度机制，支持西部地区加快建设算力枢纽。

            二、冰雪旅游

            完善冰雪旅游联营机制，带动东北地区冰雪产业提质升级。
            """;
    private static final String UNDATED_TEXT = """
            一、渔业合作

            建立海岛渔业互助机制，支持东部地区沿海渔村稳定发展。
            """;

    private final Http http;
    private final Map<String, String> ids = new LinkedHashMap<>();

    private PeriodFixture(Http http) {
        this.http = http;
    }

    /** Posts the three documents (the same texts again change nothing); {@link #remove()} deletes them. */
    public static PeriodFixture post(Http http) {
        PeriodFixture fixture = new PeriodFixture(http);
        fixture.post(OLD, OLD_TEXT, Map.of("date", "2019-06-12", "issuer", OLD_ISSUER, "kind", "NOTICE"));
        fixture.post(NEW, NEW_TEXT, Map.of("date", "2025-03-05", "issuer", NEW_ISSUER, "kind", "OPINION"));
        fixture.post(UNDATED, UNDATED_TEXT, Map.of());
        return fixture;
    }

    private void post(String title, String text, Map<String, String> given) {
        Map<String, Object> body = new LinkedHashMap<>(given);
        body.put("title", title);
        body.put("key", "period-" + title);
        body.put("text", text);
        Http.Response r = http.postJson("/api/documents", body, Map.of("X-API-Key", PolicyKgTest.API_KEY));
        if (r.status() != 201 && r.status() != 200) {
            throw new IllegalStateException(title + ": " + r.status() + " " + r.body());
        }
        ids.put(title, r.json().get("id").asString());
    }

    /** The id of a fixture document, by title. */
    public String id(String title) {
        return ids.get(title);
    }

    public void remove() {
        ids.values().forEach(id -> http.delete("/api/documents/" + id, Map.of("X-API-Key", PolicyKgTest.API_KEY)));
    }
}
