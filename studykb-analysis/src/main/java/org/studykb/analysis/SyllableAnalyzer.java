package org.studykb.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Pinyin of every Chinese character, for phrases typed in pinyin that span several words: the same folding and
 * HanLP segmentation as {@link StudyAnalyzer}, then one position per character with its syllable
 * ({@link CharSyllableFilter}). A phrase query of syllables ({@code min zhu sheng huo hui}) or of initials
 * ({@code m z s h h}, each position any syllable of its letter) then finds the characters, whatever words the
 * segmenter made of them. Index-side only: the query side cuts typed letters into syllables
 * ({@link Pinyins#segmentations}).
 */
public final class SyllableAnalyzer extends Analyzer {
    private final Dictionaries dicts;

    public SyllableAnalyzer(Dictionaries dicts) {
        this.dicts = dicts;
    }

    /** The syllable tokens of a word stream analysed beforehand (the body's words, analysed once per document). */
    public static TokenStream of(TokenStream words) {
        return new CharSyllableFilter(words);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return Folding.fold(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new HanLPTokenizer(dicts, StudyAnalyzer.Mode.QUERY);
        return new TokenStreamComponents(source, new CharSyllableFilter(new LowerCaseFilter(source)));
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
        return "SyllableAnalyzer(" + dicts.version() + ")";
    }
}
