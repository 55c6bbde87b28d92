package org.studykb.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SuggestLinksTest {
    static final RectifyRules RULES = Docs.rules();
    static final Optional<LocalDate> JAN = Optional.of(LocalDate.of(2014, 1, 31));

    static Measure measure(String id, String path, String problem, String text, String progress, boolean row) {
        return new Measure(id, path, path, Docs.C1, JAN, JAN, 1, problem, text, "张华", "办公室",
                Deadline.none("立即执行"), progress, row);
    }

    @Test
    void theProgressOfALedgerRowRestatingALinkedMeasureIsThatMeasuresOutcome() throws IOException {
        Measure plan = measure("plan", "整改落实/方案.docx", "", "机关人员下基层检查一律在单位职工食堂就餐并按标准交纳伙食费，不得饮酒",
                "", false);
        Measure row = measure("row", "整改落实/台账.xlsx", "", "下基层在职工食堂就餐", "已完成。第四季度费用同比下降58%。", true);
        Outcome done = new ExtractOutcomes(RULES, StableId.ephemeral()).progress(row).orElseThrow();
        Outcome unrelated = new Outcome("other", "整改落实/台账.xlsx", "台账", Docs.C1, JAN, 2, "已完成。新建档案库房已投入使用。",
                false, Result.已完成, "elsewhere");
        List<Target> targets = List.of(Target.of(plan), Target.of(row), Target.of(done), Target.of(unrelated));
        Raised problem = new Raised("p", "分析检查/对照检查材料.docx", "对照检查材料", "对照检查材料", Docs.C1,
                Optional.of(LocalDate.of(2013, 9, 1)), 3, "1．", "下基层检查时由基层单位安排工作餐，有时还饮酒", "", true);
        List<Cluster> clusters = List.of(new Cluster(List.of(problem)));
        Map<String, String> groups = Map.of(Target.of(plan).key(), "g", Target.of(row).key(), "g");

        List<SuggestLinks.Scored> scored = new SuggestLinks(LedgerFixtures.analyzers(), RULES.thresholds(), false)
                .suggest(clusters, targets, groups).get(0);

        double measureScore = scored.stream().filter(s -> s.target().key().equals(Target.of(plan).key()))
                .mapToDouble(SuggestLinks.Scored::score).findFirst().orElse(0);
        assertThat(measureScore).as("the plan's measure is found by search").isGreaterThanOrEqualTo(
                RULES.thresholds().suggest());
        assertThat(scored).filteredOn(s -> s.target().key().equals(Target.of(done).key())).singleElement()
                .satisfies(s -> assertThat(s.score()).as("the row's 完成情况 shares no word with the problem, yet scores "
                        + "what the measure it reports on scores").isGreaterThanOrEqualTo(measureScore));
        assertThat(scored).noneMatch(s -> s.target().key().equals(Target.of(unrelated).key()));
    }
}
