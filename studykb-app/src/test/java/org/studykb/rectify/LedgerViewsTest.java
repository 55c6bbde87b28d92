package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** 即将超期 and the ledger by responsible leader and unit, judged on 2009-02-28. */
class LedgerViewsTest {

    private static Problem problem(String id, String status, String deadline, String leader, String unit) {
        Status s = Status.parse(status);
        return new Problem(id, "问题" + id, "作风建设", "学习实践活动", new SourceRef("分析检查/报告.txt", 1), status,
                List.of(), List.of(), "2008-12-12", s.open(), s.overdue(), leader, unit, deadline, "", status, "", "",
                "", "", "", "2009-02-28", List.of());
    }

    @ParameterizedTest(name = "{0}, {1}, within {2} days → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            整改中 | 2009-03-10          | 14 | true
            未整改 | 2009-02-28          | 14 | true
            整改中 | 2009-03-14          | 14 | true
            整改中 | 2009-03-15          | 14 | false
            整改中 | 2009-03-15          | 30 | true
            整改中 | 2009-02-27          | 14 | false
            超期   | 2009-03-01          | 14 | false
            已整改 | 2009-03-01          | 14 | false
            已销号 | 2009-03-01          | 14 | false
            整改中 | 立即整改（2009-03-05前） | 14 | true
            整改中 | 长期坚持            | 14 | false
            整改中 | 2009年3月底         | 60 | false
            整改中 | 2009-02-30          | 14 | false
            """)
    void dueSoonIsAnOpenProblemWhoseDatedDeadlineIsNear(String status, String deadline, int days, boolean due) {
        assertThat(problem("1", status, deadline, "", "").dueWithin(days)).isEqualTo(due);
    }

    @Test
    void groupsCountEachLeaderAndUnitOfACellMostOpenFirst() {
        List<Problem> problems = List.of(
                problem("1", "超期", "2009-01-31", "陈立明", "办公室"),
                problem("2", "整改中", "2009-03-05", "陈立明、赵红梅", "办公室，计财科"),
                problem("3", "已整改", "2009-01-31", "赵红梅", "计财科"),
                problem("4", "未整改", "", "", ""));
        assertThat(Ledger.groups(problems, true, 14)).containsExactly(
                new Ledger.Group("陈立明", 2, 2, 1, 1),
                new Ledger.Group("赵红梅", 2, 1, 0, 1));
        assertThat(Ledger.groups(problems, false, 14)).containsExactly(
                new Ledger.Group("办公室", 2, 2, 1, 1),
                new Ledger.Group("计财科", 2, 1, 0, 1));
        Ledger ledger = new Ledger(problems, List.of());
        assertThat(ledger.filter(new LedgerFilter("", "", "", "", false, false, "赵红梅", -1)))
                .extracting(Problem::id).containsExactly("2", "3");
        assertThat(ledger.filter(new LedgerFilter("", "", "", "", false, false, "赵", -1)))
                .as("a leader is a whole name").isEmpty();
        assertThat(ledger.filter(new LedgerFilter("", "", "", "", false, true, "", 14)))
                .extracting(Problem::id).containsExactly("2");
    }
}
