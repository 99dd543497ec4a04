package org.policykg.api.ask;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a refused question is offered: names of the graph like the ones it did not find (sharing the most characters,
 * of the type the name's ending suggests), and questions it can answer, made from the graph's most mentioned
 * entities so that every example works on this graph.
 */
final class Suggestions {

    private static final int LIMIT = 5;

    private Suggestions() {
    }

    static List<String> similar(List<String> unknown, List<Linker.Named> entities) {
        return unknown.stream()
                .flatMap(name -> {
                    String type = name.endsWith("机制") ? QuestionReader.MECHANISM : name.endsWith("战略") ? QuestionReader.STRATEGY : QuestionReader.REGION;
                    String stem = name.replaceAll("(机制|战略|地区|自治区|省|市|县|州)$", "");
                    return entities.stream()
                            .filter(e -> e.type().equals(type))
                            .map(e -> Map.entry(e.name(), shared(stem, e.name())))
                            .filter(e -> e.getValue() > 0)
                            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                            .limit(LIMIT)
                            .map(Map.Entry::getKey);
                })
                .distinct().limit(LIMIT).toList();
    }

    private static int shared(String stem, String name) {
        return (int) stem.chars().distinct().filter(c -> name.indexOf(c) >= 0).count();
    }

    static List<String> examples(List<Linker.Named> entities) {
        Map<String, Linker.Named> top = entities.stream()
                .collect(Collectors.toMap(e -> e.type() + (("Board").equals(e.kind()) ? ":Board" : ""), e -> e,
                        (a, b) -> a.mentions() >= b.mentions() ? a : b));
        Optional<String> board = name(top, "Region:Board");
        Optional<String> region = entities.stream().filter(e -> "Province".equals(e.kind()))
                .max(Comparator.comparingLong(Linker.Named::mentions)).map(Linker.Named::name);
        Optional<String> mechanism = name(top, QuestionReader.MECHANISM);
        Optional<String> strategy = name(top, QuestionReader.STRATEGY);
        return java.util.stream.Stream.of(
                        board.map(b -> "哪些机制服务" + b + "？"),
                        mechanism.map(m -> m + "服务哪些地区？"),
                        region.map(r -> "哪些战略覆盖" + r + "？"),
                        strategy.map(s -> "哪些机制支撑" + s + "？"),
                        strategy.map(s -> s + "覆盖哪些地区？"),
                        board.flatMap(b -> strategy.map(s -> b + "和" + s + "有什么关系？")),
                        strategy.map(s -> "哪些文章提到" + s + "？"))
                .flatMap(Optional::stream).toList();
    }

    private static Optional<String> name(Map<String, Linker.Named> top, String key) {
        return Optional.ofNullable(top.get(key)).map(Linker.Named::name);
    }
}
