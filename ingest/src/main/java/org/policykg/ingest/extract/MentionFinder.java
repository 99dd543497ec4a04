package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.gazetteer.GazetteerEntry;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.structure.Sentence;

/**
 * The entity stage. Needs: a segmented sentence. Adds: mentions of regions, strategies and mechanisms, from the
 * gazetteer (composites expanded), from noun phrases ending in 机制, from region suffixes (城市群, 经济带,
 * 合作区 ...), from HanLP place recognition, and from shorthand such as 东、中、西部.
 */
final class MentionFinder {

    /** 市推动成渝地区双城经济圈建设领导小组: a body named after a strategy. */
    private static final java.util.regex.Pattern ORGAN_AFTER = java.util.regex.Pattern.compile("(?:工作)?领导小组|推进办公室|办公室|工作专班");

    /** The word after a place that makes it a line's name (平谷线, 京沪高铁线): no mention of the place. */
    private static final java.util.regex.Pattern LINE_NAME = java.util.regex.Pattern.compile("线|线路|支线");
    /** 东西部协作, 东西部扶贫协作: the boards' shorthand names a policy, not the boards. */
    private static final Pattern SHARED_ACTIVITY = Pattern.compile("(?:扶贫)?(?:协作|帮扶)");
    private static final Pattern COMPASS_AREA = Pattern.compile("[东西南北中]{1,3}部?(?:地区)?");
    private static final Pattern BOARD_SHORTHAND = Pattern.compile("([东中西](?:[、和与及]?[东中西])+)部(?:地区)?(?:[、和与及]东北(?:地区)?)?");


    private final Gazetteer gazetteer;
    private final EntityRegistry registry;
    private final PlaceLists placeLists;
    private final AreaNames areaNames;
    private final SharedMechanismHead sharedMechanismHead;
    private final DocumentNames documentNames;
    private final DefinedNames definedNames;
    private final RegionPhrases regionPhrases;
    private final MechanismPhrases phrases;

    MentionFinder(Gazetteer gazetteer, EntityRegistry registry) {
        this.gazetteer = gazetteer;
        this.registry = registry;
        this.placeLists = new PlaceLists(gazetteer);
        this.areaNames = new AreaNames(gazetteer, registry);
        this.sharedMechanismHead = new SharedMechanismHead(registry);
        this.documentNames = new DocumentNames(registry, gazetteer);
        this.definedNames = new DefinedNames(registry);
        this.regionPhrases = new RegionPhrases(gazetteer, registry);
        this.phrases = new MechanismPhrases(gazetteer, registry);
    }

    /** The places named by a definition are PART_OF the name (三河市、大厂回族自治县和香河县（以下简称北三县）). */
    void relateDefinedNames(RelationCollector out) {
        definedNames.relate(out);
    }

    List<Mention> find(Sentence sentence, List<Token> tokens) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            List<GazetteerEntry> known = gazetteer.lookup(token.text());
            boolean knownMechanism = known.size() == 1 && known.get(0).type() == EntityType.Mechanism;
            if (token.text().equals(MechanismPhrases.MECHANISM) || (token.text().endsWith(MechanismPhrases.MECHANISM) && known.isEmpty())) {
                phrases.mechanismPhrase(sentence, tokens, i).ifPresent(mentions::add);
            } else if (knownMechanism && phrases.qualifiedMechanism(sentence, tokens, i).map(mentions::add).orElse(false)) {
                continue; // 跨省流域横向 + 生态补偿机制: a more specific mechanism than the known one
            } else if (known.size() > 1 && SHARED_ACTIVITY.matcher(sentence.analysisText()).region(token.end(), sentence.analysisText().length()).lookingAt()) {
                continue; // 东西部协作 names a policy, not the boards
            } else if (known.size() == 1 && known.get(0).type() == EntityType.Region && i > 0 && tokens.get(i - 1).text().equals("环")
                    && tokens.get(i - 1).end() == token.start()) {
                // 环长株潭城市群, 环渤海: the ring around a known area is an area of its own, not that one
                String ring = "环" + token.text();
                Entity area = registry.discovered(EntityType.Region, ring, known.get(0).kind(), Method.REGION_SUFFIX);
                mentions.add(mention(sentence, area, ring, tokens.get(i - 1).start(), token.end(), Method.REGION_SUFFIX));
            } else if (!known.isEmpty() && i + 1 < tokens.size() && LINE_NAME.matcher(tokens.get(i + 1).text()).matches()
                    && known.get(0).type() == EntityType.Region) {
                continue; // 平谷线轨道交通, 京沪线: a railway named after its terminus
            } else if (!known.isEmpty() && provincePart(sentence, tokens, i, known).map(mentions::add).orElse(false)) {
                continue; // 辽西北地区: a part of 辽宁, not 西北地区
            } else if (!known.isEmpty() && isDirection(sentence.analysisText(), token)) {
                continue; // 自西南向东北流经…: a compass direction, not the board
            } else if (!known.isEmpty()) {
                Method method = known.size() > 1 ? Method.COMPOSITE : Method.GAZETTEER;
                int end = mayorCut(sentence.analysisText(), tokens, i, known) ? token.end() + 1 : token.end();
                for (GazetteerEntry entry : known) {
                    mentions.add(mention(sentence, registry.known(entry), sentence.analysisText().substring(token.start(), end), token.start(), end, method));
                }
            } else if (!gazetteer.isBlocked(token.text())) {
                regionPhrases.find(sentence, tokens, i).ifPresent(mentions::add);
            }
        }
        for (Token place : placeLists.find(tokens, mentions)) {
            Entity entity = registry.discovered(EntityType.Region, place.text(), RegionKind.City, Method.PLACE_RECOGNITION);
            mentions.add(mention(sentence, entity, place.text(), place.start(), place.end(), entity.method()));
        }
        boardShorthand(sentence, mentions);
        placeParts(sentence, mentions);
        mentions.addAll(areaNames.find(sentence, tokens, mentions));
        mentions.addAll(sharedMechanismHead.find(sentence, sentence.analysisText(), mentions));
        areaOpenedNames(sentence, mentions);
        openingAreas(sentence.analysisText(), mentions);
        dropShadowed(mentions);
        // 市推动成渝地区双城经济圈建设领导小组: a body named after a strategy is no mention of the strategy
        mentions.removeIf(m -> m.type() == EntityType.Strategy && ORGAN_AFTER.matcher(sentence.analysisText()).region(m.end(),
                sentence.analysisText().length()).lookingAt());
        mentions.addAll(documentNames.find(sentence, tokens, mentions));
        for (DefinedNames.Definition d : definedNames.find(sentence, mentions)) {
            mentions.add(d.name());
            documentNames.define(d.name().surface(), d.name().entityId());
        }
        documentNames.remember(mentions);
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::entityId));
        return mentions;
    }

    /**
     * 龙岩市长汀县: HanLP cuts 市长 (mayor) out of a city's 市 and the county after it. The city's mention takes its 市 back
     * when a county of the country's list is written right after it.
     */
    private boolean mayorCut(String text, List<Token> tokens, int i, List<GazetteerEntry> known) {
        Token token = tokens.get(i);
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).text().startsWith("市长") || tokens.get(i + 1).start() != token.end()
                || token.text().endsWith("市") || known.stream().anyMatch(e -> e.kind() != RegionKind.City)) {
            return false;
        }
        return gazetteer.countyNameEnd(text, token.end() + 1) > 0;
    }

    /**
     * 辽西北地区, 川东北地区: a province's abbreviation written right before a compass area the gazetteer knows names a
     * part of that province, one region by its whole name.
     */
    private java.util.Optional<Mention> provincePart(Sentence sentence, List<Token> tokens, int i, List<GazetteerEntry> known) {
        Token token = tokens.get(i);
        if (i == 0 || !COMPASS_AREA.matcher(token.text()).matches() || known.stream().anyMatch(g -> g.type() != EntityType.Region)) {
            return java.util.Optional.empty();
        }
        Token before = tokens.get(i - 1);
        if (before.end() != token.start() || before.text().length() != 1
                || !AreaVocabulary.standard().opensDirectionalPart(before.text().charAt(0))) {
            return java.util.Optional.empty();
        }
        String name = before.text() + token.text();
        Entity part = registry.discovered(EntityType.Region, name, RegionKind.MacroRegion, Method.REGION_SUFFIX);
        return java.util.Optional.of(mention(sentence, part, name, before.start(), token.end(), Method.REGION_SUFFIX));
    }

    /** 东、中、西部 and 东中西部和东北地区 written with punctuation the dictionary cannot hold. */
    private void boardShorthand(Sentence sentence, List<Mention> mentions) {
        Matcher m = BOARD_SHORTHAND.matcher(sentence.analysisText());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (SHARED_ACTIVITY.matcher(sentence.analysisText()).region(end, sentence.analysisText().length()).lookingAt()) {
                continue; // 东西部协作 names a policy, not the boards
            }
            if (mentions.stream().anyMatch(x -> x.start() <= start && x.end() >= end)) {
                continue;
            }
            List<String> boards = new ArrayList<>();
            for (char c : m.group(1).toCharArray()) {
                switch (c) {
                    case '东' -> boards.add("东部地区");
                    case '中' -> boards.add("中部地区");
                    case '西' -> boards.add("西部地区");
                    default -> { }
                }
            }
            if (m.group().contains("东北")) {
                boards.add("东北地区");
            }
            mentions.removeIf(x -> x.start() >= start && x.end() <= end);
            for (String board : boards) {
                registry.byName(board).ifPresent(e -> mentions.add(mention(sentence, e, m.group(), start, end, Method.COMPOSITE)));
            }
        }
    }

    /** 内蒙古东部地区, 四川西部: a board's name right after a province or city names a part of that place, not the board. */
    private void placeParts(Sentence sentence, List<Mention> mentions) {
        List<Mention> parts = new ArrayList<>();
        for (Mention board : mentions) {
            Entity b = registry.get(board.entityId());
            if (b == null || b.kind() != RegionKind.Board || board.method() == Method.COMPOSITE) {
                continue;
            }
            for (Mention place : mentions) {
                Entity p = registry.get(place.entityId());
                if (p != null && place.end() == board.start() && (p.kind() == RegionKind.Province || p.kind() == RegionKind.City)) {
                    String name = sentence.analysisText().substring(place.start(), board.end());
                    Entity part = registry.discovered(EntityType.Region, name, RegionKind.MacroRegion, Method.REGION_SUFFIX);
                    parts.add(mention(sentence, part, name, place.start(), board.end(), part.method()));
                }
            }
        }
        mentions.addAll(parts);
    }

    private static final Pattern COMPASS = Pattern.compile("[东西南北]{1,2}(?:方)?");
    private static final Pattern MOTION_AFTER = Pattern.compile("^(?:方向|流经|流向|流入|走向|延伸|绵延|汇入)");

    /** 向东北流经, 自西南向东北: a compass word after 向/往/朝/自 or before a verb of motion gives a direction. */
    private static boolean isDirection(String text, Token token) {
        if (!COMPASS.matcher(token.text()).matches()) {
            return false;
        }
        char before = token.start() > 0 ? text.charAt(token.start() - 1) : ' ';
        return "向往朝自".indexOf(before) >= 0 || MOTION_AFTER.matcher(text.substring(token.end())).lookingAt();
    }

    /**
     * 都柳江流域横向…机制: a mechanism's name that starts inside an area read by its shape (HanLP cut 都 off as an adverb)
     * starts with the area.
     */
    private void areaOpenedNames(Sentence sentence, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention mechanism = mentions.get(k);
            if (mechanism.type() != EntityType.Mechanism || mechanism.method() != Method.MECHANISM_PHRASE) {
                continue;
            }
            Mention area = mentions.stream().filter(a -> a.type() == EntityType.Region && a.method() == Method.REGION_SUFFIX
                    && a.start() < mechanism.start() && a.end() > mechanism.start() && a.end() < mechanism.end()).findFirst().orElse(null);
            if (area != null) {
                String name = sentence.analysisText().substring(area.start(), mechanism.end());
                Entity whole = registry.discovered(EntityType.Mechanism, PhraseRules.withoutNew(name), null, Method.MECHANISM_PHRASE);
                mentions.set(k, mention(sentence, whole, name, area.start(), mechanism.end(), whole.method()));
            }
        }
    }

    /**
     * An area read by its shape at the very start of a mechanism's name, or right after the provinces that share it
     * (赣粤 + 东江流域生态保护联席会议机制): the name is about that area.
     */
    private void openingAreas(String text, List<Mention> mentions) {
        for (Mention mechanism : mentions) {
            if (mechanism.type() != EntityType.Mechanism) {
                continue;
            }
            mentions.stream().filter(area -> area.type() == EntityType.Region && area.method() == Method.REGION_SUFFIX
                            && area.start() >= mechanism.start() && area.end() < mechanism.end()
                            && sharedBy(text.substring(mechanism.start(), area.start())))
                    .forEach(area -> registry.opensWith(mechanism.entityId(), area.entityId()));
        }
    }

    private static boolean sharedBy(String provinces) {
        return provinces.isEmpty() || provinces.length() >= 2
                && AreaVocabulary.standard().abbreviationRun(provinces, 0, provinces.length()) == provinces.length();
    }

    /** A mention inside a longer mention of another entity (a region inside a discovered mechanism) is not separate. */
    private static void dropShadowed(List<Mention> mentions) {
        mentions.removeIf(inner -> mentions.stream().anyMatch(outer -> outer != inner
                && outer.start() <= inner.start() && outer.end() >= inner.end()
                && (outer.end() - outer.start()) > (inner.end() - inner.start())));
    }

    private Mention mention(Sentence sentence, Entity entity, String surface, int start, int end, Method method) {
        if (method != Method.COMPOSITE) {
            registry.seen(entity.id(), surface);
        }
        return new Mention(sentence.id(), entity.id(), entity.type(), surface, start, end, method);
    }
}
