package org.studykb.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.studykb.access.Viewer;
import org.studykb.analysis.Pinyins;
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
 * <p>Words are found by their full pinyin too ({@code kexuefa → 科学发展观}), from the characters that can begin it,
 * each read alone: a word whose first character is read otherwise in it is missed, and so is any word typed as one or
 * two letters that begin too many characters. Unlike the embedded suggester, a word of the domain dictionary needs
 * {@link Suggestions#MIN_TERM_DOCS} records like any other.
 */
final class SolrSuggestions implements Suggestions {
    /** Candidate words read for one request at most, most records first (as the embedded suggester's). */
    static final int MAX_COUNTED = 40;
    /** Words read per character that may begin a word typed as pinyin, most records first. */
    static final int PINYIN_COUNTED = 100;
    /**
     * The most characters a word typed as pinyin is looked up by: more (one or two letters, {@code k}, {@code zh})
     * and only words that start with the letters themselves are offered.
     */
    static final int MAX_FIRST_CHARACTERS = 1_500;
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
        boolean typedLetters = LETTERS.matcher(letters).matches();
        String key = typedLetters ? letters : prefix;
        List<Suggestion> out = new ArrayList<>(words(key, Math.max(1, (max + 1) / 2), viewer, typedLetters));
        out.addAll(titles(prefix, max - out.size(), viewer));
        return out;
    }

    /**
     * Up to {@code want} words worth suggesting that start with {@code key} (or, when it is letters, whose full pinyin
     * does), in at least {@link Suggestions#MIN_TERM_DOCS} records the viewer may see, most such records first (ties
     * in term order), each with how many documents the viewer may see hold it; a word only passages hold is passed
     * over. Words by pinyin are asked as words starting with each character that can begin that pinyin, all in one
     * request, and kept when their pinyin starts with the letters.
     */
    private List<Suggestion> words(String key, int want, Viewer viewer, boolean letters) throws IOException {
        if (key.length() > MAX_WORD_CHARS) {
            return List.of();
        }
        List<String> prefixes = new ArrayList<>(List.of(key));
        List<String> starts = letters ? firstCharacters(key) : List.of();
        if (starts.size() <= MAX_FIRST_CHARACTERS) {
            prefixes.addAll(starts);
        }
        StringBuilder request = new StringBuilder("{");
        for (int i = 0; i < prefixes.size(); i++) {
            request.append(i == 0 ? "" : ",").append("w").append(i).append(":{type:terms,field:").append(Fields.BODY)
                    .append(",prefix:").append(json(prefixes.get(i))).append(",limit:")
                    .append(i == 0 ? MAX_COUNTED : PINYIN_COUNTED).append(",mincount:").append(MIN_TERM_DOCS)
                    .append(",sort:\"count desc\",refine:true,facet:{docs:{type:query,q:")
                    .append(json(Fields.KIND + ":" + Fields.KIND_DOC)).append("}}}");
        }
        SolrQuery q = new SolrQuery("*:*");
        SolrFilters.visibility(viewer).ifPresent(q::addFilterQuery);
        q.setRows(0);
        q.set("json.facet", request.append('}').toString());
        var facets = solr.query(q).getJsonFacetingResponse();
        record Word(String text, long records, long documents) {
        }
        Map<String, Word> found = new HashMap<>();
        for (int i = 0; facets != null && i < prefixes.size(); i++) {
            BucketBasedJsonFacet words = facets.getBucketBasedFacets("w" + i);
            for (BucketJsonFacet b : words == null ? List.<BucketJsonFacet>of() : words.getBuckets()) {
                String word = b.getVal().toString();
                if (i > 0 && !spelledBy(word, key)) {
                    continue;
                }
                var docs = b.getQueryFacet("docs");
                found.put(word, new Word(word, b.getCount(), docs == null ? 0 : docs.getCount()));
            }
        }
        return found.values().stream()
                .filter(w -> w.documents() > 0 && w.text().length() <= MAX_WORD_CHARS
                        && Suggestions.worthSuggesting(w.text()))
                .sorted(Comparator.comparingLong(Word::records).reversed().thenComparing(Word::text))
                .limit(want)
                .map(w -> new Suggestion(w.text(), "term", null, w.documents()))
                .toList();
    }

    /** The characters that can begin a word whose pinyin starts with {@code letters}. */
    static List<String> firstCharacters(String letters) {
        return FirstCharacters.of(letters);
    }

    /** Whether a word of two or more ideographs has a full pinyin that starts with {@code letters}, as read as one word. */
    private static boolean spelledBy(String word, String letters) {
        return word.length() >= 2 && word.codePoints().allMatch(Character::isIdeographic)
                && Pinyins.of(word).full().startsWith(letters);
    }

    /** The characters, by the syllable each is read with alone, that can begin a word typed as pinyin. */
    private static final class FirstCharacters {
        private static final Map<String, List<String>> BY_SYLLABLE = read();

        private static Map<String, List<String>> read() {
            Map<String, List<String>> out = new HashMap<>();
            for (char c = '\u4e00'; c <= '\u9fff'; c++) {
                String ch = String.valueOf(c);
                String syllable = Pinyins.of(ch).full();
                if (!syllable.equals(ch)) {
                    out.computeIfAbsent(syllable, k -> new ArrayList<>()).add(ch);
                }
            }
            return out;
        }

        /** Characters whose syllable {@code letters} start with, or that starts with {@code letters}. */
        static List<String> of(String letters) {
            List<String> out = new ArrayList<>();
            BY_SYLLABLE.forEach((syllable, chars) -> {
                if (letters.startsWith(syllable) || syllable.startsWith(letters)) {
                    out.addAll(chars);
                }
            });
            out.sort(Comparator.naturalOrder());
            return out;
        }
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
