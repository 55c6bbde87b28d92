package org.studykb.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.studykb.analysis.Dictionaries;
import org.studykb.analysis.MalformedDictionaryException;
import org.studykb.analysis.StudyAnalyzer;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.index.IndexReport;
import org.studykb.ingest.IngestPipeline;
import org.studykb.search.SearchService;

/**
 * Indexes the corpus with our pipeline into a temporary data folder and writes one TREC run per
 * system: ours as {@code search --topics} runs it, ours without query-time synonyms, ours without
 * the n-gram safety net, and the baselines built from the same extracted text: Lucene's stock analyzers
 * and plain HanLP words.
 */
final class WriteRuns {
    /** Depth of every run, as {@code search --topics} writes by default. */
    static final int DEPTH = 100;
    /** Phrases typed in pinyin per collection ({@link PinyinPhrases}). */
    static final int PINYIN_PHRASES = 200;

    static final RunConfig OURS = new RunConfig("studykb", "studykb",
            "our analyzers (folding, HanLP words with the domain dictionary, query-time synonyms, title pinyin) "
                    + "+ n-gram safety net, queried through SearchService as `search --topics` does");
    static final RunConfig NO_SYNONYMS = new RunConfig("studykb-nosyn", "studykb − synonyms",
            "same index; queries analysed without the synonym graph (Dictionaries.withoutSynonyms)");
    static final RunConfig NO_NGRAMS = new RunConfig("studykb-nongram", "studykb − n-grams",
            "the *_ng fields analysed with our word analyzer (no synonyms), so the safety net and quoted phrases fall back to words");
    static final RunConfig STANDARD = new RunConfig("lucene-standard", "StandardAnalyzer",
            "Lucene StandardAnalyzer (one token per Han character), classic QueryParser, title^2 body, OR, BM25");
    static final RunConfig CJK = new RunConfig("lucene-cjk", "CJKAnalyzer",
            "Lucene CJKAnalyzer (overlapping bigrams), same query parser");
    static final RunConfig SMARTCN = new RunConfig("lucene-smartcn", "SmartChineseAnalyzer",
            "Lucene SmartChineseAnalyzer (HMM words), same query parser");

    static final RunConfig HANLP_WORDS = new RunConfig("hanlp-words", "HanLP words",
            "HanLP's coarse segmentation as our tokenizer produces it (one word per position, no stacked dictionary "
                    + "words), with folding and the domain dictionary; no synonyms, no n-gram net, no bonuses; same query parser");

    /** What was written, and what the index held. */
    record Result(List<RunConfig> configs, ExpectedScores.IndexStats stats, List<IndexReport.Problem> failures,
                  Map<String, Map<String, String>> metadata, PinyinPhrases.Result pinyin) {
    }

    private WriteRuns() {
    }

    static Result write(Path corpus, Path config, List<Topics.Topic> topics, Path out, PrintStream log)
            throws IOException {
        Dictionaries dicts = dictionaries(config);
        IngestPipeline pipeline = IngestPipeline.load(config);
        List<String> stopwords = IndexAnalyzers.readQueryStopwords(config);
        java.util.Set<String> functionWords = IndexAnalyzers.readFunctionWords(config);
        IndexAnalyzers ours = IndexAnalyzers.create(dicts).withQueryStopwords(stopwords)
                .withFunctionWords(functionWords);
        List<RunConfig> written = new ArrayList<>();
        Path tmp = Files.createTempDirectory("studykb-eval");
        try {
            Path data = tmp.resolve("data");
            log.println("索引 " + corpus + " …");
            IndexReport report = new IndexCorpus(pipeline, 1).run(corpus, data, ours, IndexProgress.NONE);
            List<BaselineIndex.Doc> docs = IndexedText.read(data);
            PinyinPhrases.Result pinyin;
            try (SearchService service = SearchService.open(data, ours)) {
                run(service::rankScored, OURS, topics, out, written);
                pinyin = PinyinPhrases.score(service, PinyinPhrases.sample(docs,
                        new StudyAnalyzer(dicts.withoutSynonyms(), StudyAnalyzer.Mode.QUERY), PINYIN_PHRASES,
                        PinyinPhrases.SEED), docs);
            }
            try (SearchService service = SearchService.open(data,
                    IndexAnalyzers.create(dicts.withoutSynonyms()).withQueryStopwords(stopwords)
                            .withFunctionWords(functionWords))) {
                run(service::rankScored, NO_SYNONYMS, topics, out, written);
            }
            Map<String, Map<String, String>> metadata = IndexedText.metadata(data);

            Path wordsOnly = tmp.resolve("data-nongram");
            IndexAnalyzers noNgrams = wordsOnNgramFields(ours, dicts);
            new IndexCorpus(pipeline, 1).run(corpus, wordsOnly, noNgrams, IndexProgress.NONE);
            try (SearchService service = SearchService.open(wordsOnly, noNgrams)) {
                run(service::rankScored, NO_NGRAMS, topics, out, written);
            }
            baseline(new StandardAnalyzer(), STANDARD, docs, topics, out, written);
            baseline(new CJKAnalyzer(), CJK, docs, topics, out, written);
            baseline(new SmartChineseAnalyzer(), SMARTCN, docs, topics, out, written);
            baseline(new StudyAnalyzer(dicts.withoutSynonyms(), StudyAnalyzer.Mode.QUERY), HANLP_WORDS, docs, topics,
                    out, written);
            return new Result(written, new ExpectedScores.IndexStats(report.documents(), report.passages()),
                    report.failures(), metadata, pinyin);
        } finally {
            delete(tmp);
        }
    }

    /**
     * Our analyzers with the word analyzer on the n-gram fields: written like the word fields,
     * queried with the words without synonyms (as the n-gram fields are), so this row differs
     * from ours only in what the safety net and verbatim phrases match.
     */
    private static IndexAnalyzers wordsOnNgramFields(IndexAnalyzers ours, Dictionaries dicts) {
        Analyzer index = new StudyAnalyzer(dicts, StudyAnalyzer.Mode.INDEX);
        Analyzer indexing = new PerFieldAnalyzerWrapper(ours.indexing(), Map.of(Fields.TITLE_NGRAM, index,
                Fields.BODY_NGRAM, index));
        Analyzer plainWords = new StudyAnalyzer(dicts.withoutSynonyms(), StudyAnalyzer.Mode.QUERY);
        return new IndexAnalyzers(indexing, ours.words(), plainWords, ours.pinyin(), ours.version() + "-nongram",
                ours.queryStopwords(), ours.functionWords(), ours.dictionary(), ours.gists());
    }

    private static Dictionaries dictionaries(Path config) throws IOException {
        try {
            return Dictionaries.load(config);
        } catch (MalformedDictionaryException e) {
            throw new IllegalArgumentException("词典配置有误：" + e.getMessage(), e);
        }
    }

    private static void baseline(Analyzer analyzer, RunConfig rc, List<BaselineIndex.Doc> docs,
                                 List<Topics.Topic> topics, Path out, List<RunConfig> written) throws IOException {
        try (analyzer; BaselineIndex index = new BaselineIndex(analyzer, docs)) {
            run(index::rank, rc, topics, out, written);
        }
    }

    private static void run(TrecRun.Ranker ranker, RunConfig rc, List<Topics.Topic> topics, Path out,
                            List<RunConfig> written) throws IOException {
        TrecRun.write(ranker, topics, runFile(out, rc), DEPTH, rc.name());
        written.add(rc);
    }

    static Path runFile(Path out, RunConfig rc) {
        return out.resolve(rc.name() + ".trec");
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
