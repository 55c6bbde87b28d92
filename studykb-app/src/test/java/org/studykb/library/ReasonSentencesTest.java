package org.studykb.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.studykb.ingest.Provenance;

class ReasonSentencesTest {

    /** One provenance as the ingest code makes it, per kind, with its sentence. */
    static Stream<Arguments> made() {
        return Stream.of(
                Arguments.of(new Provenance("metadata", "", "学习体会"), "取自文件属性「学习体会」"),
                Arguments.of(new Provenance("metadata", "", "created 2013-12-10"), "取自文件属性中的创建时间 2013-12-10"),
                Arguments.of(new Provenance("heading", "", "中共某某委员会"), "取自文头「中共某某委员会」"),
                Arguments.of(new Provenance("first-line", "", "在党课上的讲话"), "取自文件首行「在党课上的讲话」"),
                Arguments.of(new Provenance("signature", "", "2013年12月10日"), "取自落款「2013年12月10日」"),
                Arguments.of(new Provenance("text", "", "2013年12月"), "取自正文「2013年12月」"),
                Arguments.of(new Provenance("filename", "", "讲稿.docx"), "取自文件名「讲稿.docx」"),
                Arguments.of(new Provenance("as-of", "", "1月23日 → 2009-01-23"), "取自标题中的截至日期「1月23日 → 2009-01-23」"),
                Arguments.of(new Provenance("table", "", "2月16日 → 2009-02-16"),
                        "取自表中报告的最晚日期（不计完成时限列）「2月16日 → 2009-02-16」"),
                Arguments.of(Provenance.ruleMatch("党课讲稿", "讲稿", "title"), "标题中含「讲稿」（规则「党课讲稿」）"),
                Arguments.of(Provenance.ruleMatch("心得", "体会", "body"), "正文中含「体会」（规则「心得」）"),
                Arguments.of(Provenance.ruleMatch("方案", "方案", "filename"), "文件名中含「方案」（规则「方案」）"),
                Arguments.of(new Provenance("rule", "分析检查", "转入「整改」 → the phase before: 分析检查 @title"),
                        "标题中含「转入「整改」」，归入前一阶段「分析检查」"),
                Arguments.of(new Provenance("rule", "access.yml", "内部/"), "按 access.yml 的规定（「内部/」）"),
                Arguments.of(new Provenance("date-range", "群众路线", "2013-12-10 in 2013-06-18..2014-10-08"),
                        "按文件日期 2013-12-10 落在「群众路线」的时间内（2013-06-18 至 2014-10-08）"),
                Arguments.of(new Provenance("date-range", "群众路线", "2013-12 (mentioned in text) in 2013-06-18..?"),
                        "按正文提到的日期 2013-12 落在「群众路线」的时间内（2013-06-18 至 不限）"),
                Arguments.of(new Provenance("date-range", "群众路线/整改落实、建章立制",
                        "2013-12-10 in 2013-12-01..2014-09-30"), "按文件日期 2013-12-10 落在「整改落实、建章立制」阶段"),
                Arguments.of(new Provenance("type-phase", "群众路线", "type 整改方案 belongs to 整改落实"),
                        "按类型「整改方案」归入「整改落实」阶段"),
                Arguments.of(new Provenance("manual", "", "张三 于 2026-12-06 11:21 人工设定；原推断为「方案」（"
                        + Provenance.ruleMatch("方案", "方案", "title").describe() + "）"),
                        "张三 于 2026-12-06 11:21 人工设定；原推断为「方案」（标题中含「方案」（规则「方案」））"),
                Arguments.of(new Provenance("manual", "", "张三 于 2026-12-06 11:21 人工设定；原先未能推断"),
                        "张三 于 2026-12-06 11:21 人工设定；原先未能推断"),
                Arguments.of(new Provenance("manual", "", ""), "人工设定"),
                Arguments.of(Provenance.none(), ""));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("made")
    void everyKindTheIngestCodeMakesReadsAsASentence(Provenance p, String sentence) {
        assertThat(ReasonSentences.of(p.describe())).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyKindHasAnExampleAboveAndASentenceWithoutTheMachineWords(String source) {
        assertThat(made().map(a -> ((Provenance) a.get()[0]).source())).as("an example of " + source)
                .contains(source);
        String sentence = ReasonSentences.of(new Provenance(source, "某规则", "证据").describe());
        if (!source.equals("none")) {
            assertThat(sentence).as(source).contains("证据").doesNotContain(source).isNotEqualTo("证据");
        }
        assertThat(sentence).doesNotContainPattern("[a-z]{3,}");
    }

    static Stream<String> kinds() {
        return Provenance.SOURCES.stream();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", ""})
    void nothingKnownIsNoSentence(String line) {
        assertThat(ReasonSentences.of(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"guessed 「x」", "某人手写的说明"})
    void aLineOfNoKnownKindStaysAsItIs(String line) {
        assertThat(ReasonSentences.of(line)).isEqualTo(line);
    }

    @org.junit.jupiter.api.Test
    void aProvenanceOfAnUnknownKindIsRefusedWhereItIsMade() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Provenance("guessed", "", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ReasonSentences");
        assertThat(Map.of("line", Provenance.described("rule x matched 「y」 in title").describe()))
                .containsEntry("line", "rule x matched 「y」 in title");
    }
}
