package org.policykg.ingest.meta;

import java.util.List;

import org.policykg.ingest.marks.LineMarks;
import org.policykg.ingest.model.DocumentDate;
import org.policykg.ingest.model.DocumentKind;
import org.policykg.ingest.model.DocumentMetadata;
import org.policykg.ingest.script.AnalysisForm;
import org.policykg.ingest.structure.StructuredDocument;

/**
 * The meta stage. Needs: the decoded text of a structured document, its script and what the caller or manifest gave. Adds: the
 * document's metadata ({@link DocumentMetadata}): what the text states (cues in {@code meta/metadata-cues.yaml}),
 * with every value the caller or manifest gave winning, field by field. A date the text does not state is null,
 * never guessed. Thread-safe.
 */
public final class MetadataReader {

    private final MetaCues cues;
    private final LineMarks marks;
    private final KindReader kinds;
    private final OfficialReader official;
    private final PublicationReader publication;

    public MetadataReader() {
        this.cues = MetaCues.standard();
        this.marks = LineMarks.standard();
        this.kinds = new KindReader(cues, marks);
        this.official = new OfficialReader(cues, marks);
        this.publication = new PublicationReader(cues);
    }

    /** Given values first, then what the text states. */
    public DocumentMetadata read(StructuredDocument document) {
        return read(document, AnalysisForm.AS_WRITTEN);
    }

    /**
     * Given values first, then what the text states, read in its analysis form: a header in traditional characters
     * (浙政辦發〔2026〕7號) is read as simplified, and its values are stored simplified, as entity names are.
     */
    public DocumentMetadata read(StructuredDocument document, AnalysisForm form) {
        return DocumentMetadata.given(document.source().meta()).orElse(fromText(form.of(document.source().text())));
    }

    /** What the text alone states. */
    public DocumentMetadata fromText(String text) {
        Head head = Head.of(text, cues, marks);
        DocumentKind kind = kinds.read(head);
        boolean publication = kind == DocumentKind.REPORT || kind == DocumentKind.ARTICLE;
        if (publication) {
            return new DocumentMetadata(List.of(), null, this.publication.date(head).orElse(null), kind,
                    this.publication.authors(head), this.publication.venue(head).orElse(null));
        }
        DocumentDate date = official.date(head).orElse(null);
        return new DocumentMetadata(official.issuers(head), official.number(head).orElse(null), date, kind, List.of(), null);
    }
}
