package org.policykg.ingest.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.DocumentMetadata;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Relation;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.structure.Sentence;
import org.policykg.ingest.structure.StructuredDocument;

/**
 * Compares extraction with gold as annotated, per entity type and per relation type (micro-averaged over documents).
 * A predicted entity is the gold entity one of whose names is its canonical name or a text it was found in; nothing is
 * rewritten through the system's own gazetteer. Every predicted relation counts, whatever found it (the gazetteer's
 * hierarchy included): one the gold neither states nor marks optional is a false positive. A relation found right also
 * has its evidence checked: one of its sentences must contain the gold evidence text.
 */
public final class Evaluation {

    private final Map<String, Score> entityScores = new TreeMap<>();
    private final Map<String, Score> relationScores = new TreeMap<>();
    private final Map<String, Score> partOfScores = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int relationsWithEvidenceChecked;
    private int relationsWithEvidenceFound;
    private int withinFound;

    public Evaluation() {
        for (EntityType type : EntityType.values()) {
            entityScores.put(type.name(), Score.ZERO);
        }
        for (RelationType type : RelationType.values()) {
            if (type.stated()) {
                relationScores.put(type.name(), Score.ZERO);
            }
        }
    }

    /**
     * A document the pipeline could not analyse counts as one from which nothing was extracted: every gold fact is
     * missed, and the failure is printed first, so a crash never passes for a score.
     */
    public void addFailed(GoldDocument gold, RuntimeException failure) {
        failures.add("FAILED   " + gold.file() + ": " + failure);
        StructuredDocument nothing = new StructuredDocument(null, null, List.of(), List.of());
        add(gold, new DocumentGraph(nothing, List.of(), List.of(), List.of(), DocumentMetadata.NONE));
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public void add(GoldDocument gold, DocumentGraph graph) {
        GoldMatch match = new GoldMatch(gold, graph);
        for (EntityType type : EntityType.values()) {
            Set<String> listed = new HashSet<>();
            Set<String> predicted = new HashSet<>();
            gold.entities().stream().filter(e -> e.type() == type).forEach(e -> listed.add(match.keyOf(e)));
            graph.entities().stream().filter(e -> e.type() == type && match.mentioned(e.id()))
                    .forEach(e -> predicted.add(match.keyOf(e.id())));
            Set<String> optional = new HashSet<>();
            gold.optionalEntities().stream().filter(e -> e.type() == type).forEach(e -> optional.add(match.keyOf(e)));
            score(entityScores, type.name(), listed, predicted, optional, gold.file(), match);
        }
        Map<String, Sentence> sentences = graph.document().sentences().stream()
                .collect(Collectors.toMap(Sentence::id, Function.identity()));
        Map<String, List<String>> predictedEvidence = new LinkedHashMap<>();
        Map<String, EntityType> kindOfKey = new HashMap<>();
        Map<String, EntityType> typeById = new HashMap<>();
        graph.entities().forEach(e -> typeById.put(e.id(), e.type()));
        for (Relation r : graph.relations()) {
            kindOfKey.put(match.keyOf(r), typeById.get(r.fromId()));
            List<String> texts = predictedEvidence.computeIfAbsent(match.keyOf(r), k -> new ArrayList<>());
            r.evidence().forEach(id -> texts.addAll(evidenceForms(sentences.get(id))));
        }
        for (RelationType type : RelationType.values()) {
            if (!type.stated()) {
                // the gazetteer's geography (WITHIN) is reference knowledge, not read from the text: counted apart
                withinFound += (int) predictedEvidence.keySet().stream().filter(k -> k.startsWith(type.name() + " ")).count();
                continue;
            }
            Set<String> listed = gold.relations().stream().filter(g -> g.type() == type).map(match::keyOf).collect(Collectors.toSet());
            Set<String> optional = gold.optionalRelations().stream().filter(g -> g.type() == type).map(match::keyOf)
                    .collect(Collectors.toSet());
            Set<String> predicted = predictedEvidence.keySet().stream().filter(k -> k.startsWith(type.name() + " "))
                    .collect(Collectors.toSet());
            score(relationScores, type.name(), listed, predicted, optional, gold.file(), match);
        }
        partOfByKind(gold, match, predictedEvidence.keySet(), kindOfKey);
        for (GoldDocument.GoldRelation g : gold.relations()) {
            List<String> texts = predictedEvidence.get(match.keyOf(g));
            if (texts != null && g.evidence() != null) {
                relationsWithEvidenceChecked++;
                if (texts.stream().anyMatch(t -> t.contains(g.evidence()))) {
                    relationsWithEvidenceFound++;
                } else {
                    misses.add("evidence " + gold.file() + ": " + match.readable(match.keyOf(g)) + " not in " + texts);
                }
            }
        }
    }

    /**
     * The forms gold evidence may be quoted in: the sentence as written and, for a traditional one, as analysed
     * (simplified), since an annotator may quote a traditional source either way.
     */
    private static List<String> evidenceForms(Sentence sentence) {
        return sentence.converted() ? List.of(sentence.text(), sentence.analysisText()) : List.of(sentence.text());
    }

    private void score(Map<String, Score> scores, String name, Set<String> gold, Set<String> predicted, Set<String> optional,
                       String file, GoldMatch match) {
        Set<String> tp = new HashSet<>(predicted);
        tp.retainAll(gold);
        Set<String> fp = new HashSet<>(predicted);
        fp.removeAll(gold);
        fp.removeAll(optional);
        Score s = new Score(tp.size(), fp.size(), gold.size() - tp.size());
        scores.merge(name, s, Score::plus);
        String where = file + " " + name;
        gold.stream().filter(g -> !predicted.contains(g)).map(match::readable).sorted()
                .forEach(g -> misses.add("missed   " + where + ": " + g));
        fp.stream().map(match::readable).sorted().forEach(p -> misses.add("spurious " + where + ": " + p));
    }

    /** PART_OF again, apart by what it joins (regions, strategies, mechanisms), reported beside the other figures. */
    private void partOfByKind(GoldDocument gold, GoldMatch match, Set<String> predictedKeys, Map<String, EntityType> kindOfKey) {
        for (EntityType kind : EntityType.values()) {
            Set<String> listed = gold.relations().stream().filter(g -> g.type() == RelationType.PART_OF && match.typeOf(g) == kind)
                    .map(match::keyOf).collect(Collectors.toSet());
            Set<String> optional = gold.optionalRelations().stream().filter(g -> g.type() == RelationType.PART_OF && match.typeOf(g) == kind)
                    .map(match::keyOf).collect(Collectors.toSet());
            Set<String> predicted = predictedKeys.stream().filter(k -> k.startsWith("PART_OF ") && kindOfKey.get(k) == kind)
                    .collect(Collectors.toSet());
            Set<String> tp = new HashSet<>(predicted);
            tp.retainAll(listed);
            Set<String> fp = new HashSet<>(predicted);
            fp.removeAll(listed);
            fp.removeAll(optional);
            partOfScores.merge(kind.name(), new Score(tp.size(), fp.size(), listed.size() - tp.size()), Score::plus);
        }
    }

    /** PART_OF between regions, between strategies and between mechanisms (a part of the PART_OF figure). */
    public Map<String, Score> partOf() {
        return partOfScores;
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
        failures.forEach(out::println);
        out.printf("%-26s %6s %9s %9s %6s %6s %6s%n", "", "P", "R", "F1", "tp", "fp", "fn");
        entityScores.forEach((k, s) -> line(out, "entity " + k, s));
        line(out, "entity (all)", allEntities());
        relationScores.forEach((k, s) -> line(out, "relation " + k, s));
        partOfScores.forEach((k, s) -> line(out, "  PART_OF of " + k, s));
        line(out, "relation (all)", allRelations());
        out.printf("not scored: %d WITHIN (the gazetteer's geography between named regions, not stated by the text)%n", withinFound);
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
