package org.policykg.api.ask;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policykg.api.ask.AskAnswer.Answer;
import org.policykg.api.ask.AskAnswer.EntityRef;
import org.policykg.api.ask.AskAnswer.Item;
import org.policykg.api.ask.AskAnswer.PeriodRef;
import org.policykg.api.ask.QuestionReader.Reading;
import org.policykg.ingest.script.ScriptStage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Questions in Chinese, answered from the graph: {@code GET /api/ask?q=哪些机制服务西部地区？}. The question is read
 * by rules and the graph's names ({@link QuestionReader}), answered by the intent's query file, and returned with the
 * sentences behind the answer and the Cypher and parameters that ran. Traditional characters are read as simplified.
 */
@RestController
@RequestMapping("/api/ask")
class AskController {

    /** Longer than any question; a longer text is no question but a document. */
    static final int MAX_LENGTH = 200;

    private final AskQueries queries;
    private final ScriptStage scripts;
    private final QuestionReader reader;
    private final AnswerWriter writer;
    private volatile List<Linker.Named> linkedNames;
    private volatile Linker linker;

    AskController(AskQueries queries, ScriptStage scripts) {
        this.queries = queries;
        this.scripts = scripts;
        this.reader = new QuestionReader(AskCues.standard());
        this.writer = new AnswerWriter(AskCues.standard());
    }

    @GetMapping
    AskAnswer ask(@RequestParam(required = false) String q) {
        if (q == null || q.isBlank()) {
            throw new IllegalArgumentException("q must be a question, such as 哪些机制服务西部地区？");
        }
        if (q.strip().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("q is " + q.strip().length() + " characters long; a question has at most " + MAX_LENGTH);
        }
        String question = q.strip();
        Linker linker = linker();
        Reading reading = reader.read(scripts.simplifiedForm(question), linker);
        List<EntityRef> entities = reading.links().stream()
                .map(l -> new EntityRef(l.entity().id(), l.entity().name(), l.entity().type())).distinct().toList();
        PeriodRef period = reading.period().bounded()
                ? new PeriodRef(reading.period().period().fromIso(), reading.period().period().toIso(), reading.period().label()) : null;
        if (!reading.understood()) {
            return new AskAnswer(question, false, null, entities, period, new Answer(List.of(), reading.reason()), List.of(),
                    null, null, reading.reason(), reading.unknown(), Suggestions.similar(reading.unknown(), linker.entities()),
                    Suggestions.examples(linker.entities()));
        }
        Intent intent = reading.intent();
        List<String> ids = reading.subjects().stream().map(l -> l.entity().id()).distinct().toList();
        Map<String, Object> params = new LinkedHashMap<>(intent.params(ids, reading.all(), reading.boardsOnly()));
        params.putAll(reading.period().period().params());
        List<AskQueries.Row> rows = queries.run(intent, params);
        List<Item> items = writer.items(rows);
        return new AskAnswer(question, true, intent.name(), entities, period, new Answer(items, writer.text(reading, items)),
                writer.evidence(rows), queries.statement(intent), params, null, null, null, null);
    }

    /** Questions this graph can answer, made from its most mentioned entities. */
    @GetMapping("/examples")
    List<String> examples() {
        return Suggestions.examples(linker().entities());
    }

    /** The linker of the graph's current names: built again only when the cached names are new (the graph moved on). */
    private Linker linker() {
        List<Linker.Named> names = queries.names();
        if (names != linkedNames) {
            linker = new Linker(names);
            linkedNames = names;
        }
        return linker;
    }
}
