package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.studykb.access.Role;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;

/**
 * Suggestions while a person types: words of the texts and of the domain dictionary that start with what was
 * typed (or whose pinyin does), and document titles that contain it, from two lucene-suggest suggesters
 * ({@link SuggestedWords}, {@link SuggestedTitles}) built once per index generation from the one pass over the term
 * dictionary that searches share ({@link IndexTerms}). Words are chosen and ordered by how many records the person
 * may see hold them ({@link WordCounts}, by their {@link Viewer}'s rank, the suggesters' context), so a 内部
 * document they may not see neither offers its words nor moves others; a title is offered only when they may see
 * its document.
 */
public final class LuceneSuggestions implements Suggestions {
    /** Candidate words looked up for one request at most, most frequent (for the viewer) first. */
    static final int MAX_COUNTED = 40;

    private final SearchService search;
    private IndexTerms builtFor;
    private Built built;

    /**
     * The suggesters of one index generation. Each holds a small in-memory index; an old one is left to the
     * garbage collector rather than closed, since a request may still be reading it.
     */
    private record Built(SuggestedWords words, SuggestedTitles titles) {
    }

    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("[a-z]+");

    /** Suggestions over the search's index; the domain dictionary's words come from its analyzers. */
    public LuceneSuggestions(SearchService search) {
        this.search = search;
    }

    @Override
    public List<Suggestion> suggest(String typed, int max, Viewer viewer) throws IOException {
        String prefix = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (prefix.isEmpty() || max <= 0) {
            return List.of();
        }
        IndexSearcher searcher = search.acquire();
        try {
            Built b = built(searcher);
            String letters = prefix.replace(" ", "");
            String key = LETTERS.matcher(letters).matches() ? letters : prefix;
            int want = Math.max(1, (max + 1) / 2);
            List<String> words = b.words().lookup(key, viewer.rank(), want + 2);
            List<Suggestion> out = new ArrayList<>(documentCounts(searcher, words, want, viewer));
            if (out.size() < want && words.size() == want + 2) { // rare: words in passages only, say
                out = new ArrayList<>(documentCounts(searcher, b.words().lookup(key, viewer.rank(), MAX_COUNTED),
                        want, viewer));
            }
            for (SuggestedTitles.Title t : b.titles().lookup(prefix, viewer.rank(), max - out.size())) {
                out.add(new Suggestion(t.title(), "title", t.id(), 1));
            }
            return out;
        } finally {
            search.release(searcher);
        }
    }

    /** The context of suggester entries that every rank may be offered: most are, and need only this one. */
    static final BytesRef EVERY_RANK = new BytesRef("r*");

    /** The contexts of a suggester entry that viewers of these {@link Viewer#rank() ranks} may be offered. */
    static Set<BytesRef> contexts(Collection<Integer> ranks) {
        if (ranks.size() == Role.values().length + 1) {
            return Set.of(EVERY_RANK);
        }
        Set<BytesRef> out = new HashSet<>();
        ranks.forEach(r -> out.add(new BytesRef("r" + r)));
        return out;
    }

    /** The contexts whose entries a viewer of this rank may be offered (any one of them). */
    static Set<BytesRef> offeredTo(int rank) {
        return Set.of(EVERY_RANK, new BytesRef("r" + rank));
    }

    /** Up to {@code max} of the words, each with how many documents (not passages) the viewer may see hold it. */
    private static List<Suggestion> documentCounts(IndexSearcher searcher, List<String> words, int max,
                                                   Viewer viewer) throws IOException {
        List<Suggestion> out = new ArrayList<>();
        for (String word : words) {
            if (out.size() >= max) {
                break;
            }
            var q = Visibility.restrict(viewer, new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.BODY, word)), BooleanClause.Occur.FILTER).build());
            int n = searcher.count(q);
            if (n > 0) {
                out.add(new Suggestion(word, "term", null, n));
            }
        }
        return out;
    }

    private synchronized Built built(IndexSearcher searcher) throws IOException {
        IndexTerms terms = search.terms(searcher);
        if (terms != builtFor) {
            built = new Built(SuggestedWords.build(terms, Set.copyOf(dictionaryWords())),
                    SuggestedTitles.build(searcher));
            builtFor = terms;
        }
        return built;
    }

    /** The domain dictionary's words worth suggesting, as analysis read the file (one reading, one folding). */
    private List<String> dictionaryWords() {
        return search.analyzers().dictionary().stream().filter(Suggestions::worthSuggesting).toList();
    }
}
