package org.studykb.analysis;

import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.assertTokenStreamContents;
import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.checkResetException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.studykb.analysis.TestDicts.DICTS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

class NgramAnalyzerTest {
    static final Path REPORTS = Path.of("..", "shared", "data", "reports");

    @Test
    void indexModeStacksBigramsOverUnigrams() throws IOException {
        try (Analyzer a = new NgramAnalyzer(StudyAnalyzer.Mode.INDEX)) {
            assertTokenStreamContents(a.tokenStream("f", "醫德ＤＲＧ付費，党"),
                    new String[] {"医", "医德", "德", "drg", "付", "付费", "费", "党"},
                    new int[] {0, 0, 1, 2, 5, 5, 6, 8},
                    new int[] {1, 2, 2, 5, 6, 7, 7, 9},
                    null,
                    new int[] {1, 0, 1, 1, 1, 0, 1, 1},
                    new int[] {1, 2, 1, 1, 1, 2, 1, 1},
                    9);
        }
    }

    @Test
    void queryModeEmitsBigramsWithAHoleForTheLastCharacter() throws IOException {
        try (Analyzer a = new NgramAnalyzer(StudyAnalyzer.Mode.QUERY)) {
            assertTokenStreamContents(a.tokenStream("f", "中华人民 2008年，党"),
                    new String[] {"中华", "华人", "人民", "2008", "年", "党"},
                    new int[] {0, 1, 2, 5, 9, 11},
                    new int[] {2, 3, 4, 9, 10, 12},
                    null,
                    new int[] {1, 1, 1, 2, 1, 1},
                    null,
                    12);
        }
    }

    @Test
    void normalizeFoldsLikeTheTokenizer() {
        try (Analyzer a = new NgramAnalyzer(StudyAnalyzer.Mode.QUERY)) {
            assertThat(a.normalize("f", "醫ＤＲＧ").utf8ToString()).isEqualTo("医drg");
        }
    }

    @Test
    void tokenizerFollowsTheResetContract() throws IOException {
        checkResetException(new NgramAnalyzer(StudyAnalyzer.Mode.INDEX), "党的群众路线");
        checkResetException(new NgramAnalyzer(StudyAnalyzer.Mode.QUERY), "党的群众路线");
    }

    /**
     * The property behind "exact phrases never miss": 500 random substrings (2–12 characters) of
     * the real reports in ../shared/data/reports, each quoted, find their report. A substring may
     * not start or end inside a run of letters or digits (quoting "5号" must not match "15号").
     */
    @Test
    void everyVerbatimSubstringOfARealReportIsFoundAsAPhrase() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(REPORTS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        Analyzer indexing = new PerFieldAnalyzerWrapper(new NgramAnalyzer(StudyAnalyzer.Mode.INDEX),
                java.util.Map.of("words", new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX)));
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(indexing))) {
                for (int i = 0; i < texts.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                    doc.add(new TextField("ngram", texts.get(i), Field.Store.NO));
                    doc.add(new TextField("words", texts.get(i), Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryBuilder ngram = new QueryBuilder(new NgramAnalyzer(StudyAnalyzer.Mode.QUERY));
                QueryBuilder words = new QueryBuilder(new StudyAnalyzer(DICTS.withoutSynonyms(), StudyAnalyzer.Mode.QUERY));
                Random random = new Random(20131116L);
                int checked = 0;
                int wordFieldFound = 0;
                while (checked < 500) {
                    int doc = random.nextInt(texts.size());
                    String text = texts.get(doc);
                    int start = random.nextInt(text.length() - 12);
                    int end = start + 2 + random.nextInt(11);
                    if (!boundary(text, start) || !boundary(text, end)
                            || !Chars.hasWordChar(text.substring(start, end).toCharArray(), 0, end - start)) {
                        continue;
                    }
                    String quoted = text.substring(start, end);
                    Query phrase = ngram.createPhraseQuery("ngram", quoted);
                    assertThat(searcher.count(inDoc(doc, phrase))).as("\"%s\" in report %d", quoted, doc).isOne();
                    Query wordPhrase = words.createPhraseQuery("words", quoted);
                    if (wordPhrase != null && searcher.count(inDoc(doc, wordPhrase)) == 1) {
                        wordFieldFound++;
                    }
                    checked++;
                }
                System.out.printf("safety net: 500/500 substrings found on the n-gram field, %d/500 on the word field%n",
                        wordFieldFound);
            }
        }
    }

    private static Query inDoc(int doc, Query q) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("id", Integer.toString(doc))), BooleanClause.Occur.FILTER)
                .add(q, BooleanClause.Occur.MUST)
                .build();
    }

    /** Not inside a surrogate pair nor inside a run of letters or digits. */
    private static boolean boundary(String text, int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
            return false;
        }
        String folded = Folding.fold(text.substring(i - 1, i + 1));
        return !(Chars.isAlnum(folded.codePointAt(0)) && Chars.isAlnum(folded.codePointAt(1)));
    }
}
