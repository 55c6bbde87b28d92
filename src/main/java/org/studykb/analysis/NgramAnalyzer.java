package org.studykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Placeholder until the analysis branch lands. */
public final class NgramAnalyzer extends Analyzer {
    public NgramAnalyzer(Dictionaries dicts) {
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new CJKBigramFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, ts);
    }
}
