package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.util.BytesRef;
import org.studykb.access.Role;

/**
 * The words of the texts offered while typing, in a lucene-suggest infix suggester held in memory ({@link MemorySuggester}):
 * a word is found by what it starts with, or by what its full pinyin starts with ({@code kexuefa → 科学发展观}).
 * A word is entered once per number of records that some ranks of viewer see it in (enough of them), tagged with
 * those ranks as the suggester's contexts (most words: one entry, for every rank) and weighted by that number, so
 * a 内部 document neither offers its words to a viewer who may not see it nor changes the weight of another word
 * for them. Ties go to the word that
 * comes first in the term dictionary, whichever words are hidden.
 */
final class SuggestedWords {
    /** Prefixes shorter than this are looked up as indexed edge n-grams, longer ones as prefix queries. */
    static final int MIN_PREFIX_CHARS = 4;
    /** Longer words (a run of Latin letters, a mangled file name) are not offered, nor looked up. */
    static final int MAX_WORD_CHARS = 100;

    private final MemorySuggester suggester;

    private SuggestedWords(MemorySuggester suggester) {
        this.suggester = suggester;
    }

    /**
     * Enters every counted word that a rank sees in at least {@code minimum} records: one record for a word of the
     * domain {@code dictionary}, {@link Suggestions#MIN_TERM_DOCS} for the others.
     */
    static SuggestedWords build(IndexTerms terms, Set<String> dictionary) throws IOException {
        WordCounts counts = terms.counts();
        List<SuggesterEntries.Entry> entries = new ArrayList<>();
        int ranks = Role.values().length;
        long order = Integer.MAX_VALUE;
        for (String word : counts.words()) {
            order--;
            if (word.length() > MAX_WORD_CHARS) {
                continue;
            }
            int minimum = dictionary.contains(word) ? 1 : Suggestions.MIN_TERM_DOCS;
            Map<Integer, List<Integer>> byCount = new LinkedHashMap<>();
            for (int rank = 0; rank <= ranks; rank++) {
                int n = counts.visible(word, rank);
                if (n >= minimum) {
                    byCount.computeIfAbsent(n, k -> new ArrayList<>()).add(rank);
                }
            }
            if (byCount.isEmpty()) {
                continue;
            }
            String pinyin = terms.pinyinOf(word);
            BytesRef text = new BytesRef(pinyin == null ? word : word + " " + pinyin);
            BytesRef payload = new BytesRef(word);
            for (Map.Entry<Integer, List<Integer>> e : byCount.entrySet()) {
                entries.add(new SuggesterEntries.Entry(text, payload, ((long) e.getKey() << 32) | order,
                        LuceneSuggestions.contexts(e.getValue())));
            }
        }
        MemorySuggester suggester = new MemorySuggester(analyzer(WhitespaceTokenizer::new),
                analyzer(KeywordTokenizer::new), MIN_PREFIX_CHARS);
        suggester.build(new SuggesterEntries(entries));
        return new SuggestedWords(suggester);
    }

    /**
     * Up to {@code num} words the viewer of {@code rank} sees that start with {@code key} or whose pinyin does, most
     * records first.
     */
    List<String> lookup(String key, int rank, int num) throws IOException {
        List<String> out = new ArrayList<>();
        if (key.length() > MAX_WORD_CHARS) {
            return out;
        }
        for (Lookup.LookupResult r : suggester.lookup(key, LuceneSuggestions.offeredTo(rank), num, true, false)) {
            out.add(r.payload.utf8ToString());
        }
        return out;
    }

    /** The same analyzer for every field: the tokenizer's tokens, lower-cased. */
    static Analyzer analyzer(Supplier<Tokenizer> tokenizer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }
}
