package org.policykg.ingest.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.policykg.ingest.clean.Block;
import org.policykg.ingest.script.AnalysisForm;
import org.policykg.ingest.script.ScriptReading;
import org.policykg.ingest.source.SourceDocument;

/**
 * The structure stage. Needs: cleaned blocks. Adds: nested sections from headings, and sentences that know
 * their document, section and position. Sections and sentences keep the text as written; zones are read from
 * the analysis form (参考文献 in a traditional text is written 參考文獻), and each sentence carries that form too.
 */
public final class DocumentStructurer {

    private final HeadingRecognizer headings = new HeadingRecognizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public StructuredDocument structure(SourceDocument source, List<Block> blocks) {
        return structure(source, blocks, ScriptReading.SIMPLIFIED);
    }

    public StructuredDocument structure(SourceDocument source, List<Block> blocks, ScriptReading script) {
        AnalysisForm form = script.form();
        String docId = source.id();
        List<Section> sections = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Section root = new Section(docId + "-s0", null, 0, 0, source.meta().title(), source.meta().title(), List.of());
        sections.add(root);
        Deque<Section> open = new ArrayDeque<>();
        open.push(root);
        ZoneTracker zones = new ZoneTracker();

        int paragraph = 0;
        for (Block block : blocks) {
            Optional<HeadingRecognizer.Heading> heading = headings.recognise(block);
            Zone zone = zones.next(form.of(block.text()), heading.isPresent(), heading.map(HeadingRecognizer.Heading::numbered).orElse(false));
            paragraph++;
            boolean inReferences = zone == Zone.REFERENCES && open.peek().path().size() > 0
                    && sentences.stream().anyMatch(x -> x.zone() == Zone.REFERENCES);
            if (heading.isPresent() && zone != Zone.FRONT_MATTER && zone != Zone.ENGLISH && !inReferences) {
                HeadingRecognizer.Heading h = heading.get();
                while (open.peek().level() >= h.level()) {
                    open.pop();
                }
                Section parent = open.peek();
                List<String> path = new ArrayList<>(parent.path());
                path.add(h.title());
                Section section = new Section(docId + "-s" + sections.size(), parent.id(), h.level(), sections.size(),
                        block.text(), h.title(), path);
                sections.add(section);
                open.push(section);
                sentences.add(new Sentence(docId + "-" + sentences.size(), docId, section.id(), sentences.size(),
                        paragraph, block.text(), form.of(block.text()), zone, true));
                continue;
            }
            List<String> parts = zone == Zone.ENGLISH || zone == Zone.REFERENCES ? List.of(block.text()) : splitter.split(block.text());
            for (String text : parts) {
                sentences.add(new Sentence(docId + "-" + sentences.size(), docId, open.peek().id(), sentences.size(),
                        paragraph, text, form.of(text), zone, false));
            }
        }
        return new StructuredDocument(source, script.script(), sections, sentences);
    }
}
