package org.studykb.index;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.studykb.analysis.Dictionaries;
import org.studykb.analysis.NgramAnalyzer;
import org.studykb.analysis.StudyAnalyzer;

/**
 * The analyzers of each field, for writing and for querying. Words fields use HanLP; the
 * {@code *_ng} fields are the n-gram safety net.
 */
public record IndexAnalyzers(Analyzer indexing, Analyzer words, Analyzer ngrams, String version) {

    public static IndexAnalyzers create(Dictionaries dicts) {
        Analyzer ngram = new NgramAnalyzer(dicts);
        Analyzer indexing = new PerFieldAnalyzerWrapper(new StudyAnalyzer(dicts, StudyAnalyzer.Mode.INDEX),
                Map.of(Fields.TITLE_NGRAM, ngram, Fields.BODY_NGRAM, ngram));
        return new IndexAnalyzers(indexing, new StudyAnalyzer(dicts, StudyAnalyzer.Mode.QUERY), ngram,
                dicts.version());
    }
}
