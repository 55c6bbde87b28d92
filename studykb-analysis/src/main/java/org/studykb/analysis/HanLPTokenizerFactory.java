package org.studykb.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Names {@link HanLPTokenizer} for a Solr schema or {@code CustomAnalyzer}:
 * {@code <tokenizer name="hanlp" dictionary="dictionary.txt" mode="index"/>}.
 *
 * <ul>
 *   <li>{@code dictionary}: the domain dictionary ({@code indexer/dictionary.txt}'s format), a resource name read
 *       through the {@link ResourceLoader}; without it, HanLP's shipped dictionaries only;
 *   <li>{@code mode}: {@code index} (pieces with the longer words stacked over them) or {@code query} (the
 *       segmenter's words; the default).
 * </ul>
 * Feed it folded text ({@link FoldingCharFilterFactory}) and follow it with Lucene's {@code lowercase}, as
 * {@link StudyAnalyzer} does.
 */
public final class HanLPTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {
    /** SPI name. */
    public static final String NAME = "hanlp";

    private final String dictionary;
    private final StudyAnalyzer.Mode mode;
    private Dictionaries dicts;

    public HanLPTokenizerFactory(Map<String, String> args) {
        super(args);
        dictionary = FactoryArgs.resourceName(NAME, args, FactoryArgs.DICTIONARY);
        mode = FactoryArgs.mode(NAME, args);
        FactoryArgs.refuseUnknown(NAME, args, FactoryArgs.DICTIONARY, FactoryArgs.MODE);
        if (dictionary == null) {
            dicts = Dictionaries.builtIn();
        }
    }

    /** Lucene's SPI requires it; use {@link #HanLPTokenizerFactory(Map)}. */
    public HanLPTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        if (dictionary != null) {
            byte[] bytes = FactoryArgs.read(loader, NAME, FactoryArgs.DICTIONARY, dictionary);
            dicts = Dictionaries.words(FactoryArgs.source(dictionary), bytes);
        }
    }

    @Override
    public Tokenizer create(AttributeFactory factory) {
        if (dicts == null) {
            throw new IllegalStateException(NAME + ": dictionary '" + dictionary + "' not loaded: call inform first");
        }
        return new HanLPTokenizer(factory, dicts, mode);
    }
}
