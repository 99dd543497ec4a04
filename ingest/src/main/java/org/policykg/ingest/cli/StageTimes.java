package org.policykg.ingest.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.policykg.ingest.pipeline.Pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Seconds spent per stage, read from the stages' timers, in the order the stages run. Stages of different files
 * overlap (the next file is analysed while one is written), so the times add up to more than the run's.
 */
record StageTimes(Map<String, Double> seconds, Map<String, Long> documents) {

    static StageTimes of(MeterRegistry meters, List<String> stages) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        Map<String, Long> documents = new LinkedHashMap<>();
        for (String stage : stages) {
            Timer timer = meters.find(Pipeline.STAGE_TIMER).tag("stage", stage).timer();
            seconds.put(stage, timer == null ? 0 : timer.totalTime(TimeUnit.NANOSECONDS) / 1e9);
            documents.put(stage, timer == null ? 0 : timer.count());
        }
        return new StageTimes(seconds, documents);
    }

    /** What happened after {@code earlier}: one path's share when several are ingested in one command. */
    StageTimes since(StageTimes earlier) {
        Map<String, Double> s = new LinkedHashMap<>();
        Map<String, Long> d = new LinkedHashMap<>();
        seconds.forEach((stage, total) -> s.put(stage, total - earlier.seconds().getOrDefault(stage, 0.0)));
        documents.forEach((stage, total) -> d.put(stage, total - earlier.documents().getOrDefault(stage, 0L)));
        return new StageTimes(s, d);
    }
}
