package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.structure.Sentence;
import org.policykg.ingest.text.Han;

/**
 * Mechanisms that share one 机制 in a list closed by 等 or a count: 完善东西部协作、对口支援、对口合作等机制 names
 * 东西部协作机制, 对口支援机制 and 对口合作机制. The first item starts after the verb that governs the list. A word
 * between the count and 机制 is shared too (产业共建、劳务协作三项工作机制 → 产业共建工作机制), and the phrase read
 * around the last item (劳务协作三项工作机制) gives way to the list's names; so does a head of several words (沪港、京港四个合作会议机制).
 */
final class SharedMechanismHead {

    private static final Pattern LIST = Pattern.compile(
            "((?:[\\p{IsHan}&&[^的]]{2,12}[、和及与])+[\\p{IsHan}&&[^的]]{2,12}?)(?:等|等等|[两二三四五六七八九十\\d]+[项个种类](?<kind>(?:合作|协作|联席|高层)?(?:会议|会晤)|工作|长效|协作|合作|协调|联动)?)机制");
    private static final Pattern GOVERNING_VERB = Pattern.compile(".*(?:完善|健全|建立|构建|创新|探索|形成|推进|深化|落实|优化|用好|发挥|加强|强化|把|将|(?:细化|细分|划分|分|整合|拆分)为|包括|包含|涵盖|设立|设置)");
    private static final Pattern SEPARATOR = Pattern.compile("[、和及与]");

    private final EntityRegistry registry;

    SharedMechanismHead(EntityRegistry registry) {
        this.registry = registry;
    }

    List<Mention> find(Sentence sentence, String text, List<Mention> found) {
        List<Mention> added = new ArrayList<>();
        Matcher m = LIST.matcher(text);
        while (m.find()) {
            String list = m.group(1);
            Matcher verb = GOVERNING_VERB.matcher(list);
            int listStart = m.start(1);
            if (verb.lookingAt()) {
                listStart += verb.end();
            } else if (m.start(1) > 0 && Han.share(text.substring(m.start(1) - 1, m.start(1))) == 1.0) {
                continue; // no governing verb and no boundary: the list's start is unknown
            }
            String[] items = SEPARATOR.split(text.substring(listStart, m.end(1)));
            if (items.length < 2) {
                continue;
            }
            String kind = m.group("kind") == null ? "" : m.group("kind");
            int listFrom = listStart;
            found.removeIf(x -> x.type() == EntityType.Mechanism && x.start() >= listFrom && x.end() == m.end() && x.method() == Method.MECHANISM_PHRASE);
            int at = listStart;
            for (String item : items) {
                int start = at;
                int end = at + item.length();
                at = end + 1;
                boolean covered = found.stream().anyMatch(x -> x.start() <= start && x.end() >= end);
                if (item.length() < 2 || item.length() > 10 || item.endsWith("机制") || covered) {
                    continue;
                }
                Entity entity = registry.discovered(EntityType.Mechanism, item + kind + "机制", null, Method.MECHANISM_PHRASE);
                registry.seen(entity.id(), item);
                added.add(new Mention(sentence.id(), entity.id(), EntityType.Mechanism, item, start, end, Method.MECHANISM_PHRASE));
            }
        }
        return added;
    }
}
