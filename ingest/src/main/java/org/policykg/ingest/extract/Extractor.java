package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.segment.SegmentedSentences;
import org.policykg.ingest.structure.Sentence;
import org.policykg.ingest.structure.StructuredDocument;

/**
 * The extraction stage. Needs: a structured document and its sentences' tokens (the segmentation stage's, with
 * gazetteer terms kept whole). Adds: entities, mentions and relations, each relation with the sentences that state it.
 * Front matter, references and English passages are kept in the document but never produce facts.
 */
public final class Extractor {

    private final Gazetteer gazetteer;

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public DocumentGraph extract(StructuredDocument document, SegmentedSentences segmented) {
        EntityRegistry registry = new EntityRegistry(gazetteer);
        RelationCollector relations = new RelationCollector();
        MentionFinder finder = new MentionFinder(gazetteer, registry);
        MentionRuns qualifiers = new MentionRuns(registry, gazetteer);
        String title = titleOf(document);
        SentenceRules sentenceRules = new SentenceRules(registry, relations, new StrategyCoverage(gazetteer), gazetteer, title);
        OwnProvince ownProvince = new OwnProvince(gazetteer, registry, title);

        List<AnnotatedSentence> annotated = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        Map<String, List<String>> sentencesByEntity = new LinkedHashMap<>();
        Map<String, org.policykg.ingest.structure.Section> sections = new HashMap<>();
        document.sections().forEach(section -> sections.put(section.id(), section));
        MechanismAnaphora anaphora = new MechanismAnaphora(RuleBook.standard(),
                id -> sections.containsKey(id) ? sections.get(id).parentId() : null);
        java.util.function.UnaryOperator<String> topSection = id -> {
            String top = id;
            while (top != null && sections.containsKey(top) && sections.get(top).parentId() != null) {
                top = sections.get(top).parentId();
            }
            return String.valueOf(top);
        };
        for (Sentence sentence : document.sentences()) {
            if (!sentence.zone().producesFacts()) {
                annotated.add(new AnnotatedSentence(sentence, List.of(), List.of()));
                continue;
            }
            var tokens = segmented.of(sentence);
            List<Mention> found = new ArrayList<>(anaphora.resolve(sentence.analysisText(), finder.find(sentence, tokens),
                    topSection.apply(sentence.sectionId()), sentence.sectionId(), sentence.paragraph(), sentence.heading()));
            List<Mention> own = ownProvince.find(sentence, found);
            if (!own.isEmpty()) {
                found.addAll(own);
                found.sort(java.util.Comparator.comparingInt(Mention::start));
            }
            AnnotatedSentence s = new AnnotatedSentence(sentence, tokens, found);
            annotated.add(s);
            mentions.addAll(found);
            for (Mention m : found) {
                List<String> ids = sentencesByEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>());
                if (!ids.contains(sentence.id())) {
                    ids.add(sentence.id());
                }
            }
            sentenceRules.apply(s);
            qualifiers.onlyQualifying(found).forEach(id -> relations.qualifier(id, sentence.id()));
        }
        if (!document.sentences().isEmpty()) {
            sentenceRules.settle(title, registry.all());
        }
        finder.relateDefinedNames(relations);
        mentions.removeAll(new ScopeRules(gazetteer, registry, relations).apply(annotated)); // short heading names
        new SectionComposition(registry, relations).apply(document.sections(), annotated);
        new GazetteerRules(gazetteer, registry, relations).apply(sentencesByEntity);
        relations.settleHelpers();
        // only entities the document names or relates: a known name met inside a longer one (关中 in 关中平原城市群)
        // was registered but its mention dropped, and must not become a node no fact supports
        Set<String> used = new HashSet<>();
        mentions.forEach(m -> used.add(m.entityId()));
        relations.relations().forEach(r -> {
            used.add(r.fromId());
            used.add(r.toId());
        });
        List<Entity> entities = registry.all().stream().filter(e -> used.contains(e.id())).toList();
        return new DocumentGraph(document, entities, mentions, relations.relations());
    }

    /**
     * What the document is about, for the rules that read the title: its first line, and the title given with it (the
     * API's or the manifest's) when that is a real title, not a file name.
     */
    private static String titleOf(StructuredDocument document) {
        String firstLine = document.sentences().isEmpty() ? "" : document.sentences().get(0).analysisText();
        String given = document.source().meta() == null ? null : document.source().meta().title();
        boolean realTitle = given != null && !given.equals(document.source().meta().key())
                && given.codePoints().anyMatch(org.policykg.ingest.text.Han::isHan) && !given.matches(".*\\.(?:txt|md)$");
        return realTitle && !firstLine.contains(given) ? given + "\n" + firstLine : firstLine;
    }
}
