package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policykg.ingest.gazetteer.Gazetteer;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.segment.Token;
import org.policykg.ingest.text.Han;

/**
 * Places the gazetteer does not list (county-level cities such as 东兴, 凭祥, 霍尔果斯), taken from HanLP's place
 * recognition only where a list vouches for them: names joined by 、/与/和/及 next to a known region
 * (霍尔果斯与喀什), or three or more recognised places in one list (东兴、凭祥、瑞丽). A lone guess is not trusted.
 */
final class PlaceLists {

    private static final Set<String> JOINERS = Set.of("、", "与", "和", "及");
    private static final int MIN_UNANCHORED = 3;
    /** Mountains, rivers and lakes (长白山, 松花江, 辽河) and counted provinces (三省) are places but no regions here. */
    private static final java.util.regex.Pattern NOT_A_REGION = java.util.regex.Pattern.compile("[山岭江河湖海峰峡岛]$|[一二三四五六七八九十两]");

    private final Gazetteer gazetteer;

    PlaceLists(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The tokens to read as places, given the mentions already found in the sentence. */
    List<Token> find(List<Token> tokens, List<Mention> mentions) {
        List<Token> result = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isItem(tokens.get(i), mentions)) {
                i++;
                continue;
            }
            // a list: item (joiner item)*
            List<Token> candidates = new ArrayList<>();
            boolean anchored = false;
            int items = 0;
            int j = i;
            while (true) {
                Token item = tokens.get(j);
                if (isKnownRegion(item, mentions)) {
                    anchored = true;
                } else {
                    candidates.add(item);
                }
                items++;
                if (j + 2 < tokens.size() && JOINERS.contains(tokens.get(j + 1).text()) && isItem(tokens.get(j + 2), mentions)) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (items >= 2 && (anchored || candidates.size() >= MIN_UNANCHORED)) {
                result.addAll(candidates);
            }
            i = j + 1;
        }
        return result;
    }

    private boolean isItem(Token token, List<Mention> mentions) {
        return isKnownRegion(token, mentions) || isCandidate(token, mentions);
    }

    private static boolean isKnownRegion(Token token, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.type() == EntityType.Region && m.start() <= token.start() && m.end() >= token.end());
    }

    private static final java.util.regex.Pattern COUNTY = java.util.regex.Pattern.compile("\\p{IsHan}{2,3}[县旗]");

    private boolean isCandidate(Token token, List<Mention> mentions) {
        String t = token.text();
        // 永新县/nr: HanLP may read a county's name as a person's; with 县 or 旗 it is a place
        boolean county = (token.pos().equals("nr") || token.pos().equals("nz")) && COUNTY.matcher(t).matches();
        return (token.isPlace() || county) && t.length() >= 2 && t.length() <= 4 && Han.share(t) == 1.0 && !NOT_A_REGION.matcher(t).find()
                && gazetteer.lookup(t).isEmpty() && !gazetteer.isBlocked(t)
                && mentions.stream().noneMatch(m -> m.start() < token.end() && m.end() > token.start());
    }
}
