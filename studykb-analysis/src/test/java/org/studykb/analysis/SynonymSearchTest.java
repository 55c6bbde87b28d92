package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query-time synonyms through the synonym graph, on a real in-memory index. */
class SynonymSearchTest {
    static SearchFixture index;
    static IndexSearcher searcher;
    static final QueryBuilder WORDS = new QueryBuilder(SearchFixture.queryAnalyzer());

    @BeforeAll
    static void build() throws IOException {
        index = new SearchFixture(
                "班子成员在调研中存在形式主义倾向，走马观花。",                       // d0
                "严格执行中央八项规定，公务接待不超标准。",                           // d1
                "领导班子撰写了心得体会，并在组织生活会上交流。",                     // d2
                "深入学习实践科学发展观活动分三个阶段进行。",                         // d3
                "推行前期手续联合审批，审批时限压缩到25个工作日。",                   // d4
                "党的群众路线教育实践活动聚焦反对四风。",                             // d5
                "整改台账逐项销号。");                                               // d6
        searcher = new IndexSearcher(index.reader);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "四风          | d0 d5",
        "形式主义、官僚主义、享乐主义和奢靡之风 | d5",
        "八项规定      | d1",
        "谈体会        | d2",
        "学习体会      | d2",
        "学习实践活动  | d3",
        "并联审批      | d4",
        "群众路线教育实践活动 | d5",
        "问题清单      | d6",
        "专题民主生活会 | ''",
    })
    void synonymsWidenTheQuery(String query, String expected) throws IOException {
        Query q = WORDS.createBooleanQuery(SearchFixture.BODY, query);
        assertThat(ids(q)).as("%s → %s", query, q).isEqualTo(expected.isBlank() ? List.of() : Arrays.asList(expected.split(" ")));
    }

    private static List<String> ids(Query q) throws IOException {
        ScoreDoc[] hits = searcher.search(q, 10).scoreDocs;
        return Arrays.stream(hits)
                .map(h -> storedId(h.doc))
                .sorted()
                .toList();
    }

    private static String storedId(int doc) {
        try {
            return searcher.storedFields().document(doc).get("id");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
