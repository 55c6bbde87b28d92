package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queries on an n-gram field whose index keeps unigrams only at the edges of a run: one character
 * alone is found at a run's start, middle and end, and counted at each; phrases are found verbatim.
 */
class NgramQueryBuilderTest {
    static SearchFixture index;
    static IndexSearcher searcher;
    static final QueryBuilder NGRAMS = NgramQueryBuilder.of(new NgramAnalyzer(StudyAnalyzer.Mode.QUERY));
    static final QueryBuilder PLAIN = new QueryBuilder(new NgramAnalyzer(StudyAnalyzer.Mode.QUERY));

    @BeforeAll
    static void build() throws IOException {
        index = new SearchFixture(
                "加强党员教育",            // d0: 党 inside a run
                "党员大会",                // d1: 党 starts the run
                "基层党",                  // d2: 党 ends the run
                "一、党：",                // d3: 党 alone
                "群众路线",                // d4: no 党
                "于2008年度完成",          // d5: 年 starts a run after digits
                "截至2008年",              // d6: 年 ends a run
                "党组和党委和党员都要学",  // d7: 党 three times, at the start and inside
                "党组成员都要认真学",      // d8: 党 once, at the start
                common());                 // d9: 的 before 300 different characters
        searcher = new IndexSearcher(index.reader);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** 的 followed by 300 different rare characters in one run: more bigrams than LoneCharQuery expands. */
    private static String common() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append('的').appendCodePoint(0x3400 + i); // CJK extension A: 㐀 㐁 …
        }
        return sb.toString();
    }

    @Test
    void oneCharacterIsFoundAtTheStartMiddleAndEndOfARunAndAlone() throws IOException {
        assertThat(ids(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "党")))
                .containsExactlyInAnyOrder("d0", "d1", "d2", "d3", "d7", "d8");
        assertThat(ids(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "强"))).containsExactly("d0");
        assertThat(ids(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "会"))).containsExactly("d1");
        assertThat(ids(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "层"))).containsExactly("d2");
    }

    @Test
    void aPlainTermQueryFindsTheUnigramOnlyAtTheEdges() throws IOException {
        assertThat(ids(PLAIN.createPhraseQuery(SearchFixture.NGRAM, "党")))
                .containsExactlyInAnyOrder("d1", "d2", "d3", "d7", "d8");
    }

    @Test
    void oneCharacterInsideABagOfNgramsMatchesEverywhere() throws IOException {
        Query q = NGRAMS.createBooleanQuery(SearchFixture.NGRAM, "强 路线");
        assertThat(ids(q)).containsExactlyInAnyOrder("d0", "d4");
    }

    @Test
    void everyOccurrenceOfTheCharacterCounts() throws IOException {
        List<String> ranked = ids(new BooleanQuery.Builder()
                .add(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "党"), Occur.MUST)
                .add(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "学"), Occur.MUST)
                .build());
        assertThat(ranked).containsExactly("d7", "d8");
    }

    @Test
    void aVeryCommonCharacterIsStillFoundEverywhere() throws IOException {
        assertThat(ids(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "的"))).containsExactly("d9");
        assertThat(ids(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "㐂"))).containsExactly("d9");
    }

    @Test
    void phrasesAreFoundVerbatimWhereverTheyOccur() throws IOException {
        assertThat(ids(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "2008年")))
                .containsExactlyInAnyOrder("d5", "d6");
        assertThat(ids(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "党员教育"))).containsExactly("d0");
        assertThat(ids(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "强党员"))).containsExactly("d0");
        assertThat(ids(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "一、党："))).containsExactly("d3");
        assertThat(ids(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "和党委和"))).containsExactly("d7");
        assertThat(ids(NGRAMS.createPhraseQuery(SearchFixture.NGRAM, "08年"))).isEmpty();
    }

    /**
     * At the start of a run or inside it the character is matched by the bigram that starts with it,
     * so its mark covers the next character too (基<b>层党</b>); at the end of a run or alone the mark
     * is exact. The highlighter re-analyses with the index analyzer, as Snippets does.
     */
    @Test
    void oneCharacterIsMarkedWithTheBigramItStartsInsideARun() throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, SearchFixture.indexAnalyzer()).build();
        assertThat(highlight(highlighter, "层")).isEqualTo("基<b>层党</b>");
        assertThat(highlight(highlighter, "育")).isEqualTo("加强党员教<b>育</b>");
        assertThat(highlight(highlighter, "强")).isEqualTo("加<b>强党</b>员教育");
        assertThat(highlight(highlighter, "加")).isEqualTo("<b>加强</b>党员教育");
    }

    private static String highlight(UnifiedHighlighter highlighter, String text) throws IOException {
        Query q = NGRAMS.createPhraseQuery(SearchFixture.NGRAM, text);
        TopDocs top = searcher.search(q, 1);
        assertThat(top.scoreDocs).hasSize(1);
        return highlighter.highlight(SearchFixture.NGRAM, q, top)[0];
    }

    private static List<String> ids(Query q) throws IOException {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q, 20).scoreDocs) {
            out.add(searcher.storedFields().document(sd.doc).get("id"));
        }
        return out;
    }
}
