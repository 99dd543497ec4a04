package org.policykg.ingest.extract;

import java.util.List;
import java.util.Optional;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.gazetteer.GazetteerEntry;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.structure.Sentence;
import org.policykg.ingest.text.Han;

/**
 * Mechanisms named by a noun phrase that ends in 机制 ({@link MentionFinder} asks at each such word): where the name
 * starts, walking left over its qualifiers and stopping at the verb that governs it; and known mechanisms made more
 * specific by qualifiers before them (跨省流域横向 + 生态补偿机制).
 */
final class MechanismPhrases {

    static final String MECHANISM = "机制";
    private static final int MAX_PHRASE_TOKENS = 7;
    private static final java.util.Set<String> DASHES = java.util.Set.of("—", "-", "－", "——");
    private static final java.util.Set<String> JOINED_REGIONS = java.util.Set.of("与", "和");
    private static final java.util.Set<String> JOINED_REGIONS_OR_AND = java.util.Set.of("及", "和");
    private static final java.util.Set<String> LIST_SEPARATORS = java.util.Set.of("、", "和", "及", "以及");
    private static final int MIN_MECHANISM_QUALIFIER = 4;
    private static final java.util.Set<String> INNER_CONJUNCTIONS = java.util.Set.of("和", "与");

    private final Gazetteer gazetteer;
    private final EntityRegistry registry;

    MechanismPhrases(Gazetteer gazetteer, EntityRegistry registry) {
        this.gazetteer = gazetteer;
        this.registry = registry;
    }

    /** Nothing but an item's number before and nothing after: the point is the mechanism's name (3.3 联合招商收益分成机制。). */
    private static final java.util.regex.Pattern ITEM_OPENING = java.util.regex.Pattern.compile(
            "^\\s*(?:[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、|\\d{1,2}(?:[.．]\\d{1,2})*[.．、]?)\\s*$");

    private static final java.util.regex.Pattern COUNTED_PARTIES = java.util.regex.Pattern.compile(PartyAnaphora.COUNTED_PARTIES);
    /** A mechanism and a verb of composition inside a phrase: the phrase names what comes after the verb. */
    private static final java.util.regex.Pattern INNER_WHOLE = java.util.regex.Pattern.compile(".*机制(?:主要|具体|还)?(?:涵盖|包括|包含|由)了?");

    /** 结对合作帮扶机制, 对口协作机制: pairing words name the arrangement, though HanLP tags them verbs. */
    private static final java.util.Set<String> PAIRING = java.util.Set.of("结对", "对口");

    private static final java.util.regex.Pattern COUNTED_APPOSITION = java.util.regex.Pattern.compile(
            "机制[两二三四五六七八九十]+[项个类种条](?:专项|重点|主要)?机制$");

    /** Words that open no name: 由 (应由, 须由), 即 (HanLP reads 即同城 as a place), 我省 (whose it is), and 和/与/及 right after another mechanism (group 1). */
    private static final java.util.regex.Pattern OPENING_FUNCTION_WORD = java.util.regex.Pattern.compile("^(?:(?:应|须|需|要|将|可|均)?由|即(?!墨)|我省|我市|我区|本省|本市|全省|全市|([和与及]))");

    /**
     * Verbs by which an area sets up or joins a mechanism (天津市共建港口协作机制, 辽西地区纳入…机制): right after a region
     * they stand before the mechanism's name, not inside it (园区共建机制 keeps its verb).
     */
    private static final java.util.Set<String> SETS_UP = java.util.Set.of("共建", "纳入", "签订", "签署"); // not 融入: 蒙东地区融入东北全面振兴工作推进机制 is one name

    private static final java.util.Set<String> SURROUNDINGS = java.util.Set.of("周边", "周边地区", "周边区域", "毗邻地区");
    private static final java.util.Set<String> PILOT_VERBS = java.util.Set.of("试点", "试行", "推行");
    private static final java.util.Set<String> PILOT_MANNER = java.util.Set.of("先行", "率先", "优先", "正", "正在", "已");

    /** 口岸与腹地联动发展机制: two nouns joined by 与 and then what they do together name the mechanism. */
    private static final java.util.Set<String> JOINT_ACTIONS = java.util.Set.of(
            "联动", "协同", "融合", "互动", "衔接", "协作", "一体化", "统筹", "互补");

    /** 把朝阳、阜新两市整体纳入…机制: what is brought into a mechanism stands before its name, whatever is between. */
    private static final String INCLUDES = "纳入";

    /** 三项专项机制, 四项机制: a count of mechanisms named before, no name of its own. */
    private static final java.util.regex.Pattern COUNT_ONLY = java.util.regex.Pattern.compile(
            "^(?:重点|主要|着力)?(?:提出|建立|完善|健全)?(?:以下|如下|下列|下述)?[两二三四五六七八九十\\d]+[项个类种条大](?:专项|重点|主要|具体|配套|协同|合作|子)?机制$");

    /** A year or a count of one (二〇一九年, 一套, 一系列) opens no mechanism's name: 正酝酿建立一套陆海联运协调机制. */
    private static final java.util.regex.Pattern COUNT_OR_YEAR = java.util.regex.Pattern.compile(
            "[〇○零一二三四五六七八九十\\d]*年|一(?:套|项|个|种|批|系列|整套)?|套|项|种|批|系列|整套");
    private static final java.util.regex.Pattern ITEM_CLOSING = java.util.regex.Pattern.compile("^\\s*[。：:]?\\s*$");

    /** 区域间产业转移税收分享机制 → 产业转移税收分享机制: walk left from 机制 until a governing verb or function word. */
    Optional<Mention> mechanismPhrase(Sentence sentence, List<Token> tokens, int index) {
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
        Token next = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
        // a person's or place's name after 机制 is HanLP misreading 应由 or 和城市: no compound such as 机制障碍
        boolean properNext = next != null && (next.pos().startsWith("nr") || next.pos().startsWith("ns"));
        if (next != null && PhraseRules.isNounHead(next) && !properNext && !NamePieces.adverbThenVerb(tokens, index + 1)
                && !PhraseRules.runsAsPredicate(tokens, index + 1)) {
            return Optional.empty(); // 体制机制障碍, 机制创新: the phrase is about something else
        }
        if (head.text().endsWith("体制机制")) {
            return Optional.empty(); // "institutions and mechanisms" in general, not a mechanism
        }
        int first = index;
        // 入/海/河流 is one word in three pieces, and with the sea or lake it flows into one name (渤海入海河流跨省界断面…机制)
        int quotedTokens = java.util.stream.IntStream.range(Math.max(2, index - MAX_PHRASE_TOKENS - 3), index)
                .filter(k -> NamePieces.inflowNoun(tokens, k)).map(k -> tokens.get(k - 2).pos().startsWith("n") ? 3 : 2).sum();
        // 跨 may stand one past the limit: it opens the name its places make (跨/盟/市/园区合作…机制, 跨省/流域/上下游/突发/…机制)
        while (first > 0 && (index - first - quotedTokens < MAX_PHRASE_TOKENS || tokens.get(first - 1).text().equals("跨")
                || tokens.get(first - 1).text().startsWith("跨") && index - first - quotedTokens == MAX_PHRASE_TOKENS)) {
            Token left = tokens.get(first - 1);
            int opening = NamePieces.quotedWordOpening(sentence.analysisText(), tokens, first - 1);
            if (opening >= 0) {
                quotedTokens += first - opening - 1; // 援疆医疗人才“组团式”帮扶机制: a quoted word inside the name, one word
                first = opening;
                continue;
            }
            int between = NamePieces.levelsBetween(tokens, first);
            if (between > 0) {
                first -= between; // 盟/市/间: the level's places, inside the name
                continue;
            }
            if (left.text().equals("跨") && first < index) {
                first--; // 跨/v 盟/市…: HanLP reads the qualifier 跨 as a verb
                continue;
            }
            if (dashBetweenPlaces(tokens, first)) {
                first -= 2; // 香港—长三角区域合作机制: two places joined by a dash open the name together
                continue;
            }
            if (NamePieces.opensNoName(left)) {
                break; // 现行协同机制, 以来…, 决策层/面的…: a determiner or a time opens no name
            }
            if (jointNouns(tokens, first, index)) {
                first -= 2; // 口岸与腹地 + 联动发展机制
                continue;
            }
            if (NamePieces.joinedPlaceClasses(tokens, first, index)) {
                first -= 2;
                quotedTokens += 2; // two classes of places may each take their qualifiers: 沿海发达市县与中部山区市县
                continue;
            }
            if (left.text().endsWith(MECHANISM) || first < index && JOINED_REGIONS.contains(left.text())
                    && first >= 2 && tokens.get(first - 2).text().endsWith(MECHANISM)) {
                break; // …机制应由A机制, A机制和B机制: another mechanism's name ends there, this one starts after it
            }
            List<GazetteerEntry> known = gazetteer.lookup(left.text());
            // 湖州市联合试行GDP统计分算机制: a city or province written with its suffix, then two verbs, is the clause's
            // subject, not part of the name (黄河流域协同治理机制: an area's name opens the mechanism's)
            boolean subject = left.text().matches(".+[省市县区]") && first + 1 < index
                    && known.stream().anyMatch(e -> e.kind() == RegionKind.Province || e.kind() == RegionKind.City)
                    && NamePieces.isPlainVerb(tokens.get(first)) && NamePieces.isPlainVerb(tokens.get(first + 1));
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
            // 革命老区重点城市对口合作机制: 重点 before a noun of places or fields says which ones, inside the name
            boolean keyOnes = NamePieces.keyOnes(tokens, first, index);
            boolean inflow = first < index && NamePieces.inflowNoun(tokens, first); // 渤海入海河流…机制
            // 辽西与京津冀产业转移承接机制: two regions joined by 与 both name whose mechanism it is
            // 乌海及周边地区大气污染联防联控机制: a region and the area around it
            boolean joinedRegions = first < index && first >= 2 && (JOINED_REGIONS.contains(left.text()) || JOINED_REGIONS_OR_AND.contains(left.text()))
                    && (isRegionToken(tokens.get(first)) || SURROUNDINGS.contains(tokens.get(first).text()))
                    && isRegionToken(tokens.get(first - 2));
            // 在横琴先行试点…机制: the verb of the pilot, after where or how it is tried, stands before the name
            boolean pilotVerb = first < index && first >= 2 && PILOT_VERBS.contains(left.text())
                    && (PILOT_MANNER.contains(tokens.get(first - 2).text()) || isRegionToken(tokens.get(first - 2)));
            if (pilotVerb) {
                break;
            }
            if (joinedRegions) {
                first -= 2; // the region before 与/及 opens the name, however long the rest
                continue;
            }
            if (!regionOrStrategy && !knownActivity && !namesTheAction && !partOfUnknownWord && !innerConjunction && !keyOnes && !inflow && !joinedRegions
                    && (PhraseRules.breaksPhrase(left) || !known.isEmpty())
                    || SETS_UP.contains(left.text()) && first < index && first >= 2
                    && gazetteer.lookup(tokens.get(first - 2).text()).stream().anyMatch(e -> e.type() == EntityType.Region)
                    || INCLUDES.equals(left.text()) && first < index) {
                break;
            }
            first--;
        }
        // …口岸协作机制、通关一体化机制和开放平台联动机制: after a list separator the verb belongs to the name
        boolean listItem = first > 0 && LIST_SEPARATORS.contains(tokens.get(first - 1).text())
                || ITEM_OPENING.matcher(sentence.analysisText().substring(0, tokens.get(first).start())).matches()
                        && ITEM_CLOSING.matcher(sentence.analysisText().substring(head.end())).matches(); // 3.3 联合招商…机制。
        while (!listItem && first < index && ((tokens.get(first).pos().equals("v") && tokens.get(first).text().length() > 1
                && !tokens.get(first).text().startsWith("跨") && !PAIRING.contains(tokens.get(first).text())
                && !NamePieces.qualifiesAction(tokens, first, index) && !NamePieces.modifiesNounAfterGoverningVerb(tokens, first, index))
                || tokens.get(first).pos().startsWith("d") && !tokens.get(first).text().startsWith("跨")
                || NamePieces.placeOrTimeThenVerb(tokens, first, index)
                || first + 1 < index && COUNT_OR_YEAR.matcher(tokens.get(first).text()).matches())) {
            first++; // a plain verb or an adverb cannot open a noun phrase: 破解深层次… → 深层次… (跨省 can); nor can 一套, 2019年
        }
        int start = PhraseRules.phraseStart(tokens, first, index);
        if (start < head.start() && tokens.get(first).pos().equals("vf")) {
            start = tokens.get(first).end(); // 构建起一体化…机制: 起 completes the verb before it
        }
        if (start < head.start()) {
            start = NamePieces.projectStart(sentence.analysisText(), start);
        }
        String name = sentence.analysisText().substring(start, head.end());
        java.util.regex.Matcher opening = OPENING_FUNCTION_WORD.matcher(name);
        if (opening.lookingAt() && (opening.group(1) == null || sentence.analysisText().startsWith(MECHANISM, start - MECHANISM.length()))) {
            name = name.substring(opening.end()); // …机制应由A机制 (HanLP reads 应由 as a name), …机制和城市…机制
            start += opening.end();
        }
        if (name.startsWith("起") && name.length() > 5) {
            name = name.substring(1); // 构建起一体化制度创新机制: 起 completes the verb before it
            start++;
        }
        java.util.regex.Matcher whole = INNER_WHOLE.matcher(name);
        if (whole.lookingAt() && name.length() - whole.end() > MECHANISM.length()) {
            name = name.substring(whole.end()); // 补偿机制涵盖水质联合监测机制: the whole, its verb, then the part named
            start += whole.end();
        }
        java.util.regex.Matcher counted = COUNTED_PARTIES.matcher(name);
        // 四市市长联席会议机制: the parties' heads (市长, 省长) meet in it, and the count is part of its name
        boolean heads = counted.lookingAt() && name.startsWith(name.charAt(counted.end() - 1) + "长", counted.end());
        // 四省边际旅游协作机制: 四省边际 names the border area of the counted parties, not who sets it up
        boolean borderArea = counted.lookingAt() && name.startsWith("边际", counted.end());
        if (counted.lookingAt() && !heads && !borderArea && name.length() - counted.end() >= MIN_MECHANISM_QUALIFIER + MECHANISM.length()) {
            name = name.substring(counted.end()); // 建立三省区老区振兴协同推进机制: the count says who sets it up
            start += counted.end();
        }
        if (COUNTED_APPOSITION.matcher(name).find() || COUNT_ONLY.matcher(name).matches()) {
            return Optional.empty(); // …和产业分工协作机制三项专项机制: the count sums up the list, it names nothing
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
    Optional<Mention> qualifiedMechanism(Sentence sentence, List<Token> tokens, int index) {
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
            boolean keyOnes = NamePieces.keyOnes(tokens, first, index); // 革命老区重点城市
            int between = NamePieces.levelsBetween(tokens, first);
            if (between > 0) {
                first -= between; // 黄河流域 + 盟/市/间 + 横向生态保护补偿机制
                continue;
            }
            if (first < index && (left.text().startsWith("跨") || NamePieces.inflowNoun(tokens, first))) {
                first--; // 跨/v 市/n 域/n 生态保护补偿机制, 入/v 湖/n 河流/n …: parts of the name HanLP reads as verbs
                if (first >= 2 && JOINED_REGIONS_OR_AND.contains(tokens.get(first - 1).text()) && isRegionToken(tokens.get(first - 2))) {
                    first -= 2; // 洪泽湖及入湖河流…机制: the lake and the rivers that flow into it
                }
                continue;
            }
            if (placeClassJoined(tokens, first, index)) {
                first -= 3; // 沿海城市与革命老区对口合作机制: a class of places joined to an area, both in the name
                continue;
            }
            if (!region && !numeralOfName && !keyOnes && (PhraseRules.breaksPhrase(left) || left.pos().equals("v") || !gazetteer.lookup(left.text()).isEmpty()
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
        start = NamePieces.projectStart(sentence.analysisText(), start);
        String name = sentence.analysisText().substring(start, head.end());
        if (!PhraseRules.isCleanName(name)) {
            return Optional.empty();
        }
        String canonical = PhraseRules.withoutNew(name);
        Entity entity = registry.discovered(EntityType.Mechanism, canonical, null, Method.MECHANISM_PHRASE);
        return Optional.of(mention(sentence, entity, name, start, head.end(), entity.method()));
    }

    /** 完善 口岸/n 与 腹地/n 联动/v …机制: plain nouns (no places, which have their own rule) on both sides of 与. */
    private boolean jointNouns(List<Token> tokens, int first, int index) {
        return first >= 2 && first + 1 < index && tokens.get(first - 1).text().equals("与")
                && JOINT_ACTIONS.contains(tokens.get(first + 1).text())
                && isPlainNoun(tokens.get(first)) && isPlainNoun(tokens.get(first - 2));
    }

    private boolean isPlainNoun(Token token) {
        return (token.pos().equals("n") || token.pos().equals("nz")) && token.text().length() >= 2 && gazetteer.lookup(token.text()).isEmpty()
                && !PhraseRules.GOVERNING_VERBS.contains(token.text());
    }

    /** 沿海/f 城市/n 与 革命老区 …机制: a class of places (a direction or a quality and 城市, 地区, 省份) joined to an area. */
    private boolean placeClassJoined(List<Token> tokens, int first, int index) {
        return first >= 4 && first < index && JOINED_REGIONS.contains(tokens.get(first - 1).text()) && isRegionToken(tokens.get(first))
                && NamePieces.PLACE_CLASSES.contains(tokens.get(first - 2).text())
                && (tokens.get(first - 3).pos().equals("f") || tokens.get(first - 3).pos().equals("a")
                    || tokens.get(first - 3).text().matches("沿海|沿边|沿江|沿黄|内陆|东部|中部|西部|发达|欠发达"));
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


    private Mention mention(Sentence sentence, Entity entity, String surface, int start, int end, Method method) {
        registry.seen(entity.id(), surface);
        return new Mention(sentence.id(), entity.id(), entity.type(), surface, start, end, method);
    }

    /** A dash before the name's first word, with a place before it and a place opening that word (香港—长三角区域). */
    private boolean dashBetweenPlaces(List<Token> tokens, int first) {
        if (first < 2 || !DASHES.contains(tokens.get(first - 1).text())) {
            return false;
        }
        boolean placeBefore = gazetteer.lookup(tokens.get(first - 2).text()).stream().anyMatch(e -> e.type() == EntityType.Region);
        String after = tokens.get(first).text();
        boolean placeAfter = java.util.stream.IntStream.rangeClosed(2, after.length())
                .anyMatch(k -> gazetteer.lookup(after.substring(0, k)).stream().anyMatch(e -> e.type() == EntityType.Region));
        return placeBefore && placeAfter;
    }
}
