package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studykb.index.IndexAnalyzers;

/** Result titles marked from their own text, with no index: the same marks whichever backend found the hits. */
class TitleMarksTest {
    private static TitleMarks marks;

    @BeforeAll
    static void analyzers() {
        marks = new TitleMarks(IndexAnalyzers.load(Path.of("indexer")));
    }

    private static Map<String, String> of(String query, String... titles) throws Exception {
        List<SearchHit> hits = new java.util.ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            hits.add(new SearchHit("d" + i, 1f, titles[i], null, null, null, null, null, null, List.of(), List.of(),
                    List.of()));
        }
        return marks.of(new SearchResponse(query, query, List.of(), hits.size(), 0, 0, 10, hits, Map.of(), "",
                List.of(), ""));
    }

    @Test
    void wordsOfTheQueryAreMarkedInEachTitle() throws Exception {
        Map<String, String> out = of("整改落实 方案", "领导班子整改落实方案", "学习心得");
        assertThat(out.get("d0")).isEqualTo("领导班子<mark>整改落实方案</mark>"); // neighbouring marks join
        assertThat(out.get("d1")).isEqualTo("学习心得");
    }

    @Test
    void aWordTheSegmenterCutsOtherwiseIsStillFoundByItsCharacters() throws Exception {
        // 生活会 inside 民主生活会: the n-gram net of the title marks it
        assertThat(of("生活会", "关于召开专题民主生活会的通知").get("d0")).contains("<mark>");
    }

    @Test
    void aTitlesMarkupIsEscapedAndOnlyOurMarksAreAdded() throws Exception {
        String html = of("整改", "整改<script>alert('x')</script>报告").get("d0");
        assertThat(html).contains("<mark>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script");
        assertThat(html.replaceAll("</?mark>", ""))
                .isEqualTo(MarkFormatter.escape("整改<script>alert('x')</script>报告"));
    }

    @Test
    void anEmptyQueryLeavesTitlesEscapedOnly() throws Exception {
        assertThat(of("", "<b>通知</b>").get("d0")).isEqualTo("&lt;b&gt;通知&lt;/b&gt;");
    }
}
