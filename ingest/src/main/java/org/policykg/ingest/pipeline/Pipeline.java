package org.policykg.ingest.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.script.ScriptStage;
import org.policykg.ingest.segment.HanLpSimplifier;
import org.policykg.ingest.source.DocumentMeta;
import org.policykg.ingest.source.SourceDocument;
import org.policykg.ingest.source.TextDecoder;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * From bytes to a document graph, in memory: the read stage, then the declared {@link Stages#standard stages}
 * (script → clean → structure → meta → segment → extract), whose needs are checked when the pipeline is built. Each stage
 * is timed per document by a Micrometer timer {@value #STAGE_TIMER} tagged {@code stage=<name>}. A text in
 * traditional characters is analysed in its simplified form and keeps its sentences as written.
 * The timers report to the registries the pipeline is {@linkplain #bindTo bound to} (Spring Boot binds its own;
 * the command line a simple one), also when bound after it was built and warmed up.
 * Thread-safe; build one and share it (loading HanLP and the gazetteer takes a moment).
 */
public final class Pipeline implements MeterBinder {

    /** The timer of every stage, the write stage of the ingestion service included. */
    public static final String STAGE_TIMER = "policykg.ingest.stage";
    public static final String READ = "read";

    private final TextDecoder decoder;
    private final ScriptStage scripts = new ScriptStage(new HanLpSimplifier());
    private final Gazetteer gazetteer;
    private final List<Stage> stages;
    private final CompositeMeterRegistry registry = new CompositeMeterRegistry();
    private final List<Timer> timers = new ArrayList<>();
    private final Timer readTimer;

    public Pipeline(Gazetteer gazetteer, long maxBytes) {
        this.gazetteer = gazetteer;
        this.decoder = new TextDecoder(maxBytes);
        this.stages = checked(Stages.standard(gazetteer, scripts));
        this.readTimer = stageTimer(READ);
        stages.forEach(stage -> timers.add(stageTimer(stage.name())));
    }

    public Pipeline(Gazetteer gazetteer, long maxBytes, MeterRegistry registry) {
        this(gazetteer, maxBytes);
        bindTo(registry);
    }

    /** Reports the stage timers to {@code registry} from now on. */
    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry.add(registry);
    }

    public static Pipeline withDefaults() {
        return standard(TextDecoder.DEFAULT_MAX_BYTES);
    }

    /** The standard gazetteer; texts over {@code maxBytes} are refused when read. */
    public static Pipeline standard(long maxBytes) {
        return new Pipeline(Gazetteer.load(), maxBytes);
    }

    /** The timer of one stage, reported to every bound registry (Micrometer returns the one registered before). */
    public Timer stageTimer(String stage) {
        return Timer.builder(STAGE_TIMER).description("Time one document spends in one ingestion stage")
                .tag("stage", stage).register(registry);
    }

    /**
     * Every stage must find what it needs among the artefacts the read stage and the stages before it add; a
     * misordered list fails here, when the pipeline is built, not on the first document.
     */
    static List<Stage> checked(List<Stage> stages) {
        Set<Artefact> available = EnumSet.of(Artefact.TEXT);
        for (Stage stage : stages) {
            Set<Artefact> missing = EnumSet.noneOf(Artefact.class);
            missing.addAll(stage.needs());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage " + stage.name() + " needs " + missing + ", which no earlier stage adds");
            }
            available.addAll(stage.adds());
        }
        return List.copyOf(stages);
    }

    /** The stages' names in the order they run, the read stage first. */
    public List<String> stageNames() {
        List<String> names = new ArrayList<>(List.of(READ));
        stages.forEach(stage -> names.add(stage.name()));
        return names;
    }

    /** The domain dictionary the extraction stage uses. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The script stage, for look-ups that must read a traditional name as the simplified one the graph holds. */
    public ScriptStage scripts() {
        return scripts;
    }

    /** Loads HanLP's models and dictionaries now (they load lazily on first use) by processing a short text. */
    public void warmUp() {
        process(DocumentMeta.untitled("warm-up"), "一、完善区域协调发展机制\n\n推动京津冀协同发展，支持中西部地区加快发展。".getBytes(StandardCharsets.UTF_8));
    }

    public DocumentGraph process(DocumentMeta meta, byte[] bytes) {
        return process(read(meta, bytes));
    }

    /** The read stage alone: decoded text and its content id, before any analysis. */
    public SourceDocument read(DocumentMeta meta, byte[] bytes) {
        return readTimer.record(() -> SourceDocument.of(meta, decoder.decode(bytes)));
    }

    /** The stages after reading, each timed. */
    public DocumentGraph process(SourceDocument source) {
        Analysis analysis = new Analysis(source);
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            timers.get(i).record(() -> stage.work().accept(analysis));
        }
        return analysis.graph().withMetadata(analysis.metadata());
    }
}
