package org.studykb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.studykb.analysis.Dictionaries;
import org.studykb.analysis.MalformedDictionaryException;
import org.studykb.analysis.NgramAnalyzer;
import org.studykb.analysis.PinyinAnalyzer;
import org.studykb.analysis.StudyAnalyzer;

/**
 * The analyzers of each field, for writing and for querying. Words fields use HanLP (fine pieces
 * with longer words stacked over them when writing; the segmenter's words plus synonyms when
 * querying); the {@code *_ng} fields are the n-gram safety net; {@code title_py} holds the pinyin
 * of titles.
 *
 * @param version which dictionary and synonyms analysed a document: a changed version means re-analysis
 */
public record IndexAnalyzers(Analyzer indexing, Analyzer words, Analyzer ngrams, Analyzer pinyin, String version) {

    public static IndexAnalyzers create(Dictionaries dicts) {
        Analyzer ngramIndex = new NgramAnalyzer(StudyAnalyzer.Mode.INDEX);
        Analyzer indexing = new PerFieldAnalyzerWrapper(new StudyAnalyzer(dicts, StudyAnalyzer.Mode.INDEX),
                Map.of(Fields.TITLE_NGRAM, ngramIndex, Fields.BODY_NGRAM, ngramIndex,
                        Fields.TITLE_PINYIN, new PinyinAnalyzer(dicts, StudyAnalyzer.Mode.INDEX)));
        return new IndexAnalyzers(indexing, new StudyAnalyzer(dicts, StudyAnalyzer.Mode.QUERY),
                new NgramAnalyzer(StudyAnalyzer.Mode.QUERY), new PinyinAnalyzer(dicts, StudyAnalyzer.Mode.QUERY),
                dicts.version());
    }

    /**
     * Loads the dictionaries of a configuration folder ({@code indexer/}).
     *
     * @throws IllegalArgumentException naming file and line when a file is malformed or missing
     */
    public static IndexAnalyzers load(Path configDir) {
        try {
            return create(Dictionaries.load(configDir));
        } catch (IOException e) {
            throw new IllegalArgumentException("无法读取词典配置：" + e.getMessage(), e);
        } catch (MalformedDictionaryException e) {
            throw new IllegalArgumentException("词典配置有误：" + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("无法读取词典配置：" + e.getCause().getMessage(), e);
        }
    }
}
