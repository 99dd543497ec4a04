package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.structure.Sentence;

/**
 * Areas a document has named by their shape are names for the rest of it: once 赤水河流域 or 湘赣边区域合作示范区 has been
 * read, 赤水河 (the river, written bare) and the whole name are found in later sentences where no rule sees their shape
 * (赤水河是长江上游的一级支流，…流经云南、贵州、四川三省).
 */
final class DocumentNames {

    private static final int MIN_NAME = 3;

    private final EntityRegistry registry;
    private final Map<String, String> names = new LinkedHashMap<>();

    DocumentNames(EntityRegistry registry) {
        this.registry = registry;
    }

    /** Mentions of names remembered from earlier sentences that this sentence's own mentions do not cover. */
    List<Mention> find(Sentence sentence, List<Token> tokens, List<Mention> found) {
        String text = sentence.analysisText();
        List<Mention> added = new ArrayList<>();
        for (Map.Entry<String, String> name : names.entrySet()) {
            for (int at = text.indexOf(name.getKey()); at >= 0; at = text.indexOf(name.getKey(), at + 1)) {
                int start = at;
                int end = at + name.getKey().length();
                boolean onWords = tokens.stream().anyMatch(t -> t.start() == start) && tokens.stream().anyMatch(t -> t.end() == end);
                boolean free = java.util.stream.Stream.concat(found.stream(), added.stream())
                        .noneMatch(m -> m.start() < end && m.end() > start);
                if (onWords && free) {
                    added.add(new Mention(sentence.id(), name.getValue(), EntityType.Region, name.getKey(), start, end, Method.REGION_SUFFIX));
                }
            }
        }
        return added;
    }

    /** Remembers the areas of a sentence that were found by their shape. */
    void remember(List<Mention> mentions) {
        for (Mention m : mentions) {
            Entity area = registry.get(m.entityId());
            if (m.type() != EntityType.Region || m.method() != Method.REGION_SUFFIX || area == null || area.method() == Method.GAZETTEER
                    || !m.surface().equals(area.name()) || area.name().length() < MIN_NAME) {
                continue;
            }
            names.putIfAbsent(area.name(), area.id());
            String bare = area.name().replaceFirst("流域$", "");
            if (area.kind() == RegionKind.RiverBasin && !bare.equals(area.name()) && bare.length() >= 2) {
                names.putIfAbsent(bare, area.id()); // 赤水河流域 → 赤水河
            }
        }
    }
}
