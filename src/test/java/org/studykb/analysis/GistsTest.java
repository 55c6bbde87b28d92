package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Keywords and summaries of texts without words, without sentence marks, or with numbers and Latin only. */
class GistsTest {
    private final Gists gists = new Gists(Dictionaries.builtIn());

    @Test
    void aTextWithoutWordsHasNoKeywordsAndNoSummary() {
        assertThat(gists.of("")).isEqualTo(new Gists.Gist(List.of(), ""));
        assertThat(gists.of("   \n")).isEqualTo(new Gists.Gist(List.of(), ""));
        Gists.Gist numbers = gists.of("2009 3 5 12.5% 100");
        assertThat(numbers.keywords()).isEmpty();
    }

    @Test
    void linesWithoutMarksAreSentencesJoinedBySpaces() {
        assertThat(Gists.sentences("第一行没有句号\n第二句有句号。第三句！")).containsExactly("第一行没有句号", "第二句有句号。", "第三句！");
        Gists.Gist g = gists.of("领导班子专题民主生活会情况\n会议查摆了领导班子存在的问题");
        assertThat(g.summary()).isEqualTo("领导班子专题民主生活会情况 会议查摆了领导班子存在的问题");
        assertThat(g.keywords()).contains("领导班子").allSatisfy(k -> assertThat(k.length()).isGreaterThan(1));
    }

    @Test
    void aLongTextGivesThreeSentencesAndEightKeywords() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("第").append(i).append("次会议研究了基层党组织建设和干部作风问题。");
        }
        Gists.Gist g = gists.of(text.toString());
        assertThat(g.keywords()).hasSizeLessThanOrEqualTo(Gists.KEYWORDS).contains("会议");
        assertThat(g.summary().split("。")).hasSizeBetween(1, Gists.SENTENCES);
        assertThat(text.toString()).contains(g.summary().split("。")[0]);
    }
}
