package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.gazetteer.GazetteerEntry;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.text.Han;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.structure.Sentence;

/**
 * The entity stage. Needs: a segmented sentence. Adds: mentions of regions, strategies and mechanisms, from the
 * gazetteer (composites expanded), from noun phrases ending in 机制, from region suffixes (城市群, 经济带,
 * 合作区 ...), from HanLP place recognition, and from shorthand such as 东、中、西部.
 */
final class MentionFinder {

    /** The word after a place that makes it a line's name (平谷线, 京沪高铁线): no mention of the place. */
    private static final java.util.regex.Pattern LINE_NAME = java.util.regex.Pattern.compile("线|线路|支线");
    private static final String MECHANISM = "机制";
    private static final int MAX_PHRASE_TOKENS = 7;
    /** 东西部协作, 东西部扶贫协作: the boards' shorthand names a policy, not the boards. */
    private static final Pattern SHARED_ACTIVITY = Pattern.compile("(?:扶贫)?(?:协作|帮扶)");
    private static final java.util.Set<String> JOINED_REGIONS = java.util.Set.of("与", "和");
    private static final java.util.Set<String> LIST_SEPARATORS = java.util.Set.of("、", "和", "及", "以及");
    private static final int MIN_MECHANISM_QUALIFIER = 4;
    private static final Pattern BOARD_SHORTHAND = Pattern.compile("([东中西](?:[、和与及]?[东中西])+)部(?:地区)?(?:[、和与及]东北(?:地区)?)?");

    private static final java.util.Set<String> INNER_CONJUNCTIONS = java.util.Set.of("和", "与");

    private final Gazetteer gazetteer;
    private final EntityRegistry registry;
    private final PlaceLists placeLists;
    private final AreaNames areaNames;
    private final SharedMechanismHead sharedMechanismHead;
    private final DocumentNames documentNames;
    private final DefinedNames definedNames;
    private final RegionPhrases regionPhrases;

    MentionFinder(Gazetteer gazetteer, EntityRegistry registry) {
        this.gazetteer = gazetteer;
        this.registry = registry;
        this.placeLists = new PlaceLists(gazetteer);
        this.areaNames = new AreaNames(gazetteer, registry);
        this.sharedMechanismHead = new SharedMechanismHead(registry);
        this.documentNames = new DocumentNames(registry, gazetteer);
        this.definedNames = new DefinedNames(registry);
        this.regionPhrases = new RegionPhrases(gazetteer, registry);
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
            if (token.text().equals(MECHANISM) || (token.text().endsWith(MECHANISM) && known.isEmpty())) {
                mechanismPhrase(sentence, tokens, i).ifPresent(mentions::add);
            } else if (knownMechanism && qualifiedMechanism(sentence, tokens, i).map(mentions::add).orElse(false)) {
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
            } else if (!known.isEmpty() && isDirection(sentence.analysisText(), token)) {
                continue; // 自西南向东北流经…: a compass direction, not the board
            } else if (!known.isEmpty()) {
                Method method = known.size() > 1 ? Method.COMPOSITE : Method.GAZETTEER;
                for (GazetteerEntry entry : known) {
                    mentions.add(mention(sentence, registry.known(entry), token.text(), token.start(), token.end(), method));
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
        openingAreas(mentions);
        dropShadowed(mentions);
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
     * 联合监测机制, 协同监管机制: a verb right before the action noun that 机制 follows says how the action is done, and
     * belongs to the name (the governing verbs, 建立/完善…, never reach here). Not before 发展: 协调发展机制 and 协同发展机制
     * name no arrangement of their own.
     */
    private static boolean qualifiesAction(List<Token> tokens, int verb, int head) {
        Token action = tokens.get(verb + 1);
        return verb + 2 == head && action.pos().equals("vn") && !action.text().equals("发展")
                && !PhraseRules.GOVERNING_VERBS.contains(tokens.get(verb).text());
    }

    /** Nothing but an item's number before and nothing after: the point is the mechanism's name (3.3 联合招商收益分成机制。). */
    private static final java.util.regex.Pattern ITEM_OPENING = java.util.regex.Pattern.compile(
            "^\\s*(?:[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、|\\d{1,2}(?:[.．]\\d{1,2})*[.．、]?)\\s*$");

    private static final java.util.regex.Pattern ITEM_CLOSING = java.util.regex.Pattern.compile("^\\s*[。：:]?\\s*$");

    private static boolean isPlainVerb(Token token) {
        return token.pos().equals("v") && token.text().length() >= 2;
    }

    /** 闽宁协作机制重点完善…: 重点 tagged a noun, but a verb follows, so the mechanism is the clause's subject. */
    private static boolean adverbThenVerb(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && java.util.Set.of("重点", "主要", "着力").contains(tokens.get(at).text())
                && tokens.get(at + 1).pos().startsWith("v");
    }

    /** 区域间产业转移税收分享机制 → 产业转移税收分享机制: walk left from 机制 until a governing verb or function word. */
    private Optional<Mention> mechanismPhrase(Sentence sentence, List<Token> tokens, int index) {
        Token head = tokens.get(index);
        // A strategy directly followed by 机制 names that strategy's mechanism; prefer a known mechanism it ends with.
        if (head.text().equals(MECHANISM) && index > 0) {
            Token previous = tokens.get(index - 1);
            List<GazetteerEntry> known = gazetteer.lookup(previous.text());
            if (known.size() == 1 && known.get(0).type() == EntityType.Strategy) {
                String joined = previous.text() + MECHANISM;
                Entity entity = knownSuffix(joined);
                if (entity == null) {
                    entity = registry.discovered(EntityType.Mechanism, joined, null, Method.MECHANISM_PHRASE);
                }
                return Optional.of(mention(sentence, entity, joined, previous.start(), head.end(), entity.method()));
            }
        }
        if (index + 1 < tokens.size() && PhraseRules.isNounHead(tokens.get(index + 1)) && !adverbThenVerb(tokens, index + 1)) {
            return Optional.empty(); // 体制机制障碍, 机制创新: the phrase is about something else
        }
        if (head.text().endsWith("体制机制")) {
            return Optional.empty(); // "institutions and mechanisms" in general, not a mechanism
        }
        int first = index;
        while (first > 0 && index - first < MAX_PHRASE_TOKENS) {
            Token left = tokens.get(first - 1);
            List<GazetteerEntry> known = gazetteer.lookup(left.text());
            // 湖州市联合试行GDP统计分算机制: a city or province written with its suffix, then two verbs, is the clause's
            // subject, not part of the name (黄河流域协同治理机制: an area's name opens the mechanism's)
            boolean subject = left.text().matches(".+[省市县区]") && first + 1 < index
                    && known.stream().anyMatch(e -> e.kind() == RegionKind.Province || e.kind() == RegionKind.City)
                    && isPlainVerb(tokens.get(first)) && isPlainVerb(tokens.get(first + 1));
            boolean regionOrStrategy = !known.isEmpty() && known.get(0).type() != EntityType.Mechanism && !subject;
            // 对口合作 + 干部双向挂职机制: a known mechanism's activity word opens a more specific mechanism's name
            boolean knownActivity = known.size() == 1 && known.get(0).type() == EntityType.Mechanism && !left.text().endsWith(MECHANISM);
            // 政策支持机制, 工作落实机制: the word right before 机制 says what the mechanism does, even a verb
            boolean namesTheAction = first == index && left.pos().startsWith("v") && left.text().length() >= 2;
            // words HanLP does not know come as single characters or with odd tags: 同/城/化, 双向(d)
            // 川陕革命老区 + 协同 + 振兴机制: a verb right after an area's name is what the area does together, and named
            boolean areaAction = left.pos().startsWith("v") && !PhraseRules.breaksPhrase(left) && first >= 2 && first < index
                    && gazetteer.lookup(tokens.get(first - 2).text()).stream().anyMatch(e -> e.type() == EntityType.Region);
            boolean partOfUnknownWord = areaAction || PhraseRules.isWordFragment(left)
                    || (first < index && PhraseRules.opensWordFragment(left, tokens.get(first)))
                    || (first < index && PhraseRules.isNameAdverb(left));
            // 成本分担和利益共享机制: 和 between two nouns inside one name (不是 A机制和B机制, a list)
            // both sides at least two words (成本+分担 和 利益+共享), so 评估和动态调整机制 and 政策调整和市场机制 stay apart
            // (or one noun of three characters: 经济区与行政区适度分离改革机制)
            boolean innerConjunction = (first < index - 1 || tokens.get(first).text().length() >= 4) && first >= 2 && INNER_CONJUNCTIONS.contains(left.text())
                    && PhraseRules.isNounLike(tokens.get(first)) && PhraseRules.isNounLike(tokens.get(first - 2))
                    && (first >= 3 && PhraseRules.isNoun(tokens.get(first - 3))
                        || PhraseRules.isNoun(tokens.get(first - 2)) && tokens.get(first - 2).text().length() >= 3)
                    && !tokens.get(first - 2).text().endsWith(MECHANISM);
            if (!regionOrStrategy && !knownActivity && !namesTheAction && !partOfUnknownWord && !innerConjunction
                    && (PhraseRules.breaksPhrase(left) || !known.isEmpty())) {
                break;
            }
            first--;
        }
        // …口岸协作机制、通关一体化机制和开放平台联动机制: after a list separator the verb belongs to the name
        boolean listItem = first > 0 && LIST_SEPARATORS.contains(tokens.get(first - 1).text())
                || ITEM_OPENING.matcher(sentence.analysisText().substring(0, tokens.get(first).start())).matches()
                        && ITEM_CLOSING.matcher(sentence.analysisText().substring(head.end())).matches(); // 3.3 联合招商…机制。
        while (!listItem && first < index && ((tokens.get(first).pos().equals("v") && tokens.get(first).text().length() > 1
                && !tokens.get(first).text().startsWith("跨") && !qualifiesAction(tokens, first, index))
                || tokens.get(first).pos().startsWith("d"))) {
            first++; // a plain verb or an adverb cannot open a noun phrase: 破解深层次… → 深层次…
        }
        int start = PhraseRules.phraseStart(tokens, first, index);
        if (start < head.start() && tokens.get(first).pos().equals("vf")) {
            start = tokens.get(first).end(); // 构建起一体化…机制: 起 completes the verb before it
        }
        String name = sentence.analysisText().substring(start, head.end());
        if (name.startsWith("起") && name.length() > 5) {
            name = name.substring(1); // 构建起一体化制度创新机制: 起 completes the verb before it
            start++;
        }
        String qualifier = name.substring(0, name.length() - MECHANISM.length()).replaceAll("新$", "");
        if (qualifier.length() < MIN_MECHANISM_QUALIFIER || !PhraseRules.isCleanName(name) || name.endsWith("体制机制")) {
            return Optional.empty();
        }
        // 生态产品价值实现新机制 and 生态产品价值实现机制 are one mechanism; the surface form is kept as an alias
        String canonical = PhraseRules.withoutNew(name);
        Entity entity = registry.discovered(EntityType.Mechanism, canonical, null, Method.MECHANISM_PHRASE);
        return Optional.of(mention(sentence, entity, name, start, head.end(), entity.method()));
    }

    /** A known mechanism with qualifiers before it (跨省流域横向生态补偿机制) names a more specific one. */
    private Optional<Mention> qualifiedMechanism(Sentence sentence, List<Token> tokens, int index) {
        int first = index;
        while (first > 0 && index - first < MAX_PHRASE_TOKENS) {
            Token left = tokens.get(first - 1);
            // a region written right before the qualifiers names whose mechanism it is (淮河流域横向生态保护补偿机制,
            // 革命老区对口支援机制, 东北地区与东部地区对口合作机制); a strategy before it is its scope
            boolean region = (isRegionToken(left) && !opensStrategy(sentence.analysisText(), left.start()))
                    || (first >= 2 && JOINED_REGIONS.contains(left.text()) && isRegionToken(tokens.get(first - 2))
                    && first < index && isRegionToken(tokens.get(first)));
            // 2.2 九/m 龙江/ns 流域…机制: a numeral right before a place opens the place's name
            boolean numeralOfName = left.pos().equals("m") && left.text().length() == 1 && Han.isHan(left.text().codePointAt(0))
                    && first < index && tokens.get(first).isPlace() && left.end() == tokens.get(first).start();
            if (!region && !numeralOfName && (PhraseRules.breaksPhrase(left) || left.pos().equals("v") || !gazetteer.lookup(left.text()).isEmpty()
                    || PhraseRules.EVALUATIVE.contains(left.text()))) {
                break;
            }
            first--;
            if (numeralOfName) {
                break;
            }
        }
        if (first == index) {
            return Optional.empty();
        }
        int start = PhraseRules.phraseStart(tokens, first, index);
        Token head = tokens.get(index);
        if (start >= head.start()) {
            return Optional.empty();
        }
        String name = sentence.analysisText().substring(start, head.end());
        if (!PhraseRules.isCleanName(name)) {
            return Optional.empty();
        }
        String canonical = PhraseRules.withoutNew(name);
        Entity entity = registry.discovered(EntityType.Mechanism, canonical, null, Method.MECHANISM_PHRASE);
        return Optional.of(mention(sentence, entity, name, start, head.end(), entity.method()));
    }

    /** 黄河流域生态保护和高质量发展机制: the region opens a strategy's name, so it is no qualifier of the mechanism. */
    private boolean opensStrategy(String text, int start) {
        for (int end = Math.min(text.length(), start + 24); end > start + 2; end--) {
            if (gazetteer.lookup(text.substring(start, end)).stream().anyMatch(g -> g.type() == EntityType.Strategy)) {
                return true;
            }
        }
        return false;
    }

    private boolean isRegionToken(Token token) {
        List<GazetteerEntry> known = gazetteer.lookup(token.text());
        return !known.isEmpty() && known.stream().allMatch(g -> g.type() == EntityType.Region);
    }





    private Entity knownSuffix(String name) {
        for (int start = 1; start < name.length() - MECHANISM.length(); start++) {
            for (GazetteerEntry entry : gazetteer.lookup(name.substring(start))) {
                if (entry.type() == EntityType.Mechanism) {
                    return registry.known(entry);
                }
            }
        }
        return null;
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

    /** A mention inside a longer mention of another entity (a region inside a discovered mechanism) is not separate. */
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

    /** An area read by its shape at the very start of a mechanism's name: the name is about that area. */
    private void openingAreas(List<Mention> mentions) {
        for (Mention mechanism : mentions) {
            if (mechanism.type() != EntityType.Mechanism) {
                continue;
            }
            mentions.stream().filter(area -> area.type() == EntityType.Region && area.method() == Method.REGION_SUFFIX
                            && area.start() == mechanism.start() && area.end() < mechanism.end())
                    .forEach(area -> registry.opensWith(mechanism.entityId(), area.entityId()));
        }
    }

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
