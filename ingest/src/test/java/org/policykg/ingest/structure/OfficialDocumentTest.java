package org.policykg.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.Fixtures;
import org.policykg.ingest.model.DocumentGraph;
import org.policykg.ingest.model.Entity;
import org.policykg.ingest.model.Mention;
import org.policykg.ingest.model.Relation;
import org.policykg.ingest.model.RelationType;
import org.policykg.ingest.source.DocumentMeta;

/**
 * Official documents through the whole pipeline: their marks (document number, salutation, signature, date, 附件,
 * 抄送 …) are recognised as such and yield no entity, relation or section, while the body's facts are found.
 * The three texts under {@code src/test/resources/structure/} are written for this test in the shapes such
 * documents take.
 */
class OfficialDocumentTest {

    private static final Path TEXTS = Path.of("src", "test", "resources", "structure");

    @Test
    void anOpinionWithSalutationAndSignature() {
        DocumentGraph graph = process("yijian_zhongxibu.txt");
        StructuredDocument doc = graph.document();

        assertThat(placeOf(doc, "国务院关于健全区际利益补偿机制")).isEqualTo(tuple(Zone.FRONT_MATTER, false, ""));
        assertThat(placeOf(doc, "国发〔2025〕9号")).isEqualTo(tuple(Zone.OFFICIAL_MARKS, false, ""));
        assertThat(placeOf(doc, "各省、自治区、直辖市人民政府")).isEqualTo(tuple(Zone.OFFICIAL_MARKS, false, ""));
        // the body starts at its first real paragraph, before any numbered heading
        assertThat(placeOf(doc, "推动区域协调发展是实现共同富裕")).isEqualTo(tuple(Zone.BODY, false, ""));
        assertThat(placeOf(doc, "国务院")).isEqualTo(tuple(Zone.OFFICIAL_MARKS, false, ""));
        assertThat(placeOf(doc, "2025年3月12日")).isEqualTo(tuple(Zone.OFFICIAL_MARKS, false, ""));
        assertThat(placeOf(doc, "（此件公开发布）")).isEqualTo(tuple(Zone.OFFICIAL_MARKS, false, ""));
        assertThat(doc.sections()).extracting(Section::level, Section::pathText).containsExactly(
                tuple(0, ""),
                tuple(1, "总体要求"),
                tuple(1, "重点任务"),
                tuple(2, "重点任务 > 完善区际利益补偿机制"),
                tuple(2, "重点任务 > 健全横向生态保护补偿机制"),
                tuple(1, "组织实施"));

        assertFactsOnlyFromTheBody(graph);
        assertThat(related(graph, RelationType.SERVES, "区际利益补偿机制")).contains("西部地区", "东北地区");
        assertThat(related(graph, RelationType.SERVES, "横向生态保护补偿机制")).contains("长江经济带");
    }

    @Test
    void aNoticeThatIssuesAnAttachedPlan() {
        DocumentGraph graph = process("tongzhi_fangan_duikou.txt");
        StructuredDocument doc = graph.document();
        String plan = "东北地区与东部地区对口合作深化实施方案";

        assertThat(placeOf(doc, "国家发展改革委关于印发")).isEqualTo(tuple(Zone.FRONT_MATTER, false, ""));
        assertThat(placeOf(doc, "各省、自治区、直辖市及新疆生产建设兵团")).isEqualTo(tuple(Zone.OFFICIAL_MARKS, false, ""));
        assertThat(placeOf(doc, "为贯彻落实东北全面振兴战略部署")).isEqualTo(tuple(Zone.BODY, false, ""));
        assertThat(placeOf(doc, "附件：" + plan)).isEqualTo(tuple(Zone.OFFICIAL_MARKS, false, ""));
        assertThat(placeOf(doc, "国家发展改革委")).isEqualTo(tuple(Zone.OFFICIAL_MARKS, false, ""));
        assertThat(placeOf(doc, "附件")).isEqualTo(tuple(Zone.OFFICIAL_MARKS, false, ""));
        // the attached plan: its title heads a section, and its own sections nest under it
        assertThat(placeOf(doc, plan)).isEqualTo(tuple(Zone.FRONT_MATTER, true, plan));
        assertThat(placeOf(doc, "对口合作是推动东北全面振兴")).isEqualTo(tuple(Zone.BODY, false, plan));
        assertThat(doc.sections()).extracting(Section::level, Section::pathText).containsExactly(
                tuple(0, ""),
                tuple(1, plan),
                tuple(2, plan + " > 总体思路"),
                tuple(2, plan + " > 重点任务"),
                tuple(3, plan + " > 重点任务 > 健全干部双向挂职机制"),
                tuple(3, plan + " > 重点任务 > 完善飞地园区收益分成机制"),
                tuple(2, plan + " > 保障措施"));
        assertThat(placeOf(doc, "来源：")).isEqualTo(tuple(Zone.FRONT_MATTER, false, plan + " > 保障措施"));
        assertThat(placeOf(doc, "责任编辑：")).isEqualTo(tuple(Zone.FRONT_MATTER, false, plan + " > 保障措施"));

        assertFactsOnlyFromTheBody(graph);
        assertThat(names(graph)).doesNotContain("新疆"); // named only by the salutation
        // the plan is the substance: its sections' mechanisms and regions are found, with the plan as their section
        assertThat(related(graph, RelationType.SERVES, "对口合作干部双向挂职机制")).contains("沈阳", "大连");
        assertThat(related(graph, RelationType.SERVES, "飞地园区收益分成机制")).contains("哈尔滨", "深圳");
        assertThat(related(graph, RelationType.COOPERATES_WITH, "江苏")).contains("辽宁");
        Relation enclave = relation(graph, RelationType.SERVES, "飞地园区收益分成机制", "哈尔滨");
        Map<String, Section> sections = doc.sectionsById();
        assertThat(enclave.evidence()).allSatisfy(id ->
                assertThat(sections.get(sentence(doc, id).sectionId()).path()).startsWith(plan));
    }

    @Test
    void aNoticeWithAttachmentListAndCopies() {
        DocumentGraph graph = process("tongzhi_fujian_chaosong.txt");
        StructuredDocument doc = graph.document();

        assertThat(placeOf(doc, "财政部国家发展改革委关于")).isEqualTo(tuple(Zone.FRONT_MATTER, false, ""));
        assertThat(placeOf(doc, "财预〔2025〕27号")).isEqualTo(tuple(Zone.OFFICIAL_MARKS, false, ""));
        assertThat(placeOf(doc, "北京市、天津市财政局")).isEqualTo(tuple(Zone.OFFICIAL_MARKS, false, ""));
        // a first paragraph that announces what follows is body, though it ends in a colon
        assertThat(placeOf(doc, "为推进京津冀协同发展")).isEqualTo(tuple(Zone.BODY, false, ""));
        for (String mark : List.of("特此通知。", "附件：1.", "2.粤港澳大湾区", "财政部国家发展改革委", "2025年5月20日",
                "（联系人：", "主题词：", "抄送：", "财政部办公厅2025年5月21日印发")) {
            assertThat(placeOf(doc, mark)).as(mark).isEqualTo(tuple(Zone.OFFICIAL_MARKS, false, ""));
        }
        assertThat(doc.sections()).extracting(Section::title)
                .containsExactly(doc.sections().get(0).title(), "加强资金统筹", "健全横向生态保护补偿机制", "强化绩效管理");

        assertFactsOnlyFromTheBody(graph);
        // named only by the attachment list and the copies line
        assertThat(names(graph)).doesNotContain("粤港澳大湾区", "上海", "重庆");
        assertThat(related(graph, RelationType.SERVES, "横向生态保护补偿机制")).contains("北京", "天津", "河北");
        assertThat(related(graph, RelationType.TARGETS, "京津冀协同发展")).contains("京津冀");
    }

    private static DocumentGraph process(String file) {
        try {
            return Fixtures.pipeline().process(DocumentMeta.untitled(file), Files.readAllBytes(TEXTS.resolve(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Zone, whether a heading, and section path of the sentence that reads {@code text}, or else of the first that
     * starts with it.
     */
    private static org.assertj.core.groups.Tuple placeOf(StructuredDocument doc, String text) {
        Sentence s = doc.sentences().stream().filter(x -> x.text().equals(text)).findFirst()
                .or(() -> doc.sentences().stream().filter(x -> x.text().startsWith(text)).findFirst())
                .orElseThrow(() -> new AssertionError("no sentence starts with " + text));
        return tuple(s.zone(), s.heading(), doc.sectionsById().get(s.sectionId()).pathText());
    }

    private static Sentence sentence(StructuredDocument doc, String id) {
        return doc.sentences().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** Every mention and every piece of evidence comes from a body sentence. */
    private static void assertFactsOnlyFromTheBody(DocumentGraph graph) {
        Set<String> factSentences = new HashSet<>();
        graph.mentions().stream().map(Mention::sentenceId).forEach(factSentences::add);
        graph.relations().forEach(r -> factSentences.addAll(r.evidence()));
        assertThat(graph.mentions()).isNotEmpty();
        assertThat(factSentences).allSatisfy(id -> {
            Sentence s = sentence(graph.document(), id);
            assertThat(s.zone()).as(s.text()).isEqualTo(Zone.BODY);
        });
    }

    private static Set<String> names(DocumentGraph graph) {
        return graph.entities().stream().map(Entity::name).collect(Collectors.toSet());
    }

    private static Map<String, String> namesById(DocumentGraph graph) {
        return graph.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name, (a, b) -> a));
    }

    /** The names of the entities {@code from} has a relation of {@code type} with, either way round. */
    private static Set<String> related(DocumentGraph graph, RelationType type, String from) {
        Map<String, String> names = namesById(graph);
        Set<String> result = new HashSet<>();
        for (Relation r : graph.relations()) {
            if (r.type() == type && from.equals(names.get(r.fromId()))) {
                result.add(names.get(r.toId()));
            } else if (r.type() == type && from.equals(names.get(r.toId()))) {
                result.add(names.get(r.fromId()));
            }
        }
        return result;
    }

    private static Relation relation(DocumentGraph graph, RelationType type, String from, String to) {
        Map<String, String> names = namesById(graph);
        return graph.relations().stream().filter(r -> r.type() == type && from.equals(names.get(r.fromId()))
                && to.equals(names.get(r.toId()))).findFirst().orElseThrow();
    }
}
