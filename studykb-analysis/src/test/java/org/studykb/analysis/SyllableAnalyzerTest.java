package org.studykb.analysis;

import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.assertTokenStreamContents;
import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.checkResetException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.studykb.analysis.TestDicts.DICTS;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SyllableAnalyzerTest {
    private final Analyzer analyzer = new SyllableAnalyzer(DICTS);

    @Test
    void everyCharacterHasItsSyllable() throws IOException {
        assertTokenStreamContents(analyzer.tokenStream("body", "民主生活会"),
                new String[] {"min", "zhu", "sheng", "huo", "hui"},
                new int[] {0, 1, 2, 3, 4},
                new int[] {1, 2, 3, 4, 5},
                null,
                new int[] {1, 1, 1, 1, 1},
                null,
                5);
    }

    @Test
    void punctuationLettersAndDigitsTakeNoPosition() throws IOException {
        // 不忘初心、牢记使命 is one run of syllables, as people type it; offsets still point into the text
        assertTokenStreamContents(analyzer.tokenStream("body", "“不忘初心、牢记使命”DRG 2019年"),
                new String[] {"bu", "wang", "chu", "xin", "lao", "ji", "shi", "ming", "nian"},
                new int[] {1, 2, 3, 4, 6, 7, 8, 9, 19},
                new int[] {2, 3, 4, 5, 7, 8, 9, 10, 20},
                null,
                new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1},
                null,
                20);
    }

    @Test
    void aCharacterIsReadInsideItsWord() {
        assertThat(TestDicts.terms(analyzer, "银行行动")).containsExactly("yin", "hang", "xing", "dong");
        assertThat(TestDicts.terms(analyzer, "重要的重复")).containsExactly("zhong", "yao", "de", "chong", "fu");
    }

    @Test
    void traditionalAndFullWidthAreFoldedFirst() throws IOException {
        assertTokenStreamContents(analyzer.tokenStream("body", "民主生活會"),
                new String[] {"min", "zhu", "sheng", "huo", "hui"},
                new int[] {0, 1, 2, 3, 4},
                new int[] {1, 2, 3, 4, 5});
    }

    @Test
    void aPhraseOfSyllablesOrOfEverySyllableOfEachInitialFindsCharactersAcrossWords() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (String text : new String[] {"局党组召开专题民主生活会。", "民主评议和生活会", "不忘初心，牢记使命主题教育"}) {
                    Document doc = new Document();
                    doc.add(new TextField("body", text, Field.Store.YES));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(searcher.count(phrase("min", "zhu", "sheng", "huo", "hui"))).isEqualTo(1);
                assertThat(searcher.count(initials("mzshh"))).isEqualTo(1);
                assertThat(searcher.count(phrase("sheng", "huo", "hui"))).isEqualTo(2);
                assertThat(searcher.count(initials("bwcxljsmztjy"))).isEqualTo(1);
                assertThat(searcher.count(initials("mzpy"))).as("民主评议").isEqualTo(1);
            }
        }
    }

    private static MultiPhraseQuery initials(String letters) {
        MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
        for (char c : letters.toCharArray()) {
            b.add(Pinyins.syllablesStartingWith(c).stream().map(s -> new Term("body", s)).toArray(Term[]::new));
        }
        return b.build();
    }

    private static PhraseQuery phrase(String... syllables) {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (String s : syllables) {
            b.add(new Term("body", s));
        }
        return b.build();
    }

    @Test
    void typedLettersAreCutIntoSyllablesEveryWayTheyRead() {
        assertThat(Pinyins.segmentations("fangan", 8)).containsExactly(List.of("fang", "an"), List.of("fan", "gan"));
        assertThat(Pinyins.segmentations("xi'an", 8)).containsExactly(List.of("xi", "an"));
        assertThat(Pinyins.segmentations("xian", 8)).containsExactly(List.of("xian"), List.of("xi", "an"));
        assertThat(Pinyins.segmentations("minzhu shenghuo hui", 8)).as("huo or hu o (哦), longest first")
                .containsExactly(List.of("min", "zhu", "sheng", "huo", "hui"), List.of("min", "zhu", "sheng", "hu", "o",
                        "hui"));
        assertThat(Pinyins.segmentations("MinZhu", 8)).containsExactly(List.of("min", "zhu"));
        assertThat(Pinyins.segmentations("lvse", 8)).containsExactly(List.of("lv", "se"));
        assertThat(Pinyins.segmentations("mzshh", 8)).isEmpty();
        assertThat(Pinyins.segmentations("民主", 8)).isEmpty();
        assertThat(Pinyins.segmentations("anananananananananananananananananananananq", 8)).isEmpty();
        assertThat(Pinyins.segmentations("anananananananananan", 3)).hasSize(3);
        assertThat(Pinyins.mayBeInitials("mzshh")).isTrue();
        assertThat(Pinyins.mayBeInitials("minzhu")).isFalse();
        assertThat(Pinyins.syllablesStartingWith('o')).containsExactly("o", "ou");
        assertThat(Pinyins.syllablesStartingWith('z')).contains("zhuang", "zu", "zi").doesNotContain("ci");
    }

    @Test
    void randomTextKeepsTheTokenStreamContract() throws IOException {
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            TokenChecks.validated(analyzer, RandomText.next(random, 40), false);
        }
        checkResetException(analyzer, "民主生活会");
    }

    @Test
    void aLongTextAndThreadsSharingOneAnalyzer() throws Exception {
        String sentence = "深入学习实践科学发展观，召开专题民主生活会。";
        String text = sentence.repeat(5_000);
        assertThat(TestDicts.terms(analyzer, text)).hasSize(20 * 5_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> TestDicts.terms(analyzer, sentence)));
            }
            for (Future<List<String>> f : runs) {
                assertThat(f.get()).isEqualTo(TestDicts.terms(analyzer, sentence));
            }
        } finally {
            pool.shutdown();
        }
    }
}
