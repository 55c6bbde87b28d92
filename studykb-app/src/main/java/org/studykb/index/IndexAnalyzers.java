package org.studykb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.studykb.analysis.Dictionaries;
import org.studykb.analysis.Gists;
import org.studykb.analysis.MalformedDictionaryException;
import org.studykb.analysis.NgramAnalyzer;
import org.studykb.analysis.PinyinAnalyzer;
import org.studykb.analysis.StudyAnalyzer;
import org.studykb.analysis.SyllableAnalyzer;

/**
 * The analyzers of each field, for writing and for querying. Words fields use HanLP (fine pieces
 * with longer words stacked over them when writing; the segmenter's words plus synonyms when
 * querying); the {@code *_ng} fields are the n-gram safety net; {@code title_py} holds the pinyin
 * of titles' words, {@code *_pys} the syllable and initial of every character (the body's made from its words).
 *
 * @param version        which dictionary and synonyms analysed a document: a changed version means re-analysis
 * @param queryStopwords question words dropped from plain query words ({@code indexer/query-stopwords.txt})
 * @param functionWords  words that never make a match on their own (的, 了, 不: {@code indexer/query-function-words.txt})
 * @param dictionary     the domain dictionary's terms, as {@link Dictionaries#terms()} read them (suggestions offer them)
 * @param gists          each document's keywords and summary, with the same dictionary's words
 */
public record IndexAnalyzers(Analyzer indexing, Analyzer words, Analyzer ngrams, Analyzer pinyin, String version,
                             List<String> queryStopwords, Set<String> functionWords, List<String> dictionary,
                             Gists gists) {

    public static final String QUERY_STOPWORDS = "query-stopwords.txt";
    public static final String FUNCTION_WORDS = "query-function-words.txt";

    public IndexAnalyzers(Analyzer indexing, Analyzer words, Analyzer ngrams, Analyzer pinyin, String version) {
        this(indexing, words, ngrams, pinyin, version, List.of(), Set.of(), List.of(),
                new Gists(Dictionaries.builtIn()));
    }

    /** The same analyzers with these query stopwords, longest first so 怎么样 goes before 怎么. */
    public IndexAnalyzers withQueryStopwords(List<String> stopwords) {
        List<String> sorted = new ArrayList<>(stopwords);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new IndexAnalyzers(indexing, words, ngrams, pinyin, version, List.copyOf(sorted), functionWords,
                dictionary, gists);
    }

    /** The same analyzers with these function words. */
    public IndexAnalyzers withFunctionWords(Set<String> words) {
        return new IndexAnalyzers(indexing, this.words, ngrams, pinyin, version, queryStopwords, Set.copyOf(words),
                dictionary, gists);
    }

    /** The function words of {@code indexer/query-function-words.txt}; none when the file is absent. */
    public static Set<String> readFunctionWords(Path configDir) {
        return new java.util.LinkedHashSet<>(readLines(configDir.resolve(FUNCTION_WORDS)));
    }

    /** The question words of {@code indexer/query-stopwords.txt}; none when the file is absent. */
    public static List<String> readQueryStopwords(Path configDir) {
        return readLines(configDir.resolve(QUERY_STOPWORDS));
    }

    private static List<String> readLines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("无法读取 " + file + "：" + e.getMessage(), e);
        }
    }

    public static IndexAnalyzers create(Dictionaries dicts) {
        Analyzer ngramIndex = new NgramAnalyzer(StudyAnalyzer.Mode.INDEX);
        Analyzer indexing = new PerFieldAnalyzerWrapper(new StudyAnalyzer(dicts, StudyAnalyzer.Mode.INDEX),
                Map.of(Fields.TITLE_NGRAM, ngramIndex, Fields.BODY_NGRAM, ngramIndex,
                        Fields.TITLE_PINYIN, new PinyinAnalyzer(dicts, StudyAnalyzer.Mode.INDEX),
                        Fields.TITLE_SYLLABLES, new SyllableAnalyzer(dicts)));
        return new IndexAnalyzers(indexing, new StudyAnalyzer(dicts, StudyAnalyzer.Mode.QUERY),
                new NgramAnalyzer(StudyAnalyzer.Mode.QUERY), new PinyinAnalyzer(dicts, StudyAnalyzer.Mode.QUERY),
                dicts.version(), List.of(), Set.of(), dicts.terms(), new Gists(dicts));
    }

    /**
     * Loads the dictionaries of a configuration folder ({@code indexer/}).
     *
     * @throws IllegalArgumentException naming file and line when a file is malformed or missing
     */
    public static IndexAnalyzers load(Path configDir) {
        try {
            return create(Dictionaries.load(configDir)).withQueryStopwords(readQueryStopwords(configDir))
                    .withFunctionWords(readFunctionWords(configDir));
        } catch (IOException e) {
            throw new IllegalArgumentException("无法读取词典配置：" + e.getMessage(), e);
        } catch (MalformedDictionaryException e) {
            throw new IllegalArgumentException("词典配置有误：" + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("无法读取词典配置：" + e.getCause().getMessage(), e);
        }
    }
}
