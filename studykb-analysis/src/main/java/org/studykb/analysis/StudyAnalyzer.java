package org.studykb.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * The word analyzer: folding (traditional → simplified, full-width → half-width, lower case), then
 * HanLP segmentation with the domain dictionary. Use {@link Mode#INDEX} when indexing the word
 * field (pieces plus the longer words stacked over them) and {@link Mode#QUERY} when parsing
 * queries against it (the segmenter's words, then the synonym graph; the query builder consumes
 * the graph, so there is no FlattenGraphFilter).
 *
 * <p>One instance is shared by all threads; Lucene gives each thread its own tokenizer.
 */
public final class StudyAnalyzer extends Analyzer {
    /** Keeps phrase queries from matching across the values of a multi-valued field. */
    public static final int POSITION_GAP = 100;

    /** Index-time or query-time analysis. */
    public enum Mode { INDEX, QUERY }

    private final Dictionaries dicts;
    private final Mode mode;

    public StudyAnalyzer(Dictionaries dicts, Mode mode) {
        this.dicts = dicts;
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
        Tokenizer source = new HanLPTokenizer(dicts, mode);
        TokenStream ts = new LowerCaseFilter(source);
        if (mode == Mode.QUERY) {
            ts = synonyms(ts, dicts);
        }
        return new TokenStreamComponents(source, ts);
    }

    /**
     * The query-time synonym graph over lower-cased words (ignoring case), or {@code words} unchanged when there
     * are no synonyms; {@link HanLPSynonymFilterFactory} builds the same step.
     */
    static TokenStream synonyms(TokenStream words, Dictionaries dicts) {
        return dicts.hasSynonyms() ? new SynonymGraphFilter(words, dicts.synonyms(), true) : words;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }

    @Override
    public String toString() {
        return "StudyAnalyzer(" + mode + ", " + dicts.version() + ")";
    }
}
