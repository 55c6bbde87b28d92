package org.studykb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.junit.jupiter.api.Test;
import org.studykb.search.SearchBackend.ScoredId;

/** The baselines do what a stock Lucene setup does: OR of terms, title boost, phrases, literal text. */
class BaselineIndexTest {
    static final List<BaselineIndex.Doc> DOCS = List.of(
            new BaselineIndex.Doc("办法.docx", "评标专家管理办法", "评标专家一律从专家库中随机抽取。"),
            new BaselineIndex.Doc("体会.txt", "学习体会", "比如评标专家的抽取，目前还是在我们自己维护的专家库里抽。"),
            new BaselineIndex.Doc("通报.html", "巡查通报", "实行周巡查、月通报，隐患整改销号管理。"),
            new BaselineIndex.Doc("方案 1.doc", "整改方案", "监理签认后10个工作日内拨付进度款。"));

    private static List<String> ids(Analyzer analyzer, String query) throws IOException {
        try (analyzer; BaselineIndex index = new BaselineIndex(analyzer, DOCS)) {
            return index.rank(query, 10).stream().map(ScoredId::id).toList();
        }
    }

    @Test
    void everyBaselineFindsAWordAndRanksTheTitleMatchFirst() throws IOException {
        for (Analyzer a : List.of(new StandardAnalyzer(), new CJKAnalyzer(), new SmartChineseAnalyzer())) {
            assertThat(ids(a, "评标专家")).as(a.getClass().getSimpleName()).startsWith("办法.docx", "体会.txt");
        }
    }

    @Test
    void termsAreJoinedByOr() throws IOException {
        assertThat(ids(new CJKAnalyzer(), "巡查 进度款")).containsExactlyInAnyOrder("通报.html", "方案 1.doc");
    }

    @Test
    void aQuotedPhraseIsAPhraseQueryOverBothFields() throws IOException {
        try (Analyzer a = new StandardAnalyzer(); BaselineIndex index = new BaselineIndex(a, DOCS)) {
            var q = (BooleanQuery) index.parse("\"月通报\"");
            assertThat(q.clauses()).hasSize(2)
                    .allSatisfy(c -> assertThat(unboost(c.getQuery())).isInstanceOf(PhraseQuery.class));
        }
        assertThat(ids(new StandardAnalyzer(), "\"月通报\"")).containsExactly("通报.html");
        assertThat(ids(new StandardAnalyzer(), "\"通报月\"")).isEmpty();
    }

    @Test
    void syntaxCharactersAreTakenLiterally() throws IOException {
        assertThat(ids(new StandardAnalyzer(), "10个工作日 (拨付) AND -进度款: [x")).contains("方案 1.doc");
        assertThat(ids(new StandardAnalyzer(), "\"unbalanced")).isEmpty();
        assertThat(BaselineIndex.literal("a \"b c\" d(")).isEqualTo("a \"b c\" d\\(");
    }

    private static Object unboost(org.apache.lucene.search.Query q) {
        return q instanceof org.apache.lucene.search.BoostQuery b ? b.getQuery() : q;
    }
}
