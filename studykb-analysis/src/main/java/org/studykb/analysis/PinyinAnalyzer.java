package org.studykb.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Pinyin for a pinyin field (titles, dictionary terms) and suggestions: the same folding and
 * HanLP segmentation as {@link StudyAnalyzer}, then each word's toneless pinyin.
 *
 * <p>{@link StudyAnalyzer.Mode#INDEX}: the word graph with every word as full pinyin plus stacked
 * initials (科学发展观 → kexuefazhanguan, kxfzg; its pieces kexue, fazhan, guan …).
 * {@link StudyAnalyzer.Mode#QUERY}: typed pinyin is kept (kexuefazhanguan, kxfzg), syllables typed
 * apart are joined (ke xue fa zhan guan), and Chinese is converted, so a homophone typo (科学发展关)
 * meets the right word's pinyin: the basis for "did you mean".
 */
public final class PinyinAnalyzer extends Analyzer {
    private final Dictionaries dicts;
    private final StudyAnalyzer.Mode mode;

    public PinyinAnalyzer(Dictionaries dicts, StudyAnalyzer.Mode mode) {
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
        if (mode == StudyAnalyzer.Mode.INDEX) {
            ts = new PinyinFilter(ts, true);
        } else {
            ts = new SyllableJoinFilter(new PinyinFilter(ts, false));
        }
        return new TokenStreamComponents(source, ts);
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
        return "PinyinAnalyzer(" + mode + ", " + dicts.version() + ")";
    }
}
