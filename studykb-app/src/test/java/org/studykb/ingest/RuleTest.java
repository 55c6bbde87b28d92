package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleTest {

    private static final RuleSettings SETTINGS = new RuleSettings(100,
            Map.of(Rule.Place.TITLE, 1.0, Rule.Place.FILENAME, 0.8, Rule.Place.BODY, 0.4), 2.0, Duration.ofMillis(200));

    private static Rule rule(Rule.How how, String where, String words) {
        Set<Rule.Place> places = Set.copyOf(Arrays.stream(where.split("\\+"))
                .map(w -> Rule.Place.valueOf(w.toUpperCase())).toList());
        List<String> list = List.of(words.split(";"));
        return new Rule("r", Rule.Target.TYPE, "t", how, places,
                how == Rule.How.REGEX ? List.of() : how == Rule.How.LITERAL ? list
                        : list.stream().map(RuleSubject::fold).toList(),
                how == Rule.How.REGEX ? list.stream().map(Pattern::compile).toList() : List.of(), 10, 1);
    }

    private static Optional<Rule.Hit> match(Rule rule, String title, String body, String file) {
        return rule.match(new RuleSubject(title, body, file, SETTINGS.bodyChars()), SETTINGS);
    }

    @ParameterizedTest(name = "{0} {1} {2} in 「{3}」")
    @CsvSource(delimiter = '|', value = {
            // how    | where       | words                 | title                              | body                 | matches
            "ANY      | title       | 对照检查;检视剖析     | 专题民主生活会对照检查材料         | ''                   | true",
            "ANY      | title       | 对照检查;检视剖析     | 主题教育检视剖析材料               | ''                   | true",
            "ANY      | title       | 对照检查              | 对 照 检 查 材 料                  | ''                   | true",
            "ANY      | title       | 对照检查              | 三对照三查找                       | ''                   | false",
            "ANY      | title       | 对照检查              | 关于召开民主生活会的通知           | 对照检查             | false",
            "ANY      | body        | 对照检查              | 关于召开民主生活会的通知           | 会前撰写对照检查材料 | true",
            "ALL      | body        | 主持人;记录人         | 会议记录                           | 主持人：刘 记录人：李 | true",
            "ALL      | body        | 主持人;记录人         | 会议记录                           | 主持人：刘           | false",
            "LITERAL  | title       | 通  知                | 通  知                             | ''                   | true",
            "LITERAL  | title       | 通  知                | 通知                               | ''                   | false",
            "REGEX    | title       | 整改.{0,8}方案        | 领导班子整改落实方案               | ''                   | true",
            "REGEX    | title       | 整改.{0,8}方案        | 整改落实情况的报告                 | ''                   | false",
            "REGEX    | title+body  | ^(?!.*印发).*通知     | 关于印发整改方案的通知             | ''                   | false",
            "REGEX    | title+body  | ^(?!.*印发).*通知     | 关于召开座谈会的通知               | ''                   | true",
    })
    void matchesByHowAndWhere(Rule.How how, String where, String words, String title, String body, boolean matches) {
        assertThat(match(rule(how, where, words), title, body, "a.docx").isPresent()).isEqualTo(matches);
    }

    @Test
    void aTitleMatchWeighsMoreThanABodyMatchAndMostAtTheEnd() {
        Rule r = rule(Rule.How.ANY, "title+body+filename", "通知");
        assertThat(match(r, "关于召开座谈会的通知", "", "x.doc").orElseThrow().score()).isEqualTo(20.0);
        assertThat(match(r, "通知精神学习安排", "", "x.doc").orElseThrow().score()).isEqualTo(10.0);
        assertThat(match(r, "关于召开座谈会的通知（第2号）", "", "x.doc").orElseThrow().score()).isEqualTo(20.0);
        assertThat(match(r, "学习安排", "", "关于开会的通知.doc").orElseThrow().score()).isEqualTo(8.0);
        assertThat(match(r, "学习安排", "特此通知", "x.doc").orElseThrow().score()).isEqualTo(4.0);
    }

    @Test
    void theReasonNamesRuleTextAndPlace() {
        Rule r = new Rule("对照检查材料", Rule.Target.TYPE, "对照检查材料", Rule.How.ANY, Set.of(Rule.Place.TITLE),
                List.of("对照检查"), List.of(), 12, 1);
        assertThat(match(r, "领导班子对照检查材料", "", "a.doc").orElseThrow().provenance().describe())
                .isEqualTo("rule 对照检查材料 matched 「对照检查」 in title");
    }

    @Test
    void aRunawayRegexTimesOutAsNoMatch() {
        Rule r = rule(Rule.How.REGEX, "body", "(a|aa)+b");
        RuleSettings settings = new RuleSettings(100_000, SETTINGS.factors(), 2.0, Duration.ofMillis(50));
        long start = System.nanoTime();
        Optional<Rule.Hit> hit = r.match(new RuleSubject("", "a".repeat(60), "x", 100_000), settings);
        assertThat(hit).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theDeadlineSequenceReadsLikeItsText() {
        DeadlineCharSequence s = new DeadlineCharSequence("学习实践", System.nanoTime() + 1_000_000_000L);
        assertThat(s.length()).isEqualTo(4);
        assertThat(s.subSequence(2, 4).toString()).isEqualTo("实践");
        assertThat(Pattern.compile("实践").matcher(s).find()).isTrue();
    }
}
