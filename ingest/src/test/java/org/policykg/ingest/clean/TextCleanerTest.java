package org.policykg.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policykg.ingest.script.AnalysisForm;
import org.policykg.ingest.segment.HanLpSimplifier;

import com.hankcs.hanlp.HanLP;

/** Cases are extraction damage copied from the corpus. */
class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    private List<String> clean(String text) {
        return cleaner.clean(text).stream().map(Block::text).toList();
    }

    @Test
    void removesStraySpacesInsideChineseWords() {
        assertThat(clean("不断完善区域一体化发 展体制机制，建立健全毗 邻省市规划对接机制。"))
                .containsExactly("不断完善区域一体化发展体制机制，建立健全毗邻省市规划对接机制。");
        assertThat(clean("推动区域协 调 发 展迈上新台阶。")).containsExactly("推动区域协调发展迈上新台阶。");
    }

    @Test
    void repairsNumbersSplitBySpacesAndLines() {
        assertThat(clean("京津冀三地的经济总量从 2014 年的 5. 87\n万亿元跃升至 2023 年的 10. 44 万亿元。"))
                .containsExactly("京津冀三地的经济总量从2014年的5.87万亿元跃升至2023年的10.44万亿元。");
        assertThat(clean("共计 3\n \n108 户次企业享受西部大开发税收优惠政策。"))
                .containsExactly("共计3108户次企业享受西部大开发税收优惠政策。");
    }

    @Test
    void keepsAJournalHeadingApartFromTheMetadataLineThatEndsInANumber() {
        assertThat(clean("中图分类号：F127　文献标识码：A　文章编号：1672-0000（2026）04-0031-09\n\n1 引言\n\n宁夏沿黄城市群由银川、吴忠组成。"))
                .containsExactly("中图分类号：F127文献标识码：A 文章编号：1672-0000（2026）04-0031-09", "1引言", "宁夏沿黄城市群由银川、吴忠组成。");
    }

    @Test
    void joinsNewspaperColumnsIntoParagraphs() {
        String column = """
                中国式现代化是惠及 14
                亿多人口的现代化，是全体
                人民共同富裕的现代化。习
                近平总书记指出，统筹区域
                发展从来都是一个重大问题。
                """;
        assertThat(clean(column)).containsExactly(
                "中国式现代化是惠及14亿多人口的现代化，是全体人民共同富裕的现代化。习近平总书记指出，统筹区域发展从来都是一个重大问题。");
    }

    @Test
    void joinsAPdfLineBrokenByABlankLineButKeepsHeadingsApart() {
        String pdf = """
                一、推进实施区域协调发展机制,
                是新时代十二年促进中国区域发展实践的有效举措

                党的十八大以来,以习近平同志为核心的党中央遵循客观规律不断调整和完善区域发展理念、
                机制与政策体系,围绕发挥地区比较优势、推动区域经济高质量发展作出了系列重大战略部署,产

                生的最大理论成果是新时代习近平总书记关于区域协调发展的一系列重要论述。
                """;
        assertThat(clean(pdf)).containsExactly(
                "一、推进实施区域协调发展机制，是新时代十二年促进中国区域发展实践的有效举措",
                "党的十八大以来，以习近平同志为核心的党中央遵循客观规律不断调整和完善区域发展理念、机制与政策体系，"
                        + "围绕发挥地区比较优势、推动区域经济高质量发展作出了系列重大战略部署，产生的最大理论成果是新时代习近平总书记关于区域协调发展的一系列重要论述。");
    }

    @Test
    void joinsAnEnglishAbstractPrintedOneWordPerLine() {
        assertThat(clean(" Abstract \n\nImproving\n \nthe\n \nmechanism\n \nfor\n \nimplementing\n"))
                .containsExactly("Abstract Improving the mechanism for implementing");
    }

    @Test
    void dropsFootnoteMarksCitationsMarkupAndPrivateUseGlyphs() {
        assertThat(clean("## 完善实施区域协调发展战略机制\\*")).containsExactly("完善实施区域协调发展战略机制");
        assertThat(clean("区域协调发展是推动高质量发展的必然要求<sup>[1]</sup>。")).containsExactly("区域协调发展是推动高质量发展的必然要求。");
        assertThat(clean("形成了具有鲜明时代特征的区域协调发展理论[9] 。")).containsExactly("形成了具有鲜明时代特征的区域协调发展理论。");
        assertThat(clean("平均航班正常率为 87. 80%③。")).containsExactly("平均航班正常率为87.80%。");
        assertThat(clean("**关键词：** 区域协调发展")).containsExactly("关键词：区域协调发展");
        assertThat(clean("China\uDBC0\uDDB6 s coordinated development")).containsExactly("China s coordinated development");
    }

    @Test
    void makesPunctuationFullWidthInChineseText() {
        assertThat(clean("我国幅员辽阔,区域发展差异大;统筹区域发展(见图1)是重大问题。"))
                .containsExactly("我国幅员辽阔，区域发展差异大；统筹区域发展（见图1）是重大问题。");
        assertThat(clean("打破\"一亩三分地\"思维定式。")).containsExactly("打破“一亩三分地”思维定式。");
    }

    @Test
    void dropsPageNumbersCaptionsAndChartLeftovers() {
        String text = """
                区域协调发展取得历史性成就。

                4

                东北地区 1 (10%) 东部地区 3 (30%)

                图 2 2024年我国前四大重点产业在四大板块的布局占比

                数据来源:2025年各省(区、市)政府工作报告。
                """;
        assertThat(clean(text)).containsExactly("区域协调发展取得历史性成就。");
    }

    @Test
    void marksStandaloneHeadlinesButNotBrokenLines() {
        List<Block> blocks = new TextCleaner((left, right) -> left.endsWith("一") && right.startsWith("路"))
                .clean("前文结束。\n\n认识促进区域协调发展的重大意义\n\n促进区域协调发展，是解决发展不平衡不充分问题的重要途径，是推动高质量发展、促进共同富裕的内在要求。"
                        + "\n\n沿着合作区通港大道一\n\n路向东，一条新能源汽车产业走廊贯穿合作区，比亚迪汽车工业园二期已经建成投产。\n");
        assertThat(blocks).extracting(Block::text, Block::standalone).containsExactly(
                org.assertj.core.groups.Tuple.tuple("前文结束。", false),
                org.assertj.core.groups.Tuple.tuple("认识促进区域协调发展的重大意义", true),
                org.assertj.core.groups.Tuple.tuple("促进区域协调发展，是解决发展不平衡不充分问题的重要途径，是推动高质量发展、促进共同富裕的内在要求。", false),
                org.assertj.core.groups.Tuple.tuple("沿着合作区通港大道一路向东，一条新能源汽车产业走廊贯穿合作区，比亚迪汽车工业园二期已经建成投产。", false));
    }

    @Test
    void cleansATraditionalTextAsItsSimplifiedFormAndKeepsItAsWritten() {
        String simplified = """
                区域协调发展取得历史性成就。

                图 2 2024年我国前四大重点产业在四大板块的布局占比

                数据来源:2025年各省(区、市)政府工作报告。

                关键词：区域协调发展
                对口合作
                """;
        List<String> expected = clean(simplified);
        assertThat(expected).containsExactly("区域协调发展取得历史性成就。", "关键词：区域协调发展", "对口合作");

        String traditional = HanLP.s2t(simplified);
        HanLpSimplifier simplifier = new HanLpSimplifier();
        AnalysisForm form = simplifier::simplify;
        List<String> cleaned = cleaner.clean(traditional, form).stream().map(Block::text).toList();
        assertThat(cleaned).containsExactlyElementsOf(expected.stream().map(HanLP::s2t).toList());
        assertThat(cleaned.get(1)).isEqualTo("關鍵詞：區域協調發展");
        // read as written, the caption (圖), the source line (數據來源) and the keyword line (關鍵詞) go unrecognised
        assertThat(clean(traditional)).hasSizeGreaterThan(cleaned.size());
    }

    /** Made-up lines in the shape of an official document's head and close. */
    private static final String OFFICIAL = """
            国务院关于健全区际利益补偿机制的意见
            国发〔2025〕9号
            各地区要把区域协调发展摆在更加突出的位置，健全区际利益补偿机制，加大对欠发达地区的支持力度，推动基本公共服务均等化，促进各类要素合理流动和高效集聚。
            附件：区域协调发展重点任务清单
            国家发展改革委
            2025年4月8日
            附件
            区域协调发展重点任务清单（2025—2027年）
            为健全区际利益补偿机制，制定本清单。
            """;

    private static final List<String> OFFICIAL_BLOCKS = List.of(
            "国务院关于健全区际利益补偿机制的意见",
            "国发〔2025〕9号",
            "各地区要把区域协调发展摆在更加突出的位置，健全区际利益补偿机制，加大对欠发达地区的支持力度，推动基本公共服务均等化，促进各类要素合理流动和高效集聚。",
            "附件：区域协调发展重点任务清单",
            "国家发展改革委",
            "2025年4月8日",
            "附件",
            "区域协调发展重点任务清单（2025—2027年）",
            "为健全区际利益补偿机制，制定本清单。");

    @Test
    void keepsTitleNumberSignatureDateAndAttachmentLinesApart() {
        assertThat(clean(OFFICIAL)).containsExactlyElementsOf(OFFICIAL_BLOCKS);
        // an organ's name that a newspaper column breaks onto a line of its own still belongs to its sentence
        assertThat(clean("近日，记者从\n国家发展改革委\n获悉，东部地区\n与东北地区对口\n合作不断深化。"))
                .containsExactly("近日，记者从国家发展改革委获悉，东部地区与东北地区对口合作不断深化。");
    }

    /** The marks are read in the analysis form: 國發〔2025〕9號 and 國家發展改革委 are a number and a signature too. */
    @Test
    void keepsTheMarksOfATraditionalOfficialDocumentApartAsWritten() {
        String traditional = HanLP.s2t(OFFICIAL);
        AnalysisForm form = new HanLpSimplifier()::simplify;
        List<String> cleaned = cleaner.clean(traditional, form).stream().map(Block::text).toList();
        assertThat(cleaned).containsExactlyElementsOf(OFFICIAL_BLOCKS.stream().map(HanLP::s2t).toList());
        assertThat(cleaned.get(1)).isEqualTo("國發〔2025〕9號");
        // read as written, the number and the signature are not marks and run into the lines that follow them
        assertThat(clean(traditional)).hasSizeLessThan(cleaned.size());
    }
}
