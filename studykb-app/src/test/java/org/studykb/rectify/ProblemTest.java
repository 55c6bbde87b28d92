package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The explanation shown beside a problem's status agrees with the status and with what it rests on. */
class ProblemTest {

    private static Link link(String kind, String state) {
        return new Link("整改落实/方案.txt", kind + " 的内容", kind, 0.5, state, 1, kind + "-key", "方案", "2009-01-05",
                false, "", "", "", "", "", "", "");
    }

    private static Problem problem(String status, String ruleStatus, String overrideBy, List<Link> links) {
        return new Problem("0123456789abcdef", "会议太多", "作风建设", "学习实践活动", new SourceRef("分析检查/报告.txt", 1),
                status, links, List.of(), "2008-12-12", Status.parse(status).open(), Status.parse(status).overdue(),
                "", "", "", "", ruleStatus, overrideBy, overrideBy.isEmpty() ? "" : "2009-03-01", "", "", "",
                "2009-02-28", List.of());
    }

    @ParameterizedTest(name = "{0} (rules: {1}, override: {2}) with {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            未整改 | 未整改 |      |                 | 未闭环：没有找到整改措施
            整改中 | 整改中 |      | measure         | 未闭环：已有整改措施，尚未见到完成的整改成效
            整改中 | 整改中 |      | rule            | 未闭环：没有找到整改措施，已有建章立制，尚未见到完成的整改成效
            整改中 | 整改中 |      | outcome         | 未闭环：没有找到整改措施，已有整改成效，尚未见到完成的整改成效
            整改中 | 整改中 |      | measure:rejected,rule | 未闭环：没有找到整改措施，已有建章立制，尚未见到完成的整改成效
            整改中 | 未整改 | 李静 |                 | 未闭环：领导改定为整改中；没有找到整改措施，尚未见到完成的整改成效
            超期   | 超期   |      | measure         | 未闭环：完成时限已过，未见完成的整改成效
            整改中 | 超期   | 李静 | measure         | 未闭环：领导改定为整改中；已有整改措施，尚未见到完成的整改成效
            超期   | 整改中 | 李静 | rule            | 未闭环：领导改定为超期；完成时限已过，未见完成的整改成效（没有找到整改措施，已有建章立制）
            已整改 | 已整改 |      | measure,outcome | 已闭环：整改成效显示已完成
            已销号 | 超期   | 李静 | measure         | 已闭环：领导改定为已销号；已销号
            """)
    void theExplanationFollowsTheStatusAndWhatItRestsOn(String status, String ruleStatus, String overrideBy,
                                                        String kinds, String explanation) {
        List<Link> links = kinds == null ? List.of() : java.util.Arrays.stream(kinds.split(","))
                .map(k -> k.contains(":") ? link(k.substring(0, k.indexOf(':')), Link.REJECTED) : link(k, Link.SUGGESTED))
                .toList();
        Problem p = problem(status, ruleStatus, overrideBy == null ? "" : overrideBy, links);
        assertThat(p.explanation()).isEqualTo(explanation);
        if (status.equals("整改中") || status.equals("未整改")) {
            assertThat(p.explanation()).doesNotContain("完成时限已过");
        }
    }
}
