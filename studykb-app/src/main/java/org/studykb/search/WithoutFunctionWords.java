package org.studykb.search;

import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;

/**
 * The query words analyzer without the function words (的, 了, 不 …) that occur in nearly every document:
 * as query words they would make a hit, and a highlight, on their own. They stay in the n-gram phrases, so
 * a query typed with them still prefers the text that has them verbatim.
 */
final class WithoutFunctionWords extends AnalyzerWrapper {
    private final Analyzer words;
    private final CharArraySet functionWords;

    WithoutFunctionWords(Analyzer words, Set<String> functionWords) {
        super(words.getReuseStrategy());
        this.words = words;
        this.functionWords = CharArraySet.unmodifiableSet(new CharArraySet(functionWords, false));
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return words;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        if (functionWords.isEmpty()) {
            return components;
        }
        return new TokenStreamComponents(components.getSource(),
                new StopFilter(components.getTokenStream(), functionWords));
    }
}
