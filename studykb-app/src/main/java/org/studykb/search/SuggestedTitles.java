package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.studykb.index.Fields;
import org.studykb.access.Role;
import org.studykb.access.Viewer;

/**
 * The document titles offered while typing, in a lucene-suggest infix suggester held in memory ({@link MemorySuggester}).
 * Chinese titles have no word boundaries, so a title is entered character by character and the characters typed
 * find the titles holding them all; of those, a title is offered when it holds the typed text as written (case
 * aside). Titles that start with it come first, then the others; among each, shorter titles first, then by title
 * and id. Each title's contexts are the ranks of viewer that may see its document and its first character, so a
 * viewer is never offered a title they may not see, and the order among the others does not depend on it.
 */
final class SuggestedTitles {
    /** Characters of the typed text that select candidates; the whole text is checked on each candidate. */
    static final int MAX_KEY_CHARS = 32;
    /** Single characters are looked up as indexed one-character n-grams. */
    static final int MIN_PREFIX_CHARS = 2;

    private final MemorySuggester suggester;

    /** A title to offer and the id of its document. */
    record Title(String title, String id) {
    }

    private SuggestedTitles(MemorySuggester suggester) {
        this.suggester = suggester;
    }

    /** Every document's title (its id when it has none), with the ranks that may see the document. */
    static SuggestedTitles build(IndexSearcher searcher) throws IOException {
        record Read(String lower, String title, String id, Set<BytesRef> contexts) {
        }
        List<Viewer> byRank = viewersByRank();
        List<Read> titles = new ArrayList<>();
        TermQuery docs = new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC));
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(docs, Math.max(1, searcher.count(docs))).scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(Fields.ID, Fields.TITLE, Fields.ACCESS));
            String title = d.get(Fields.TITLE) == null ? d.get(Fields.ID) : d.get(Fields.TITLE);
            String lower = title.toLowerCase(Locale.ROOT);
            if (lower.isEmpty()) {
                continue;
            }
            List<Integer> ranks = new ArrayList<>();
            List<String> access = List.of(d.getValues(Fields.ACCESS));
            for (int rank = 0; rank < byRank.size(); rank++) {
                if (byRank.get(rank).sees(access)) {
                    ranks.add(rank);
                }
            }
            Set<BytesRef> contexts = new HashSet<>(LuceneSuggestions.contexts(ranks));
            contexts.add(anchor(lower));
            titles.add(new Read(lower, title, d.get(Fields.ID), contexts));
        }
        titles.sort(Comparator.comparingInt((Read t) -> t.title().length()).thenComparing(Read::title)
                .thenComparing(Read::id));
        List<SuggesterEntries.Entry> entries = new ArrayList<>();
        long weight = titles.size();
        for (Read t : titles) {
            entries.add(new SuggesterEntries.Entry(new BytesRef(t.title()), new BytesRef(t.id()), weight--,
                    t.contexts()));
        }
        var characters = SuggestedWords.analyzer(() -> new NGramTokenizer(1, 1));
        MemorySuggester suggester = new MemorySuggester(characters, characters, MIN_PREFIX_CHARS);
        suggester.build(new SuggesterEntries(entries));
        return new SuggestedTitles(suggester);
    }

    /** Up to {@code want} titles holding {@code typed} (lower-cased) that a viewer of {@code rank} may see. */
    List<Title> lookup(String typed, int rank, int want) throws IOException {
        List<Title> out = new ArrayList<>();
        if (want <= 0) {
            return out;
        }
        int[] cps = typed.codePoints().limit(MAX_KEY_CHARS).toArray();
        String key = new String(cps, 0, cps.length);
        collect(key, context(rank, typed), want, out, t -> t.startsWith(typed));
        if (out.size() < want) {
            collect(key, context(rank, null), want, out, t -> t.contains(typed) && !t.startsWith(typed));
        }
        return out;
    }

    /**
     * Adds to {@code out}, in weight order, the candidates whose lower-cased title {@code fits}, until it holds
     * {@code want}: asks the suggester for four times as many each time the candidates run out.
     */
    private void collect(String key, BooleanQuery context, int want, List<Title> out, Predicate<String> fits)
            throws IOException {
        int num = 2 * want + 2;
        int seen = 0;
        while (true) {
            List<Lookup.LookupResult> found = suggester.lookup(key, context, num, true, false);
            for (int i = seen; i < found.size() && out.size() < want; i++) {
                String title = found.get(i).key.toString();
                if (fits.test(title.toLowerCase(Locale.ROOT))) {
                    out.add(new Title(title, found.get(i).payload.utf8ToString()));
                }
            }
            seen = found.size();
            if (out.size() >= want || found.size() < num) {
                return;
            }
            num *= 4;
        }
    }

    /** The viewer's rank, and when {@code start} is given, titles whose first character is that of {@code start}. */
    private BooleanQuery context(int rank, String start) {
        BooleanQuery.Builder visible = new BooleanQuery.Builder();
        for (BytesRef context : LuceneSuggestions.offeredTo(rank)) {
            suggester.addContextToQuery(visible, context, BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(visible.build(), BooleanClause.Occur.MUST);
        if (start != null) {
            suggester.addContextToQuery(b, anchor(start), BooleanClause.Occur.MUST);
        }
        return b.build();
    }

    private static BytesRef anchor(String lower) {
        return new BytesRef("^" + new String(Character.toChars(lower.codePointAt(0))));
    }

    /** A viewer of each rank: no role, each role in turn (and those below it), and the administrator last. */
    private static List<Viewer> viewersByRank() {
        List<Viewer> out = new ArrayList<>();
        out.add(Viewer.of(EnumSet.noneOf(Role.class)));
        for (Role role : Role.values()) {
            out.add(Viewer.of(EnumSet.of(role)));
        }
        return out;
    }
}
