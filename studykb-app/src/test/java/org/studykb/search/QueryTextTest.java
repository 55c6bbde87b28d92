package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "下基层 调研|下基层 调研",
            "\"民主生活会\" 整改|\"民主生活会\" 整改",
            "党课 OR 讲稿|党课 OR 讲稿",
            "党课 -心得|党课 -心得",
            "整改 -\"回头看\"|整改 -\"回头看\"",
            "type:整改方案 措施|措施 type:整改方案",
            "阶段：分析检查 意见|意见 phase:分析检查",
            "title:党课|title:党课",
            "“科学发展观”|\"科学发展观\"",
            "AND 党课|党课",
    })
    void readsSyntax(String query, String interpreted) {
        ParsedQuery parsed = QueryText.parse(query);
        assertThat(parsed.interpreted()).isEqualTo(interpreted);
        assertThat(parsed.notices()).isEmpty();
    }

    @Test
    void barIsOr() {
        assertThat(QueryText.parse("党课 | 讲稿").interpreted()).isEqualTo("党课 OR 讲稿");
    }

    @Test
    void filtersOfOneFieldAreAlternatives() {
        ParsedQuery parsed = QueryText.parse("type:党课讲稿 type:心得体会 year:2008");
        assertThat(parsed.filters()).isEqualTo(Map.of("type", List.of("党课讲稿", "心得体会"), "year", List.of("2008")));
        assertThat(parsed.groups()).isEmpty();
        assertThat(parsed.isEmpty()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "\"民主生活会|民主生活会|引号没有配对",
            "OR|''|OR",
            "党课 OR|党课|OR",
            "-心得|''|只有排除词",
            "\"\"|''|空引号",
            "type:|''|缺少内容",
    })
    void malformedQueriesAreReadAsTextWithANotice(String query, String interpreted, String notice) {
        ParsedQuery parsed = QueryText.parse(query);
        assertThat(parsed.interpreted()).isEqualTo(interpreted);
        assertThat(parsed.notices()).anySatisfy(n -> assertThat(n).contains(notice));
    }

    @Test
    void controlCharactersAreDroppedWithANotice() {
        ParsedQuery parsed = QueryText.parse("整改\u0000落实\u0007\u202E");
        assertThat(parsed.interpreted()).isEqualTo("整改 落实");
        assertThat(parsed.notices()).anySatisfy(n -> assertThat(n).contains("控制字符"));
    }

    @Test
    void hugeQueriesAreCutWithANotice() {
        ParsedQuery parsed = QueryText.parse("整".repeat(10_000));
        assertThat(parsed.groups()).hasSize(1);
        assertThat(parsed.groups().get(0).get(0).text()).hasSize(QueryText.MAX_LENGTH);
        assertThat(parsed.notices()).anySatisfy(n -> assertThat(n).contains("查询过长"));
    }

    @Test
    void loneSurrogateIsDroppedAndPairsKept() {
        ParsedQuery parsed = QueryText.parse("\uD842 𠮷野家");
        assertThat(parsed.interpreted()).isEqualTo("𠮷野家");
    }

    @Test
    void randomInputNeverThrows() {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "\"-:|()[]{}^~*?\\/ OR AND type:title: 党课整改\u3000\uFF02\u0000\uD800";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ParsedQuery parsed = QueryText.parse(sb.toString());
            assertThat(parsed.interpreted()).isNotNull();
            String again = QueryText.parse(parsed.interpreted()).interpreted();
            assertThat(QueryText.parse(again).interpreted()).as("from %s", sb).isEqualTo(again);
        }
    }
}
