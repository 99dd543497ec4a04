package org.policykg.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.Fixtures;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.EntityType;
import org.policykg.ingest.model.Method;
import org.policykg.ingest.model.Relation;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.source.DocumentMeta;
import org.policykg.ingest.structure.Sentence;

class ExtractionTest {

    private static DocumentGraph extract(String text) {
        return Fixtures.pipeline().process(DocumentMeta.untitled("test"), text.getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> names(DocumentGraph g, EntityType type) {
        Set<String> mentioned = g.mentions().stream().map(m -> m.entityId()).collect(Collectors.toSet());
        return g.entities().stream().filter(e -> e.type() == type && mentioned.contains(e.id())).map(Entity::name).collect(Collectors.toSet());
    }

    private static List<String> relations(DocumentGraph g, RelationType type) {
        Map<String, Entity> byId = g.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        return g.relations().stream().filter(r -> r.type() == type)
                .map(r -> byId.get(r.fromId()).name() + " -> " + byId.get(r.toId()).name()).distinct().toList();
    }

    @Test
    void theTitleGivenWithATextSaysWhatItIsAbout() {
        // 结对 pairs help in a document about help; the title may come with the text (API, manifest), not in it
        String body = "杭州市与泸定县结对，宁波市与康定市结对，共建产业园区。";
        DocumentGraph titled = Fixtures.pipeline().process(new DocumentMeta("plan", "浙江省对口支援四川省甘孜州工作方案", List.of(), null, null, "test"),
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(relations(titled, RelationType.ASSISTS)).contains("杭州 -> 泸定县", "宁波 -> 康定市");
        assertThat(relations(titled, RelationType.COOPERATES_WITH)).isEmpty();
        assertThat(relations(extract(body), RelationType.COOPERATES_WITH)).contains("杭州 -> 泸定县");
    }

    @Test
    void findsTheSevenMechanismsOfTheAbstractAsSingleNodes() {
        DocumentGraph doc = Fixtures.corpusDocument("002_");
        List<String> seven = List.of("区域板块差异化发展机制", "动力源地区引领带动机制", "流域生态保护和高质量发展机制",
                "国土空间优化发展保障机制", "区域一体化发展机制", "区域战略统筹机制", "基本公共服务均等化机制");
        assertThat(names(doc, EntityType.Mechanism)).containsAll(seven);
        Sentence abstractSentence = doc.document().sentences().stream()
                .filter(s -> s.text().startsWith("重点构建区域板块差异化发展机制")).findFirst().orElseThrow();
        assertThat(doc.mentions().stream().filter(m -> m.sentenceId().equals(abstractSentence.id()) && m.type() == EntityType.Mechanism)
                .map(m -> m.surface())).containsExactlyElementsOf(seven);
        assertThat(doc.entities().stream().filter(e -> e.name().contains("流域生态保护和高质量发展")).map(e -> e.type() + ":" + e.name()))
                .contains("Mechanism:流域生态保护和高质量发展机制", "Strategy:黄河流域生态保护和高质量发展");
    }

    @Test
    void findsBoardsStrategiesAndBoardTargets() {
        DocumentGraph doc = Fixtures.corpusDocument("002_");
        assertThat(names(doc, EntityType.Region)).contains("东部地区", "中部地区", "西部地区", "东北地区", "京津冀", "长三角", "粤港澳大湾区", "成渝地区双城经济圈");
        assertThat(names(doc, EntityType.Strategy)).contains("西部大开发", "东北全面振兴", "中部地区崛起", "东部率先发展",
                "京津冀协同发展", "长江经济带发展", "黄河流域生态保护和高质量发展", "长三角一体化发展", "海南全面深化改革开放");
        assertThat(relations(doc, RelationType.TARGETS)).contains("西部大开发 -> 西部地区", "东北全面振兴 -> 东北地区",
                "中部地区崛起 -> 中部地区", "东部率先发展 -> 东部地区");
    }

    @Test
    void discoversMechanismsWithASoundLeftBoundary() {
        assertThat(names(extract("推动建立区域间产业转移税收分享机制，创新跨省合作开发模式。"), EntityType.Mechanism))
                .containsExactly("产业转移税收分享机制");
        assertThat(names(extract("对影响机制的讨论不足。我们需要完善市场机制，深化体制机制改革。"), EntityType.Mechanism)).isEmpty();
        DocumentGraph g = extract("积极探索生态产品价值实现新机制。");
        assertThat(names(g, EntityType.Mechanism)).containsExactly("生态产品价值实现机制");
        assertThat(g.entities()).filteredOn(e -> e.type() == EntityType.Mechanism).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("生态产品价值实现新机制"));
    }

    @Test
    void mechanismNamesHoldWordsHanLpDoesNotKnow() {
        // 同城化 comes as 同(p)/城/化, 双向 as an adverb, 对口合作 as a known mechanism's activity word
        assertThat(names(extract("应完善都市圈同城化发展机制和城乡要素双向流动机制。"), EntityType.Mechanism))
                .containsExactlyInAnyOrder("都市圈同城化发展机制", "城乡要素双向流动机制");
        assertThat(names(extract("健全对口合作干部双向挂职机制。"), EntityType.Mechanism)).containsExactly("对口合作干部双向挂职机制");
        // an adverb that qualifies the clause's verb stays outside the name
        assertThat(names(extract("要不断健全区域合作机制。"), EntityType.Mechanism)).containsExactly("区域合作机制");
    }

    @Test
    void placesTheGazetteerLacksCountWhenAListVouchesForThem() {
        assertThat(names(extract("东兴、凭祥、瑞丽等口岸城市的开放水平明显提高。"), EntityType.Region)).contains("东兴", "凭祥", "瑞丽");
        assertThat(names(extract("支持霍尔果斯与喀什联动发展外贸加工产业。"), EntityType.Region)).contains("霍尔果斯", "喀什地区");
        // mountains and rivers, neighbouring countries and a lone guess are not regions
        assertThat(names(extract("保护大小兴安岭、长白山、松花江、辽河等生态屏障。推动广西与越南、老挝、缅甸扩大贸易。"), EntityType.Region))
                .doesNotContain("长白山", "松花江", "辽河", "越南", "老挝", "缅甸");
    }

    @Test
    void aBoardNameAfterAProvinceNamesPartOfThatProvince() {
        DocumentGraph g = extract("辽宁、吉林、黑龙江三省和内蒙古东部地区的营商环境仍有差距，四川西部地区交通不便。");
        // 内蒙古东部地区 is the gazetteer's 蒙东; 四川西部地区 is found by the rule
        assertThat(names(g, EntityType.Region)).contains("蒙东", "四川西部地区", "辽宁", "吉林", "黑龙江")
                .doesNotContain("东部地区", "西部地区");
    }

    /** Cooperation is symmetric: each pair as its two names in sorted order. */
    private static Set<String> partners(String text) {
        return relations(extract(text), RelationType.COOPERATES_WITH).stream()
                .map(r -> r.split(" -> ")).map(p -> p[0].compareTo(p[1]) < 0 ? p[0] + "+" + p[1] : p[1] + "+" + p[0])
                .collect(Collectors.toSet());
    }

    @Test
    void cooperationPartnersAcrossProvinceQualifiersAndOneToManyLists() {
        assertThat(partners("马鞍山与江苏南京和镇江协同制定保护决定。")).contains("南京+马鞍山").noneMatch(p -> p.contains("江苏"));
        assertThat(partners("支持成都与德阳、眉山、资阳共建示范区。")).containsExactlyInAnyOrder("德阳+成都", "成都+眉山", "成都+资阳");
        assertThat(partners("推动福建与宁夏、浙江与四川深化结对合作。")).containsExactlyInAnyOrder("宁夏+福建", "四川+浙江");
    }

    @Test
    void expandsCompositeMentionsAndKeepsLookalikesApart() {
        DocumentGraph g = extract("加大中央财政对中西部地区的转移支付力度。东、中、西部和东北地区义务教育生师比基本持平。打造面向东北亚国际开放高地。");
        assertThat(g.mentions().stream().filter(m -> m.surface().equals("中西部地区")).map(m -> g.entities().stream()
                .filter(e -> e.id().equals(m.entityId())).findFirst().orElseThrow().name()))
                .containsExactlyInAnyOrder("中部地区", "西部地区");
        assertThat(g.mentions().stream().filter(m -> m.surface().startsWith("东、中、西部")).count()).isEqualTo(4);
        assertThat(names(g, EntityType.Region)).containsExactlyInAnyOrder("中部地区", "西部地区", "东部地区", "东北地区");
    }

    @Test
    void resolvesAliasesToOneNode() {
        DocumentGraph g = extract("长江三角洲地区和长三角地区是同一个地方，长三角一体化发展是一项区域重大战略。");
        assertThat(names(g, EntityType.Region)).containsExactly("长三角");
        assertThat(names(g, EntityType.Strategy)).contains("长三角一体化发展");
    }

    @Test
    void aHeadingMechanismServesTheRegionsOfItsSection() {
        DocumentGraph g = extract("""
                一、重点任务

                7.完善基本公共服务均等化机制，在发展中不断保障和改善民生

                加大中央财政对中西部地区的转移支付力度，重点支持教育、医疗等领域。同时，提升东北地区基本公共服务水平。
                """);
        Map<String, Sentence> sentences = g.document().sentences().stream().collect(Collectors.toMap(Sentence::id, Function.identity()));
        assertThat(relations(g, RelationType.SERVES)).contains("基本公共服务均等化机制 -> 中部地区",
                "基本公共服务均等化机制 -> 西部地区", "基本公共服务均等化机制 -> 东北地区");
        Relation r = g.relations().stream().filter(x -> x.method() == Method.HEADING_SCOPE && x.type() == RelationType.SERVES).findFirst().orElseThrow();
        assertThat(r.evidence()).extracting(id -> sentences.get(id).heading()).contains(true, false);
    }

    @Test
    void aHeadingThatOnlyQualifiesAStrategyDoesNotGovern() {
        DocumentGraph g = extract("""
                3.区域重大战略牵引作用有待增强

                京津冀、长三角、粤港澳大湾区作为我国高质量发展的动力源区域，发挥着带动作用。
                """);
        assertThat(relations(g, RelationType.TARGETS)).noneMatch(r -> r.startsWith("区域重大战略"));
        assertThat(relations(g, RelationType.PART_OF)).contains("京津冀 -> 动力源地区", "长三角 -> 动力源地区", "粤港澳大湾区 -> 动力源地区");
    }

    @Test
    void triggerWordsAndEnumerationsStateRelations() {
        DocumentGraph g = extract("进一步完善区际利益补偿机制，促进边境地区、资源型地区等特殊类型地区高质量振兴发展。"
                + "习近平总书记亲自推动京津冀协同发展、长江经济带发展、粤港澳大湾区建设等区域重大战略。");
        assertThat(relations(g, RelationType.SERVES)).contains("区际利益补偿机制 -> 边境地区", "区际利益补偿机制 -> 资源型地区");
        assertThat(relations(g, RelationType.PART_OF)).contains("边境地区 -> 特殊类型地区", "京津冀协同发展 -> 区域重大战略",
                "长江经济带发展 -> 区域重大战略", "粤港澳大湾区建设 -> 区域重大战略");
    }

    @Test
    void geographyTheTextDoesNotStateIsWithinNotPartOf() {
        DocumentGraph g = extract("支持沈阳市建设国家中心城市，推动辽宁全面振兴。作为东部地区经济大省，广东要带头落实区域协调发展战略。");
        // both named, nothing said about it: the gazetteer's geography, kept apart from what the text states
        assertThat(relations(g, RelationType.WITHIN)).contains("沈阳 -> 辽宁").doesNotContain("广东 -> 东部地区");
        assertThat(relations(g, RelationType.PART_OF)).contains("广东 -> 东部地区").doesNotContain("沈阳 -> 辽宁");
    }

    @Test
    void pairsOfADocumentAboutHelpAreHelpEvenWhereTheSentenceOnlySaysPaired() {
        String pairs = "保持现有结对关系总体稳定，即济南市与甘肃省临夏回族自治州、青岛市与甘肃省定西市。";
        DocumentGraph aboutHelp = extract("关于深化鲁甘东西部协作的通知\n\n" + pairs);
        assertThat(relations(aboutHelp, RelationType.ASSISTS)).contains("济南 -> 临夏州", "青岛 -> 定西");
        assertThat(relations(aboutHelp, RelationType.COOPERATES_WITH)).isEmpty();
        DocumentGraph neutral = extract("两省合作情况\n\n" + pairs);
        assertThat(relations(neutral, RelationType.ASSISTS)).isEmpty();
        assertThat(relations(neutral, RelationType.COOPERATES_WITH)).containsAnyOf("临夏州 -> 济南", "济南 -> 临夏州"); // stored once, either way
    }

    @Test
    void mechanismNamesThatHoldRegionsServeThem() {
        DocumentGraph g = extract("重点构建区域板块差异化发展机制。健全边疆地区利益补偿机制。");
        assertThat(relations(g, RelationType.SERVES)).contains("区域板块差异化发展机制 -> 东部地区", "区域板块差异化发展机制 -> 中部地区",
                "区域板块差异化发展机制 -> 西部地区", "区域板块差异化发展机制 -> 东北地区", "边疆地区利益补偿机制 -> 边疆地区");
    }

    @Test
    void cooperationBetweenRegions() {
        DocumentGraph g = extract("深化港深、澳珠全方位合作，加快广佛同城化建设。推动山东半岛城市群与关中平原城市群开展产业协作。");
        assertThat(relations(g, RelationType.COOPERATES_WITH).stream()
                .map(r -> Set.of(r.split(" -> "))).toList())
                .containsExactlyInAnyOrder(Set.of("深圳", "香港"), Set.of("澳门", "珠海"), Set.of("广州", "佛山"),
                        Set.of("山东半岛城市群", "关中平原城市群"));
    }

    private static final String ACRONYM = "(?<![A-Za-z0-9])(?:[A-Z]{2,5}|[A-Z]\\d{1,4})(?![A-Za-z0-9.])";

    @Test
    void everyRelationCitesSentencesOfItsDocumentAndNamesAreClean() {
        for (String prefix : List.of("000_", "001_", "002_", "003_", "004_")) {
            DocumentGraph g = Fixtures.corpusDocument(prefix);
            Set<String> ids = g.document().sentences().stream().map(Sentence::id).collect(Collectors.toSet());
            assertThat(g.relations()).allSatisfy(r -> assertThat(r.evidence()).isNotEmpty().allMatch(ids::contains));
            // acronyms and codes are words of names (G60科创走廊, GDP统计分算机制); other Latin letters and digits are debris
            assertThat(g.entities()).extracting(Entity::name).allSatisfy(name -> assertThat(name.replaceAll(ACRONYM, "甲"))
                    .doesNotContainPattern("\\s|\\[|\\]|[A-Za-z0-9]|^[的和与及等了]|[的和与及对在等了]$"));
            assertThat(g.relations()).extracting(Relation::method).doesNotContainNull();
        }
    }
}
