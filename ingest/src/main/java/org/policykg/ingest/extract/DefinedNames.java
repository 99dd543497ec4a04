package org.policykg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.RegionKind;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.structure.Sentence;

/**
 * Names a text gives to places it has listed: 三河市、大厂回族自治县和香河县（以下简称“北三县”）; 这三个县市被称为北三县.
 * The name is a region of its own, each listed place PART_OF it; a name given to one region (…示范区（以下简称示范区）)
 * is that region's short name. Either way the name is found in later sentences ({@link DocumentNames}).
 */
final class DefinedNames {

    private static final Pattern DEFINES = Pattern.compile(
            "[（(]?(?:以下简称|以下称|下称|简称|统称为|统称|合称|并称|被称为|称为)[“「『\"]?(\\p{IsHan}{2,8}?)[”」』\"]?(?=[）)，。；、]|$)");
    /** What no area is called: documents, measures and counts. */
    private static final Pattern NOT_AN_AREA = Pattern.compile(".*(?:机制|战略|办法|方案|规划|意见|通知|决定|协议|制度|政策|工程|项目|计划)$|^[两二三四五六七八九十各]+[个项]?[省市县区地方州盟旗]+$");

    private final EntityRegistry registry;
    private final List<Definition> all = new ArrayList<>();
    private String previousText = "";
    private List<Mention> previousMentions = List.of();

    DefinedNames(EntityRegistry registry) {
        this.registry = registry;
    }

    /** The mentions of names this sentence defines, and the places each stands for (none: a short name of one region). */
    List<Definition> find(Sentence sentence, List<Mention> found) {
        String text = sentence.analysisText();
        List<Definition> result = new ArrayList<>();
        Matcher m = DEFINES.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (NOT_AN_AREA.matcher(name).matches() || found.stream().anyMatch(x -> x.start() < m.end(1) && x.end() > m.start(1))) {
                continue;
            }
            List<Mention> listed = listBefore(text, found, m.start());
            if (listed.isEmpty() && text.substring(Clauses.startOf(text, m.start()), m.start()).matches("^(?:这|上述|以上|前述)[^，。；]{0,8}")) {
                listed = lastList(previousText, previousMentions); // 这三个县市被称为北三县
            }
            if (listed.isEmpty()) {
                continue;
            }
            Entity area = listed.size() == 1 ? registry.get(listed.get(0).entityId())
                    : registry.discovered(EntityType.Region, name, kindOf(name), Method.REGION_SUFFIX);
            Mention mention = new Mention(sentence.id(), area.id(), EntityType.Region, name, m.start(1), m.end(1), Method.REGION_SUFFIX);
            result.add(new Definition(mention, listed.size() == 1 ? List.of() : listed));
        }
        all.addAll(result);
        previousText = text;
        previousMentions = List.copyOf(found);
        return result;
    }

    /** Every definition read so far. */
    List<Definition> all() {
        return List.copyOf(all);
    }

    /** The places each name stands for are PART_OF it, stated by the sentence that gives the name. */
    void relate(RelationCollector out) {
        for (Definition d : all) {
            Entity area = registry.get(d.name().entityId());
            d.members().forEach(member -> out.add(RelationType.PART_OF, registry.get(member.entityId()), area, Method.ENUMERATION,
                    d.name().sentenceId()));
        }
    }

    /** The list of regions that ends right at {@code end} (only separators between them). */
    private List<Mention> listBefore(String text, List<Mention> mentions, int end) {
        List<Mention> regions = mentions.stream().filter(x -> x.type() == EntityType.Region && x.end() <= end)
                .sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
        if (regions.isEmpty() || regions.get(regions.size() - 1).end() != end) {
            return List.of();
        }
        List<Mention> run = new ArrayList<>();
        run.add(regions.get(regions.size() - 1));
        for (int i = regions.size() - 2; i >= 0; i--) {
            Mention next = run.get(0);
            if (regions.get(i).end() > next.start()) {
                continue; // 大厂 inside 大厂回族自治县: one place
            }
            String between = regions.get(i).end() <= next.start() ? textBetween(text, regions.get(i), next) : null;
            if (between == null || !between.matches("[、和及与]?")) {
                break;
            }
            run.add(0, regions.get(i));
        }
        return run;
    }

    /** The last list of two or more regions of a sentence. */
    private List<Mention> lastList(String text, List<Mention> mentions) {
        for (Mention end : mentions.stream().filter(x -> x.type() == EntityType.Region)
                .sorted(java.util.Comparator.comparingInt(Mention::end).reversed()).toList()) {
            List<Mention> run = listBefore(text, mentions, end.end());
            if (run.size() >= 2) {
                return run;
            }
        }
        return List.of();
    }

    private static String textBetween(String text, Mention a, Mention b) {
        return a.end() <= text.length() && b.start() <= text.length() ? text.substring(a.end(), b.start()) : null;
    }

    private static RegionKind kindOf(String name) {
        return name.endsWith("县") || name.endsWith("市") ? RegionKind.City : RegionKind.SpecialArea;
    }

    record Definition(Mention name, List<Mention> members) {
    }
}
