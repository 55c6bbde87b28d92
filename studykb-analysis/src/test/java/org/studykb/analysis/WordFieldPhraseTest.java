package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studykb.analysis.TestDicts.DICTS;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phrases on the word field: the index holds the word graph, and Lucene's index keeps no position
 * lengths, so a phrase must be analysed with the INDEX analyzer (QueryBuilder turns its graph into
 * span queries); the coarse QUERY words can miss across a decomposed word. Exact phrases belong on
 * the n-gram field anyway; this pins what the word field can do.
 */
class WordFieldPhraseTest {
    static SearchFixture index;
    static IndexSearcher searcher;

    @BeforeAll
    static void build() throws IOException {
        index = new SearchFixture("深入学习实践科学发展观活动动员大会", "科学发展的观点");
        searcher = new IndexSearcher(index.reader);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest(name = "\"{0}\": index analyzer {1}, query analyzer {2}")
    @CsvSource(delimiter = '|', value = {
        "科学发展观活动   | 1 | 0",
        "学习实践科学发展观 | 1 | 1",
        "发展观活动       | 1 | 0",
        "实践科学         | 1 | 1",
        "活动动员大会     | 1 | 1",
        "科学发展观       | 1 | 1",
    })
    void phraseOnTheWordField(String phrase, int withIndexAnalyzer, int withQueryAnalyzer) throws IOException {
        assertThat(searcher.count(phrase(StudyAnalyzer.Mode.INDEX, phrase))).isEqualTo(withIndexAnalyzer);
        assertThat(searcher.count(phrase(StudyAnalyzer.Mode.QUERY, phrase))).isEqualTo(withQueryAnalyzer);
        Query safetyNet = new QueryBuilder(new NgramAnalyzer(StudyAnalyzer.Mode.QUERY)).createPhraseQuery(SearchFixture.NGRAM, phrase);
        assertThat(searcher.count(safetyNet)).isEqualTo(1);
    }

    private static Query phrase(StudyAnalyzer.Mode mode, String text) {
        return new QueryBuilder(new StudyAnalyzer(DICTS.withoutSynonyms(), mode)).createPhraseQuery(SearchFixture.BODY, text);
    }
}
