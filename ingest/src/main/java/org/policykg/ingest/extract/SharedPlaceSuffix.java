package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.structure.Sentence;
import org.policykg.ingest.text.Han;

/**
 * Places that share one suffix in a list closed by 等 or a count: 兴海、贵德等县 names 兴海县 and 贵德县; 仙桃、天门和潜江
 * 三市 names 仙桃市, 天门市 and 潜江市. A place the gazetteer knows stays what it says. The items after the first are bounded by 、; the first starts where a name-like word starts
 * after the words that govern the list (推动兴海、…).
 */
final class SharedPlaceSuffix {

    /** 等县, 等3个市, 5市, 三县: a list's closing, then one suffix (not 区县, 县域, 市场…). */
    private static final Pattern CLOSING = Pattern.compile("(?:等|等?[两二三四五六七八九十\\d]+个?)([县市区旗])(?![域场级委长内外城县市区])");
    private static final String SEPARATORS = "、和及";
    private static final int MAX_ITEM = 4;
    /** 黑龙江三省及沈阳…四市: what follows a place may be its count and kind, no name. */
    private static final Pattern COUNT_OR_KIND = Pattern.compile("[、\\d一二三四五六七八九十两个省市区县州等]");

    private final AreaMentions mentions;

    SharedPlaceSuffix(AreaMentions mentions) {
        this.mentions = mentions;
    }

    void find(Sentence sentence, List<Token> tokens, List<Mention> found, List<Mention> added) {
        String text = sentence.analysisText();
        Matcher m = CLOSING.matcher(text);
        while (m.find()) {
            List<int[]> items = items(text, tokens, m.start(), found);
            if (items.size() < 2) {
                continue;
            }
            String suffix = m.group(1);
            for (int[] item : items) {
                String bare = text.substring(item[0], item[1]);
                // 虹口、长宁…6个区: a bare name read only by its shape (长宁) is the place the gazetteer knows with the suffix
                found.removeIf(p -> p.method() == Method.PLACE_RECOGNITION && p.start() == item[0] && p.end() == item[1]
                        && p.surface().equals(bare) && !bare.endsWith(suffix) && !mentions.gazetteer.lookup(bare + suffix).isEmpty());
                // 由两省财政和哈尔滨、长春两市: 财政 is a word of the language, not a name HanLP does not know
                if (overlaps(found, item) || overlaps(added, item) || bare.endsWith(suffix) || commonNoun(tokens, item)) {
                    continue; // 郑州、洛阳等市: known places stay what the gazetteer says
                }
                mentions.add(sentence, added, bare + suffix, RegionKind.City, item[0], item[1], Method.PLACE_RECOGNITION);
            }
        }
    }

    /** The items before {@code closing} (the offset of 等), last first in the text's order; empty when one is no name. */
    private List<int[]> items(String text, List<Token> tokens, int closing, List<Mention> found) {
        List<int[]> items = new ArrayList<>();
        int end = closing;
        int separator = lastSeparator(text, end);
        while (separator >= 0 && end - separator - 1 >= 2 && end - separator - 1 <= MAX_ITEM && isName(text.substring(separator + 1, end))) {
            items.add(0, new int[] {separator + 1, end});
            end = separator;
            separator = lastSeparator(text, end);
            if (separator >= 0 && text.substring(separator + 1, end).length() > MAX_ITEM) {
                break; // the first item: bounded by the words before it, not by a separator
            }
        }
        if (items.isEmpty()) {
            return items;
        }
        int firstEnd = end;
        // 果洛州玛沁、甘德…6个县: the first item starts where the place its items lie in ends
        int firstStart = found.stream().filter(p -> p.type() == EntityType.Region && firstEnd - p.end() >= 2 && firstEnd - p.end() <= MAX_ITEM
                && !COUNT_OR_KIND.matcher(text.substring(p.end(), firstEnd)).find()).mapToInt(Mention::end).findFirst().orElse(-1);
        for (Token t : tokens) {
            if (firstStart >= 0) {
                break;
            } // the longest run of name-like words ending at the first separator
            if (t.start() < firstEnd && t.start() >= firstEnd - MAX_ITEM && firstEnd - t.start() >= 2 && runIsName(tokens, t.start(), firstEnd)) {
                firstStart = t.start();
                break;
            }
        }
        if (firstStart < 0 || !isName(text.substring(firstStart, firstEnd))) {
            return List.of();
        }
        items.add(0, new int[] {firstStart, firstEnd});
        return items;
    }

    private static boolean overlaps(List<Mention> mentions, int[] item) {
        return mentions.stream().anyMatch(m -> m.type() != EntityType.Mechanism && m.start() < item[1] && m.end() > item[0]);
    }

    /** An item that is a word of the language (财政, 企业), not a name HanLP does not know. */
    private boolean commonNoun(List<Token> tokens, int[] item) {
        return tokens.stream().filter(t -> t.start() < item[1] && t.end() > item[0])
                .anyMatch(t -> t.text().length() >= 2 && (t.pos().equals("n") || t.pos().startsWith("v")) && mentions.gazetteer.lookup(t.text()).isEmpty());
    }

    private static int lastSeparator(String text, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private boolean runIsName(List<Token> tokens, int start, int end) {
        return tokens.stream().filter(t -> t.start() >= start && t.end() <= end)
                .allMatch(t -> mentions.nameLike(t) && !t.pos().startsWith("v"))
                && tokens.stream().anyMatch(t -> t.start() == start)
                && tokens.stream().noneMatch(t -> t.start() < end && t.end() > end);
    }

    private boolean isName(String item) {
        return Han.share(item) == 1.0 && AreaMentions.NOT_IN_NAMES.stream().noneMatch(item::contains)
                && mentions.words.notNames().stream().noneMatch(item::startsWith)
                && mentions.gazetteer.lookup(item).stream().noneMatch(g -> g.type() != EntityType.Region);
    }
}
