package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studykb.analysis.TestDicts.DICTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Whole-analyzer behaviour: long input, reuse, threads, random text, multi-valued fields. */
class StudyAnalyzerTest {
    private static final List<Analyzer> CHECKED = List.of(
            new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX),
            new StudyAnalyzer(DICTS.withoutSynonyms(), StudyAnalyzer.Mode.QUERY),
            new NgramAnalyzer(StudyAnalyzer.Mode.INDEX),
            new NgramAnalyzer(StudyAnalyzer.Mode.QUERY));

    @Test
    void offsetsAreStillRightAtTheEndOfFiveThousandSentences() {
        String[] sentences = {
            "各支部要认真组织召开专题民主生活会。", "醫德醫風建設要常抓不懈！", "ＤＲＧ付费改革于2023年推开；",
            "\n  第三，整改落实要建立台账、逐项销号。", "𠮷野家的HIS系统升级了？", "区建工党〔２０２３〕5号文件印发。\r\n",
        };
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.append(sentences[i % sentences.length]);
        }
        int markerAt = sb.length();
        sb.append("最后召开组织生活会");
        String text = sb.toString();
        for (Analyzer analyzer : CHECKED) {
            List<TestDicts.Tok> tokens = TokenChecks.validated(analyzer, text, true);
            TestDicts.Tok last = tokens.get(tokens.size() - 1);
            assertThat(last.end()).as("%s", analyzer).isEqualTo(text.length());
            assertThat(tokens).as("%s", analyzer).anyMatch(t -> t.start() == markerAt);
        }
        List<TestDicts.Tok> words = TestDicts.tokens(CHECKED.get(1), text);
        assertThat(words.subList(words.size() - 3, words.size()))
                .extracting(TestDicts.Tok::term, TestDicts.Tok::start, TestDicts.Tok::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("最后", markerAt, markerAt + 2),
                        org.assertj.core.groups.Tuple.tuple("召开", markerAt + 2, markerAt + 4),
                        org.assertj.core.groups.Tuple.tuple("组织生活会", markerAt + 4, markerAt + 9));
    }

    @Test
    void textLongerThanTheBufferWithoutPunctuationIsCutSafely() {
        String text = "民主生活会对照检查材料整改落实ＨＩＳ系统𠮷".repeat(300); // no break for 6,600 chars
        for (Analyzer analyzer : CHECKED) {
            List<TestDicts.Tok> tokens = TokenChecks.validated(analyzer, text, true);
            assertThat(tokens.get(tokens.size() - 1).end()).as("%s", analyzer).isEqualTo(text.length());
        }
    }

    @Test
    void randomTextKeepsTheTokenStreamContract() {
        Random random = new Random(20081120L);
        for (int i = 0; i < 1500; i++) {
            String text = RandomText.next(random, i % 10 == 0 ? 400 : 40);
            for (Analyzer analyzer : CHECKED) {
                List<TestDicts.Tok> first = TokenChecks.validated(analyzer, text, true);
                assertThat(TokenChecks.validated(analyzer, text, true)).as("reuse on %s", text).isEqualTo(first);
            }
            TokenChecks.validated(new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.QUERY), text, false);
        }
    }

    @Test
    void analyzerReuseGivesTheSameTokens() {
        Analyzer analyzer = new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX);
        String a = "召开专题民主生活会，开展批评与自我批评";
        String b = "ＤＲＧ付费和醫德醫風";
        List<TestDicts.Tok> first = TestDicts.tokens(analyzer, a);
        TestDicts.tokens(analyzer, b);
        assertThat(TestDicts.tokens(analyzer, a)).isEqualTo(first);
        assertThat(TestDicts.tokens(new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX), a)).isEqualTo(first);
    }

    @Test
    void fourThreadsSharingOneAnalyzerGetIdenticalTokens() throws Exception {
        Analyzer shared = new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX);
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add(RandomText.next(random, 80));
        }
        List<List<TestDicts.Tok>> expected = texts.stream()
                .map(t -> TestDicts.tokens(new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX), t))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<TestDicts.Tok>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<List<TestDicts.Tok>> got = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        got.clear();
                        for (String text : texts) {
                            got.add(TestDicts.tokens(shared, text));
                        }
                    }
                    return got;
                }));
            }
            for (Future<List<List<TestDicts.Tok>>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void normalizeFoldsPrefixAndWildcardTerms() {
        try (Analyzer analyzer = new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.QUERY)) {
            assertThat(analyzer.normalize("body", "醫德ＤＲＧ")).isEqualTo(new BytesRef("医德drg"));
            assertThat(analyzer.normalize("body", "HIS系統")).isEqualTo(new BytesRef("his系统"));
        }
    }

    @Test
    void multiValuedFieldsKeepOffsetsAndDoNotJoinPhrasesAcrossValues() throws Exception {
        String first = "学习心得";
        String second = "民主生活会材料";
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setTokenized(true);
        type.freeze();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             Analyzer analyzer = new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX)) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                Document doc = new Document();
                doc.add(new Field("body", first, type));
                doc.add(new Field("body", second, type));
                writer.addDocument(doc);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Terms terms = reader.leaves().get(0).reader().terms("body");
                TermsEnum te = terms.iterator();
                assertThat(te.seekExact(new BytesRef("民主生活会"))).isTrue();
                PostingsEnum pe = te.postings(null, PostingsEnum.ALL);
                pe.nextDoc();
                int position = pe.nextPosition();
                int gap = analyzer.getOffsetGap("body");
                assertThat(pe.startOffset()).isEqualTo(first.length() + gap);
                assertThat(pe.endOffset()).isEqualTo(first.length() + gap + "民主生活会".length());
                // 学习心得 ends at position 1 (学习, 心得); the second value starts POSITION_GAP later
                assertThat(position).isEqualTo(1 + StudyAnalyzer.POSITION_GAP + 1);
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(searcher.count(new PhraseQuery("body", "心得", "民主"))).isZero();
                assertThat(searcher.count(new PhraseQuery("body", "民主", "生活"))).isOne();
            }
        }
    }
}
