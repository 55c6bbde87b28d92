package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Marks land on the original characters, whatever folding did before segmentation. */
class HighlightTest {
    static final String TRADITIONAL_FULL_WIDTH = "  各科室要加強醫德醫風建設，\n推進ＤＲＧ付費改革和ＨＩＳ系統升級。";
    static SearchFixture index;
    static IndexSearcher searcher;
    static UnifiedHighlighter highlighter;

    @BeforeAll
    static void build() throws IOException {
        index = new SearchFixture(TRADITIONAL_FULL_WIDTH, "𠮷野家的职工召开组织生活会");
        searcher = new IndexSearcher(index.reader);
        highlighter = UnifiedHighlighter.builder(searcher, SearchFixture.queryAnalyzer()).build();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void simplifiedQueryMarksTheTraditionalOriginal() throws IOException {
        assertThat(highlight(SearchFixture.BODY, words("医德医风")))
                .isEqualTo("  各科室要加強<b>醫德醫風</b>建設，\n推進ＤＲＧ付費改革和ＨＩＳ系統升級。");
    }

    @Test
    void halfWidthLowerCaseQueryMarksTheFullWidthOriginal() throws IOException {
        assertThat(highlight(SearchFixture.BODY, words("drg付费 his系统")))
                .isEqualTo("  各科室要加強醫德醫風建設，\n推進<b>ＤＲＧ付費</b>改革和<b>ＨＩＳ系統</b>升級。");
    }

    @Test
    void subWordOfAStackedWordMarksOnlyItsCharacters() throws IOException {
        assertThat(highlight(SearchFixture.BODY, words("付费")))
                .isEqualTo("  各科室要加強醫德醫風建設，\n推進ＤＲＧ<b>付費</b>改革和ＨＩＳ系統升級。");
    }

    @Test
    void exactPhraseOnTheNgramFieldMarksTheOriginal() throws IOException {
        Query phrase = new QueryBuilder(SearchFixture.queryAnalyzer()).createPhraseQuery(SearchFixture.NGRAM, "风建设，推进drg");
        assertThat(highlight(SearchFixture.NGRAM, phrase))
                .isEqualTo("  各科室要加強醫德醫<b>風建設，\n推進ＤＲＧ</b>付費改革和ＨＩＳ系統升級。");
    }

    @Test
    void marksAfterASurrogatePairAreNotShifted() throws IOException {
        assertThat(highlight(SearchFixture.BODY, words("组织生活会")))
                .isEqualTo("𠮷野家的职工召开<b>组织生活会</b>");
    }

    private static Query words(String text) {
        return new QueryBuilder(SearchFixture.queryAnalyzer()).createBooleanQuery(SearchFixture.BODY, text);
    }

    private static String highlight(String field, Query query) throws IOException {
        TopDocs top = searcher.search(query, 1);
        assertThat(top.scoreDocs).as("hits for %s", query).hasSize(1);
        return highlighter.highlight(field, query, top)[0];
    }
}
