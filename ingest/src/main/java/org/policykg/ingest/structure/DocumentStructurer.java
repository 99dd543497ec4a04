package org.policykg.ingest.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.policykg.ingest.clean.Block;
import org.policykg.ingest.marks.LineMarks;
import org.policykg.ingest.script.AnalysisForm;
import org.policykg.ingest.script.ScriptReading;
import org.policykg.ingest.source.SourceDocument;

/**
 * The structure stage. Needs: cleaned blocks. Adds: nested sections from headings, and sentences that know
 * their document, section and position. An attached document (the 方案 an 印发…的通知 wraps) becomes a top-level
 * section under its own title, with its numbered sections nested one level below. Sections and sentences keep the
 * text as written; zones and marks are read from the analysis form (参考文献 in a traditional text is written
 * 參考文獻, a document number 国办发 is 國辦發), and each sentence carries that form too.
 */
public final class DocumentStructurer {

    private final HeadingRecognizer headings = new HeadingRecognizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final LineMarks marks = LineMarks.standard();

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
        ZoneTracker zones = new ZoneTracker(marks);

        int paragraph = 0;
        int depth = 0; // 1 inside an attached document: its headings sit one level below its title
        for (Block block : blocks) {
            String readable = form.of(block.text());
            // numbering is read in the analysis form (第五節 is 第五节); the title keeps the characters as written
            Optional<HeadingRecognizer.Heading> heading = headings.recognise(block.withText(readable))
                    .map(h -> new HeadingRecognizer.Heading(h.level(), asWritten(block.text(), readable, h.title()), h.numbered()));
            ZoneTracker.Placement place = zones.next(readable, heading);
            Zone zone = place.zone();
            paragraph++;
            if (place.opensAttachedDocument()) {
                depth = 1;
                Section section = openSection(open, sections, docId, block.text(), block.text(), 1);
                sentences.add(new Sentence(docId + "-" + sentences.size(), docId, section.id(), sentences.size(),
                        paragraph, block.text(), readable, zone, true));
                continue;
            }
            boolean inReferences = zone == Zone.REFERENCES && open.peek().path().size() > 0
                    && sentences.stream().anyMatch(x -> x.zone() == Zone.REFERENCES);
            if (heading.isPresent() && zone.opensSections() && !inReferences) {
                HeadingRecognizer.Heading h = heading.get();
                Section section = openSection(open, sections, docId, block.text(), h.title(), h.level() + depth);
                sentences.add(new Sentence(docId + "-" + sentences.size(), docId, section.id(), sentences.size(),
                        paragraph, block.text(), readable, zone, true));
                continue;
            }
            boolean whole = zone == Zone.ENGLISH || zone == Zone.REFERENCES || zone == Zone.OFFICIAL_MARKS;
            // a mark belongs to the document, not to the section it happens to follow (the signature after 三、…)
            String sectionId = zone == Zone.OFFICIAL_MARKS ? root.id() : open.peek().id();
            for (String text : whole ? List.of(block.text()) : splitter.split(block.text())) {
                sentences.add(new Sentence(docId + "-" + sentences.size(), docId, sectionId, sentences.size(),
                        paragraph, text, form.of(text), zone, false));
            }
        }
        return new StructuredDocument(source, script.script(), sections, sentences);
    }

    /** The title as written: the numbering before it converts character for character, so the title starts at the same place. */
    private static String asWritten(String written, String readable, String readableTitle) {
        int numbering = readable.indexOf(readableTitle);
        return numbering >= 0 && numbering <= written.length() ? written.substring(numbering).strip() : readableTitle;
    }

    /** Closes the open sections at {@code level} or deeper and opens a new one under the nearest shallower. */
    private static Section openSection(Deque<Section> open, List<Section> sections, String docId, String printed,
                                       String title, int level) {
        while (open.peek().level() >= level) {
            open.pop();
        }
        Section parent = open.peek();
        List<String> path = new ArrayList<>(parent.path());
        path.add(title);
        Section section = new Section(docId + "-s" + sections.size(), parent.id(), level, sections.size(), printed, title, path);
        sections.add(section);
        open.push(section);
        return section;
    }
}
