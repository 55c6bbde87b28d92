package org.studykb.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * The recall safety net: the same folding as {@link StudyAnalyzer}, then CJK unigrams and bigrams
 * and whole lower-cased runs of letters or digits. Index a second copy of the text with {@link
 * StudyAnalyzer.Mode#INDEX} and search it with {@link StudyAnalyzer.Mode#QUERY}: a phrase query
 * built from the query analyzer finds every document that contains the quoted text verbatim,
 * whatever the segmenter did with it, and a word the dictionary does not know is still found.
 */
public final class NgramAnalyzer extends Analyzer {
    private final StudyAnalyzer.Mode mode;

    public NgramAnalyzer(StudyAnalyzer.Mode mode) {
        this.mode = mode;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return Folding.fold(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return Folding.fold(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        NgramTokenizer source = new NgramTokenizer(mode);
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return StudyAnalyzer.POSITION_GAP;
    }

    @Override
    public String toString() {
        return "NgramAnalyzer(" + mode + ")";
    }
}
