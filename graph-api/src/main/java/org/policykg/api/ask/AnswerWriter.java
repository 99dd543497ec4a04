package org.policykg.api.ask;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.policykg.api.ask.AskAnswer.EvidenceLine;
import org.policykg.api.ask.AskAnswer.Item;
import org.policykg.api.ask.QuestionReader.Reading;
import org.policykg.api.evidence.Evidence;

/** Turns a query's rows into the answer: its items, one Chinese sentence, and the evidence behind them. */
final class AnswerWriter {

    /** How many names the sentence lists before 等. */
    private static final int NAMED = 10;
    /** How many sentences an answer cites in all. */
    static final int EVIDENCE_LIMIT = 20;

    private final AskCues cues;

    AnswerWriter(AskCues cues) {
        this.cues = cues;
    }

    List<Item> items(List<AskQueries.Row> rows) {
        return rows.stream().map(r -> new Item(r.id(), label(r), r.type(), r.kind(), r.count())).toList();
    }

    String text(Reading reading, List<Item> items) {
        AskCues.Sentences sentences = cues.answer(answerKey(reading));
        String template = items.isEmpty() ? sentences.none() : sentences.some();
        List<String> names = items.stream().map(Item::name).limit(NAMED).toList();
        String list = String.join("、", names) + (items.size() > NAMED ? "等" : "");
        String text = template
                .replace("{target}", String.join("和", reading.subjects().stream().map(l -> l.entity().name()).toList()))
                .replace("{a}", reading.subjects().get(0).entity().name())
                .replace("{b}", reading.subjects().size() > 1 ? reading.subjects().get(1).entity().name() : "")
                .replace("{n}", Integer.toString(items.size()))
                .replace("{items}", list);
        return reading.period().bounded() ? "在" + reading.period().label() + "的文件中，" + text : text;
    }

    List<EvidenceLine> evidence(List<AskQueries.Row> rows) {
        List<EvidenceLine> lines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (AskQueries.Row row : rows) {
            for (Evidence e : row.evidence()) {
                if (lines.size() < EVIDENCE_LIMIT && seen.add(e.documentId() + "\u0000" + e.sentence())) {
                    lines.add(new EvidenceLine(e.documentId(), e.documentTitle(), e.section(), e.sentence(), label(row)));
                }
            }
        }
        return lines;
    }

    /** An entity's or document's name; a relation as 西部大开发 覆盖 西部地区. */
    private String label(AskQueries.Row row) {
        if (row.fromName() == null) {
            return row.name();
        }
        return row.fromName() + " " + cues.relationWords().getOrDefault(row.type(), row.type()) + " " + row.toName();
    }

    private static String answerKey(Reading reading) {
        if (reading.boardsOnly()) {
            return switch (reading.intent()) {
                case REGIONS_SERVED -> "BOARDS_SERVED";
                case WHOLES -> "BOARDS_OF_REGION";
                default -> "BOARDS_OF_STRATEGY";
            };
        }
        if (reading.all()) {
            return reading.intent().name() + "_ALL";
        }
        return reading.intent().name();
    }
}
