package org.studykb.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.search.Suggestions;

/**
 * {@link Suggestions} of the Solr backend, asked of the collection at each request (nothing is kept between
 * requests, so a commit is seen at once): the body's words that start with what was typed, by a JSON terms facet
 * over the records the viewer may see — ordered by how many records hold them, as the embedded suggester orders
 * them, and counted in documents — then the titles of visible documents that contain it, those that start with it
 * first, shorter first. A 内部 document the viewer may not see is outside the facet's domain and the titles'
 * query, so it neither offers its words or title nor changes another word's count or place.
 *
 * <p>Unlike the embedded suggester, words are not found by their pinyin ({@code kexuefa} offers no word here), and a
 * word of the domain dictionary needs {@link Suggestions#MIN_TERM_DOCS} records like any other.
 */
final class SolrSuggestions implements Suggestions {
    /** Candidate words read for one request at most, most records first (as the embedded suggester's). */
    static final int MAX_COUNTED = 40;
    /** Longer words are not offered, nor looked up (as the embedded suggester's). */
    static final int MAX_WORD_CHARS = 100;
    /**
     * Documents whose titles hold the typed characters read for one request at most: past that many (a single
     * common character on a large collection), the shortest titles among them are offered, not the shortest of all.
     */
    static final int TITLE_CANDIDATES = 1_000;
    private static final String TYPED_PARAM = "studykb.typed";
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");

    private final SolrSearches solr;

    SolrSuggestions(SolrSearches solr) {
        this.solr = solr;
    }

    @Override
    public List<Suggestion> suggest(String typed, int max, Viewer viewer) throws IOException {
        String prefix = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (prefix.isEmpty() || max <= 0) {
            return List.of();
        }
        String letters = prefix.replace(" ", "");
        String key = LETTERS.matcher(letters).matches() ? letters : prefix;
        List<Suggestion> out = new ArrayList<>(words(key, Math.max(1, (max + 1) / 2), viewer));
        out.addAll(titles(prefix, max - out.size(), viewer));
        return out;
    }

    /**
     * Up to {@code want} words worth suggesting that start with {@code key}, in at least
     * {@link Suggestions#MIN_TERM_DOCS} records the viewer may see, most such records first (ties in term order),
     * each with how many documents the viewer may see hold it; a word only passages hold is passed over.
     */
    private List<Suggestion> words(String key, int want, Viewer viewer) throws IOException {
        if (key.length() > MAX_WORD_CHARS) {
            return List.of();
        }
        SolrQuery q = new SolrQuery("*:*");
        SolrFilters.visibility(viewer).ifPresent(q::addFilterQuery);
        q.setRows(0);
        q.set("json.facet", "{words:{type:terms,field:" + Fields.BODY + ",prefix:" + json(key)
                + ",limit:" + MAX_COUNTED + ",mincount:" + MIN_TERM_DOCS + ",sort:\"count desc\",refine:true,"
                + "facet:{docs:{type:query,q:" + json(Fields.KIND + ":" + Fields.KIND_DOC) + "}}}}");
        var facets = solr.query(q).getJsonFacetingResponse();
        BucketBasedJsonFacet words = facets == null ? null : facets.getBucketBasedFacets("words");
        List<Suggestion> out = new ArrayList<>();
        if (words == null) {
            return out;
        }
        for (BucketJsonFacet b : words.getBuckets()) {
            String word = b.getVal().toString();
            var docs = b.getQueryFacet("docs");
            long n = docs == null ? 0 : docs.getCount();
            if (out.size() < want && n > 0 && word.length() <= MAX_WORD_CHARS && Suggestions.worthSuggesting(word)) {
                out.add(new Suggestion(word, "term", null, n));
            }
        }
        return out;
    }

    /**
     * Up to {@code want} titles of documents the viewer may see that contain {@code typed} (lower-cased): those that
     * start with it first, then shorter before longer, then by title and id.
     */
    private List<Suggestion> titles(String typed, int want, Viewer viewer) throws IOException {
        if (want <= 0) {
            return List.of();
        }
        SolrQuery q = new SolrQuery("{!field f=" + Fields.TITLE_NGRAM + " v=$" + TYPED_PARAM + "}");
        q.set(TYPED_PARAM, typed);
        q.addFilterQuery(Fields.KIND + ":" + Fields.KIND_DOC);
        SolrFilters.visibility(viewer).ifPresent(q::addFilterQuery);
        q.setFields(Fields.ID, Fields.TITLE);
        q.setRows(TITLE_CANDIDATES);
        record Title(String title, String id, boolean starts) {
        }
        List<Title> found = new ArrayList<>();
        for (SolrDocument d : solr.query(q).getResults()) {
            String id = (String) d.getFieldValue(Fields.ID);
            String title = d.getFirstValue(Fields.TITLE) == null ? id : d.getFirstValue(Fields.TITLE).toString();
            String lower = title.toLowerCase(Locale.ROOT);
            if (lower.contains(typed)) {
                found.add(new Title(title, id, lower.startsWith(typed)));
            }
        }
        return found.stream()
                .sorted(Comparator.comparing((Title t) -> !t.starts()).thenComparingInt(t -> t.title().length())
                        .thenComparing(Title::title).thenComparing(Title::id))
                .limit(want)
                .map(t -> new Suggestion(t.title(), "title", t.id(), 1))
                .toList();
    }

    /** A JSON string of {@code s}. */
    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
