package org.studykb.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.search.Spellings;
import org.studykb.search.Suggestions;

/**
 * {@link Suggestions} of the Solr backend, asked of the collection at each request (nothing is kept between
 * requests, so a commit is seen at once): the body's words that start with what was typed, by a JSON terms facet
 * over the records the viewer may see — ordered by how many records hold them, as the embedded suggester orders
 * them, and counted in documents — then the titles of visible documents that contain it, those that start with it
 * first, shorter first. A 内部 document the viewer may not see is outside the facet's domain and the titles'
 * query, so it neither offers its words or title nor changes another word's count or place.
 *
 * <p>Words are found by their full pinyin too ({@code kexuefa → 科学发展观}): the whole collection's words of two to
 * eight ideographs whose pinyin starts with the letters ({@link Spellings#spelledFrom}, read once per version by
 * {@link SolrSpellings}), the most frequent first, each then counted for the viewer in the same request. As in the
 * embedded suggester, a word of the domain dictionary needs one record, any other {@link Suggestions#MIN_TERM_DOCS}.
 */
final class SolrSuggestions implements Suggestions {
    /** Candidate words read for one request at most, most records first (as the embedded suggester's). */
    static final int MAX_COUNTED = 40;
    /** Words spelled by typed letters counted for the viewer at most, the collection's most frequent first. */
    static final int PINYIN_COUNTED = 100;
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
    private final SolrSpellings spellings;
    private final Set<String> dictionary;

    SolrSuggestions(SolrSearches solr, SolrSpellings spellings, Collection<String> dictionary) {
        this.solr = solr;
        this.spellings = spellings;
        this.dictionary = Set.copyOf(dictionary);
    }

    @Override
    public List<Suggestion> suggest(String typed, int max, Viewer viewer) throws IOException {
        String prefix = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (prefix.isEmpty() || max <= 0) {
            return List.of();
        }
        String letters = prefix.replace(" ", "");
        boolean typedLetters = LETTERS.matcher(letters).matches();
        String key = typedLetters ? letters : prefix;
        List<Suggestion> out = new ArrayList<>(words(key, Math.max(1, (max + 1) / 2), viewer, typedLetters));
        out.addAll(titles(prefix, max - out.size(), viewer));
        return out;
    }

    /**
     * Up to {@code want} words worth suggesting that start with {@code key} (or, when it is letters, whose full pinyin
     * does), in as many records the viewer may see as a word needs (one for the domain dictionary's, else
     * {@link Suggestions#MIN_TERM_DOCS}), most such records first (ties in term order), each with how many documents
     * the viewer may see hold it; a word only passages hold is passed over. One request: a terms facet for the words
     * that start with the key, a query facet for each word the letters spell.
     */
    private List<Suggestion> words(String key, int want, Viewer viewer, boolean letters) throws IOException {
        if (key.length() > MAX_WORD_CHARS) {
            return List.of();
        }
        String docs = "facet:{docs:{type:query,q:" + json(Fields.KIND + ":" + Fields.KIND_DOC) + "}}";
        StringBuilder request = new StringBuilder("{w:{type:terms,field:").append(Fields.BODY).append(",prefix:")
                .append(json(key)).append(",limit:").append(MAX_COUNTED)
                .append(",mincount:1,sort:\"count desc\",refine:true,").append(docs).append('}');
        List<String> spelled = letters ? spellings.current().spelledFrom(key, PINYIN_COUNTED) : List.of();
        for (int i = 0; i < spelled.size(); i++) {
            request.append(",p").append(i).append(":{type:query,q:")
                    .append(json("{!term f=" + Fields.BODY + "}" + spelled.get(i))).append(',').append(docs)
                    .append('}');
        }
        SolrQuery q = new SolrQuery("*:*");
        SolrFilters.visibility(viewer).ifPresent(q::addFilterQuery);
        q.setRows(0);
        q.set("json.facet", request.append('}').toString());
        var facets = solr.query(q).getJsonFacetingResponse();
        record Word(String text, long records, long documents) {
        }
        Map<String, Word> found = new HashMap<>();
        BucketBasedJsonFacet prefixed = facets == null ? null : facets.getBucketBasedFacets("w");
        for (BucketJsonFacet b : prefixed == null ? List.<BucketJsonFacet>of() : prefixed.getBuckets()) {
            var d = b.getQueryFacet("docs");
            found.put(b.getVal().toString(), new Word(b.getVal().toString(), b.getCount(), d == null ? 0 : d.getCount()));
        }
        for (int i = 0; facets != null && i < spelled.size(); i++) {
            var p = facets.getQueryFacet("p" + i);
            var d = p == null ? null : p.getQueryFacet("docs");
            if (p != null) {
                found.put(spelled.get(i), new Word(spelled.get(i), p.getCount(), d == null ? 0 : d.getCount()));
            }
        }
        return found.values().stream()
                .filter(w -> w.documents() > 0 && w.text().length() <= MAX_WORD_CHARS
                        && Suggestions.worthSuggesting(w.text())
                        && (w.records() >= MIN_TERM_DOCS || dictionary.contains(w.text())))
                .sorted(Comparator.comparingLong(Word::records).reversed().thenComparing(Word::text))
                .limit(want)
                .map(w -> new Suggestion(w.text(), "term", null, w.documents()))
                .toList();
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
