package org.studykb.analysis;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ResourceLoader;

/**
 * Each of studykb's analyzers as a chain of SPI names with their arguments: the one definition that a Solr schema
 * ({@code studykb-solr}'s configset) and {@link CustomAnalyzer} are built from. {@code *FactoryTest} and
 * {@code ChainTest} check that every chain gives exactly its analyzer's tokens. Resources are named as in a
 * configset: {@link #DICTIONARY} and {@link #SYNONYMS}, the files of {@code indexer/}.
 */
public enum Chain {
    /** {@link StudyAnalyzer} INDEX: fine words with longer words stacked over them. */
    WORDS_INDEX(hanlp("index"), lowercase()),
    /** {@link StudyAnalyzer} QUERY: the segmenter's words, then the synonyms. */
    WORDS_QUERY(hanlp("query"), lowercase(), step(HanLPSynonymFilterFactory.NAME, "synonyms", SynonymFile.NAME,
            "dictionary", DictionaryFile.NAME)),
    /** {@link NgramAnalyzer} INDEX: unigrams and stacked bigrams. */
    NGRAMS_INDEX(step(NgramTokenizerFactory.NAME, "mode", "index"), lowercase()),
    /** {@link NgramAnalyzer} QUERY. */
    NGRAMS_QUERY(step(NgramTokenizerFactory.NAME, "mode", "query"), lowercase()),
    /** {@link PinyinAnalyzer} INDEX: each word's syllables joined, and its initials. */
    PINYIN_INDEX(hanlp("index"), lowercase(), step(PinyinFilterFactory.NAME, "initials", "true")),
    /** {@link PinyinAnalyzer} QUERY: typed letters cut into syllables, joined per word. */
    PINYIN_QUERY(hanlp("query"), lowercase(), step(PinyinFilterFactory.NAME, "initials", "false"),
            step(SyllableJoinFilterFactory.NAME)),
    /** {@link SyllableAnalyzer}: one position per Chinese character, its syllable (titles). */
    SYLLABLES(hanlp("query"), lowercase(), step(CharSyllableFilterFactory.NAME)),
    /**
     * The body's syllables: {@link SyllableAnalyzer#of} over {@link #WORDS_INDEX}'s tokens, as the embedded index
     * makes them from the words it has analysed already.
     */
    WORD_SYLLABLES(hanlp("index"), lowercase(), step(CharSyllableFilterFactory.NAME));

    /** The domain dictionary, as a resource of a configset or of {@code indexer/}. */
    public static final String DICTIONARY = DictionaryFile.NAME;
    /** The query-time synonyms, as a resource of a configset or of {@code indexer/}. */
    public static final String SYNONYMS = SynonymFile.NAME;
    /** The positions between two values of one field, as every analyzer of ours leaves. */
    public static final int POSITION_GAP = StudyAnalyzer.POSITION_GAP;

    /** One piece of a chain: its SPI name and its arguments, in order. */
    public record Step(String name, Map<String, String> args) {
        public Step {
            args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
        }
    }

    private final Step tokenizer;
    private final List<Step> filters;

    Chain(Step tokenizer, Step... filters) {
        this.tokenizer = tokenizer;
        this.filters = List.of(filters);
    }

    /** The char filters: every chain folds first (traditional → simplified, full-width → half-width, lower case). */
    public List<Step> charFilters() {
        return List.of(step(FoldingCharFilterFactory.NAME));
    }

    public Step tokenizer() {
        return tokenizer;
    }

    public List<Step> filters() {
        return filters;
    }

    /** The analyzer this chain names, its resources read through {@code loader}. */
    public CustomAnalyzer build(ResourceLoader loader) throws IOException {
        CustomAnalyzer.Builder b = CustomAnalyzer.builder(loader).withPositionIncrementGap(POSITION_GAP);
        for (Step s : charFilters()) {
            b.addCharFilter(s.name(), new LinkedHashMap<>(s.args()));
        }
        b.withTokenizer(tokenizer.name(), new LinkedHashMap<>(tokenizer.args()));
        for (Step s : filters) {
            b.addTokenFilter(s.name(), new LinkedHashMap<>(s.args()));
        }
        return b.build();
    }

    private static Step hanlp(String mode) {
        return step(HanLPTokenizerFactory.NAME, "dictionary", DictionaryFile.NAME, "mode", mode);
    }

    private static Step lowercase() {
        return step(LowerCaseFilterFactory.NAME);
    }

    private static Step step(String name, String... keysAndValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            args.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Step(name, args);
    }
}
