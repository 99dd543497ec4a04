package org.policykg.ingest.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.Relation;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.structure.Sentence;

/**
 * Compares extraction with gold, per entity type and per relation type (micro-averaged over documents).
 * Relations known only from the gazetteer hierarchy are not extraction and are left out. A relation found
 * right also has its evidence checked: one of its sentences must contain the gold evidence text.
 */
public final class Evaluation {

    private final Map<String, Score> entityScores = new TreeMap<>();
    private final Map<String, Score> relationScores = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private int relationsWithEvidenceChecked;
    private int relationsWithEvidenceFound;

    public void add(GoldDocument gold, DocumentGraph graph) {
        Map<String, Entity> byId = graph.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        Set<String> mentioned = graph.mentions().stream().map(m -> m.entityId()).collect(Collectors.toSet());
        for (EntityType type : EntityType.values()) {
            Set<String> predicted = graph.entities().stream()
                    .filter(e -> e.type() == type && mentioned.contains(e.id())).map(Entity::name).collect(Collectors.toSet());
            score(entityScores, type.name(), gold.entities().get(type), predicted, gold.file() + " " + type);
        }
        // gold fragments are quoted in simplified characters: they are matched against the text as analysed
        Map<String, Sentence> sentences = graph.document().sentences().stream().collect(Collectors.toMap(Sentence::id, Function.identity()));
        Map<String, List<String>> predictedEvidence = new LinkedHashMap<>();
        for (Relation r : graph.relations()) {
            if (r.method() == Method.HIERARCHY) {
                continue;
            }
            String key = key(r.type(), byId.get(r.fromId()).name(), byId.get(r.toId()).name());
            List<String> texts = predictedEvidence.computeIfAbsent(key, k -> new ArrayList<>());
            r.evidence().forEach(id -> texts.add(sentences.get(id).analysisText()));
        }
        // Hierarchy relations that the text also states are kept when gold has them.
        for (Relation r : graph.relations()) {
            String key = key(r.type(), byId.get(r.fromId()).name(), byId.get(r.toId()).name());
            if (r.method() == Method.HIERARCHY && gold.relations().stream().anyMatch(g -> key(g.type(), g.from(), g.to()).equals(key))) {
                List<String> texts = predictedEvidence.computeIfAbsent(key, k -> new ArrayList<>());
                r.evidence().forEach(id -> texts.add(sentences.get(id).analysisText()));
            }
        }
        for (RelationType type : RelationType.values()) {
            Set<String> goldKeys = gold.relations().stream().filter(g -> g.type() == type)
                    .map(g -> key(g.type(), g.from(), g.to())).collect(Collectors.toSet());
            Set<String> predicted = predictedEvidence.keySet().stream().filter(k -> k.startsWith(type.name() + " ")).collect(Collectors.toSet());
            score(relationScores, type.name(), goldKeys, predicted, gold.file() + " " + type);
        }
        for (GoldDocument.GoldRelation g : gold.relations()) {
            List<String> texts = predictedEvidence.get(key(g.type(), g.from(), g.to()));
            if (texts != null && g.evidence() != null) {
                relationsWithEvidenceChecked++;
                if (texts.stream().anyMatch(t -> t.contains(g.evidence()))) {
                    relationsWithEvidenceFound++;
                }
            }
        }
    }

    private void score(Map<String, Score> scores, String name, Set<String> gold, Set<String> predicted, String where) {
        Set<String> tp = new HashSet<>(predicted);
        tp.retainAll(gold);
        Score s = new Score(tp.size(), predicted.size() - tp.size(), gold.size() - tp.size());
        scores.merge(name, s, Score::plus);
        gold.stream().filter(g -> !predicted.contains(g)).sorted().forEach(g -> misses.add("missed  " + where + ": " + g));
        predicted.stream().filter(p -> !gold.contains(p)).sorted().forEach(p -> misses.add("spurious " + where + ": " + p));
    }

    private static String key(RelationType type, String from, String to) {
        if (type == RelationType.COOPERATES_WITH && from.compareTo(to) > 0) {
            return type.name() + " " + to + " -> " + from;
        }
        return type.name() + " " + from + " -> " + to;
    }

    public Map<String, Score> entities() {
        return entityScores;
    }

    public Map<String, Score> relations() {
        return relationScores;
    }

    public Score allEntities() {
        return entityScores.values().stream().reduce(Score.ZERO, Score::plus);
    }

    public Score allRelations() {
        return relationScores.values().stream().reduce(Score.ZERO, Score::plus);
    }

    public double evidenceAccuracy() {
        return relationsWithEvidenceChecked == 0 ? 1.0 : (double) relationsWithEvidenceFound / relationsWithEvidenceChecked;
    }

    public List<String> misses() {
        return misses;
    }

    public void print(PrintStream out, boolean details) {
        out.printf("%-18s %9s %9s %9s %6s %6s %6s%n", "", "precision", "recall", "F1", "tp", "fp", "fn");
        entityScores.forEach((k, s) -> line(out, "entity " + k, s));
        line(out, "entity (all)", allEntities());
        relationScores.forEach((k, s) -> line(out, "relation " + k, s));
        line(out, "relation (all)", allRelations());
        out.printf("evidence: %.1f%% of correct relations cite a sentence containing the gold evidence%n", 100 * evidenceAccuracy());
        if (details) {
            misses.forEach(out::println);
        }
    }

    private static void line(PrintStream out, String name, Score s) {
        out.printf("%-26s %6.3f %9.3f %9.3f %6d %6d %6d%n", name, s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.falsePositives(), s.falseNegatives());
    }
}
