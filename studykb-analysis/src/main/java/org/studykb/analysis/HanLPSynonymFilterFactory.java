package org.studykb.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Names the query-time synonym step of {@link StudyAnalyzer}:
 * {@code <filter name="studykbSynonyms" dictionary="dictionary.txt" synonyms="synonyms.txt"/>}.
 *
 * <ul>
 *   <li>{@code synonyms} (required): {@code indexer/synonyms.txt}'s format (Solr's, checked strictly: a line
 *       that conflicts with another is refused, naming both), a resource name;
 *   <li>{@code dictionary}: the domain dictionary the synonym entries are segmented with, the same resource the
 *       chain's {@code hanlp} tokenizer reads (entries must become the words the query will have); without it,
 *       HanLP's shipped dictionaries.
 * </ul>
 * Put it after {@code hanlp mode="query"} and {@code lowercase}. It emits a graph: the query builder consumes it;
 * an index-time chain would need Lucene's {@code flattenGraph} after it.
 */
public final class HanLPSynonymFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {
    /** SPI name. */
    public static final String NAME = "studykbSynonyms";

    private final String dictionary;
    private final String synonyms;
    private Dictionaries dicts;

    public HanLPSynonymFilterFactory(Map<String, String> args) {
        super(args);
        dictionary = FactoryArgs.resourceName(NAME, args, FactoryArgs.DICTIONARY);
        synonyms = FactoryArgs.resourceName(NAME, args, FactoryArgs.SYNONYMS);
        FactoryArgs.refuseUnknown(NAME, args, FactoryArgs.SYNONYMS, FactoryArgs.DICTIONARY);
        if (synonyms == null) {
            throw new IllegalArgumentException(NAME + ": " + FactoryArgs.SYNONYMS + " is required (a resource name)");
        }
    }

    /** Lucene's SPI requires it; use {@link #HanLPSynonymFilterFactory(Map)}. */
    public HanLPSynonymFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        byte[] synBytes = FactoryArgs.read(loader, NAME, FactoryArgs.SYNONYMS, synonyms);
        byte[] dictBytes = dictionary == null ? new byte[0]
                : FactoryArgs.read(loader, NAME, FactoryArgs.DICTIONARY, dictionary);
        dicts = Dictionaries.parse(FactoryArgs.source(dictionary == null ? "(no dictionary)" : dictionary),
                dictBytes, FactoryArgs.source(synonyms), synBytes);
    }

    @Override
    public TokenStream create(TokenStream input) {
        if (dicts == null) {
            throw new IllegalStateException(NAME + ": synonyms '" + synonyms + "' not loaded: call inform first");
        }
        return StudyAnalyzer.synonyms(input, dicts);
    }
}
