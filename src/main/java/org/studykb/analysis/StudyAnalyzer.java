package org.studykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;

/** Placeholder until the analysis branch lands. */
public final class StudyAnalyzer extends Analyzer {
    public enum Mode { INDEX, QUERY }

    public StudyAnalyzer(Dictionaries dicts, Mode mode) {
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new HMMChineseTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        return new TokenStreamComponents(source, ts);
    }
}
