package org.studykb.analysis;

import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.assertTokenStreamContents;
import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.checkResetException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.studykb.analysis.TestDicts.DICTS;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinyinAnalyzerTest {
    private final Analyzer index = new PinyinAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX);
    private final Analyzer query = new PinyinAnalyzer(DICTS, StudyAnalyzer.Mode.QUERY);

    @Test
    void indexModeSpellsEveryWordOfTheGraphWithInitialsStacked() throws IOException {
        assertTokenStreamContents(index.tokenStream("title", "科学发展观"),
                new String[] {"kexue", "kx", "kexuefazhanguan", "kxfzg", "fazhan", "fz", "fazhanguan", "fzg", "guan"},
                new int[] {0, 0, 0, 0, 2, 2, 2, 2, 4},
                new int[] {2, 2, 5, 5, 4, 4, 5, 5, 5},
                null,
                new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1},
                new int[] {1, 1, 3, 3, 1, 1, 2, 2, 1},
                5);
    }

    @Test
    void mixedWordsKeepTheirLatinAndDigits() throws IOException {
        assertTokenStreamContents(query.tokenStream("title", "ＤＲＧ付费 2008年"),
                new String[] {"drgfufei", "2008", "nian"});
    }

    @Test
    void queryModeJoinsSyllablesTypedApart() throws IOException {
        assertThat(TestDicts.terms(query, "ke xue fa zhan guan")).containsExactly("kexuefazhanguan");
        assertThat(TestDicts.terms(query, "KeXueFaZhanGuan")).containsExactly("kexuefazhanguan");
        assertThat(TestDicts.terms(query, "kxfzg")).containsExactly("kxfzg");
        assertThat(TestDicts.terms(query, "ke xue fazhanguan")).containsExactly("kexue", "fazhanguan");
        assertThat(TestDicts.terms(query, "科学发展关")).containsExactly("kexue", "fazhan", "guan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kexuefazhanguan", "ke xue fa zhan guan", "kxfzg", "KXFZG", "ke xue fazhanguan"})
    void pinyinFindsTheWord(String typed) throws IOException {
        assertThat(count(new QueryBuilder(query).createBooleanQuery("title", typed, BooleanClause.Occur.MUST)))
                .as(typed).isEqualTo(1);
    }

    @Test
    void homophoneTypoMeetsTheRightWordsPinyin() throws IOException {
        // 科学发展关 is not in any title, but its pinyin phrase is: the basis for "did you mean 科学发展观"
        assertThat(count(new QueryBuilder(query).createPhraseQuery("title", "科学发展关"))).isEqualTo(1);
    }

    @Test
    void randomTextKeepsTheTokenStreamContract() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            String text = RandomText.next(random, 40);
            TokenChecks.validated(index, text, false);
            TokenChecks.validated(query, text, false);
        }
        checkResetException(index, "科学发展观");
        checkResetException(query, "ke xue fa zhan guan");
    }

    private int count(Query q) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(index))) {
                for (String title : new String[] {"深入学习实践科学发展观活动实施方案", "关于召开专题民主生活会的通知", "科学技术发展规划"}) {
                    Document doc = new Document();
                    doc.add(new TextField("title", title, Field.Store.YES));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return new IndexSearcher(reader).count(q);
            }
        }
    }
}
