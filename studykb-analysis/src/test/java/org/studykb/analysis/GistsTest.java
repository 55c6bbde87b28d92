package org.studykb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import com.hankcs.hanlp.summary.TextRankSentence;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

/**
 * Keywords and summaries of texts without words, without sentence marks, or with numbers and Latin only; the keyword
 * and summary rankings against HanLP's own.
 */
class GistsTest {
    private final Gists gists = new Gists(Dictionaries.builtIn());

    @Test
    void aTextWithoutWordsHasNoKeywordsAndNoSummary() {
        assertThat(gists.of("")).isEqualTo(new Gists.Gist(List.of(), ""));
        assertThat(gists.of("   \n")).isEqualTo(new Gists.Gist(List.of(), ""));
        Gists.Gist numbers = gists.of("2009 3 5 12.5% 100");
        assertThat(numbers.keywords()).isEmpty();
    }

    @Test
    void linesWithoutMarksAreSentencesJoinedBySpaces() {
        assertThat(Gists.sentences("第一行没有句号\n第二句有句号。第三句！")).containsExactly("第一行没有句号", "第二句有句号。", "第三句！");
        Gists.Gist g = gists.of("领导班子专题民主生活会情况\n会议查摆了领导班子存在的问题");
        assertThat(g.summary()).isEqualTo("领导班子专题民主生活会情况 会议查摆了领导班子存在的问题");
        assertThat(g.keywords()).contains("领导班子").allSatisfy(k -> assertThat(k.length()).isGreaterThan(1));
    }

    @Test
    void aLongTextGivesThreeSentencesAndEightKeywords() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("第").append(i).append("次会议研究了基层党组织建设和干部作风问题。");
        }
        Gists.Gist g = gists.of(text.toString());
        assertThat(g.keywords()).hasSizeLessThanOrEqualTo(Gists.KEYWORDS).contains("会议");
        assertThat(g.summary().split("。")).hasSizeBetween(1, Gists.SENTENCES);
        assertThat(text.toString()).contains(g.summary().split("。")[0]);
    }

    @Test
    void keywordsRankAsHanLPsTextRankDoes() {
        String[] vocabulary = {"会议", "班子", "问题", "整改", "群众", "作风", "干部", "制度", "调研", "措施", "台账", "党员"};
        Random random = new Random(15);
        for (int text = 0; text < 50; text++) {
            List<String> words = new ArrayList<>();
            List<Term> terms = new ArrayList<>();
            int n = 1 + random.nextInt(text < 10 ? 12 : 600);
            for (int i = 0; i < n; i++) {
                String w = vocabulary[random.nextInt(text % 2 == 0 ? 5 : vocabulary.length)];
                words.add(w);
                terms.add(new Term(w, Nature.n));
            }
            assertThat(KeywordRank.top(words, Gists.KEYWORDS)).as("text %d", text)
                    .isEqualTo(new TextRankKeyword().getKeywords(terms, Gists.KEYWORDS));
        }
    }

    @Test
    void summarySentencesRankAsHanLPsTextRankSentenceDoes() {
        String[] vocabulary = {"会议", "班子", "问题", "整改", "群众", "作风", "干部", "制度", "调研", "措施", "台账", "党员",
            "学习", "落实", "监督", "基层", "责任", "意见", "方案", "检查"};
        Random random = new Random(12);
        for (int text = 0; text < 60; text++) {
            int sentences = 4 + random.nextInt(text < 20 ? 10 : Gists.MAX_CANDIDATES - 3);
            int words = text % 3 == 0 ? 3 : vocabulary.length;
            List<List<String>> docs = new ArrayList<>();
            for (int s = 0; s < sentences; s++) {
                List<String> sentence = new ArrayList<>();
                int n = 1 + random.nextInt(text % 4 == 1 ? 3 : 40);
                for (int i = 0; i < n; i++) {
                    sentence.add(vocabulary[random.nextInt(words)]);
                }
                docs.add(text % 10 == 9 && s > 0 ? docs.get(0) : sentence);
            }
            assertThat(SentenceRank.top(docs, Gists.SENTENCES)).as("text %d", text)
                    .isEqualTo(new TextRankSentence(docs).getTopSentence(Gists.SENTENCES));
        }
    }

    @Test
    void summarySentencesOfTheDemoCorpusRankAsHanLPsTextRankSentenceDoes() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scripts/corpus/src"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(60);
        int ranked = 0;
        try (StudyAnalyzer analyzer = new StudyAnalyzer(Dictionaries.builtIn(), StudyAnalyzer.Mode.INDEX)) {
            for (Path file : files) {
                String text = Files.readString(file);
                List<List<String>> docs = Gists.candidates(text, words(analyzer, text)).words();
                if (docs.size() > Gists.SENTENCES) {
                    ranked++;
                    assertThat(SentenceRank.top(docs, Gists.SENTENCES)).as("%s", file)
                            .isEqualTo(new TextRankSentence(docs).getTopSentence(Gists.SENTENCES));
                }
            }
        }
        assertThat(ranked).isGreaterThan(50);
    }

    private static Words words(StudyAnalyzer analyzer, String text) throws IOException {
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            Words.Collector collector = Words.collector(ts).orElseThrow();
            ts.reset();
            while (ts.incrementToken()) {
                collector.take();
            }
            ts.end();
            return collector.words();
        }
    }

    @Test
    void theWordsOfTheIndexingAnalysisGiveTheSameGistAsTheTextAlone() throws IOException {
        String text = "深入學習實踐科學發展觀，坚持以人为本。\n一、领导干部下基层调研少，有时走马观花，群众意见较大。\n"
                + "二、建立班子成员基层联系点制度，每季度蹲点不少于3天，ＤＲＧ改革按期推进。\n"
                + "三、整改台账明确责任人和完成时限，领导干部带头整改，群众监督整改落实。";
        Words words;
        try (StudyAnalyzer analyzer = new StudyAnalyzer(Dictionaries.builtIn(), StudyAnalyzer.Mode.INDEX)) {
            words = words(analyzer, text);
        }
        assertThat(words.size()).isGreaterThan(30);
        for (int i = 0; i < words.size(); i++) {
            assertThat(words.end(i)).isGreaterThan(words.start(i));
            assertThat(i == 0 || words.start(i) >= words.end(i - 1)).isTrue();
        }
        Gists.Gist g = gists.of(text, words);
        assertThat(g.keywords()).contains("领导干部", "群众").doesNotContain("有时");
        assertThat(g.summary()).isNotEmpty();
        assertThat(gists.of(text)).isEqualTo(g);
    }
}
