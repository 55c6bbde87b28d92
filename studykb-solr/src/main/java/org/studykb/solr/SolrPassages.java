package org.studykb.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.search.MarkedText;
import org.studykb.search.ParsedQuery;
import org.studykb.search.SearchHit;

/**
 * The best passages and the snippets of a page's documents, as the embedded {@code PageHits} gives them: each
 * document's best {@value #PER_HIT} passage records that match a word of the query (one group per block root),
 * each passage's best sentence, and the document's best {@value #SNIPPETS} matched sentences in text order; a
 * document none of whose passages matched (found by its title, say) gets sentences of its own body. Solr's unified
 * highlighter marks the words with two private-use characters, and {@link MarkedText} escapes the text as the
 * product does and turns only those into {@code <mark>}: a document's markup never passes.
 */
final class SolrPassages {
    static final int PER_HIT = 3;
    static final int SNIPPETS = 3;
    /** How much of a document's body is highlighted when no passage matched (the embedded {@code Snippets}). */
    static final int BODY_LENGTH = 20_000;
    static final int PASSAGE_LENGTH = 200_000;
    /** Matching passage records read per request while choosing each document's best. */
    static final int CANDIDATES = 500;
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private final SolrSearches solr;

    SolrPassages(SolrSearches solr) {
        this.solr = solr;
    }

    /** The passages of one page document and the snippets they give it. */
    record Found(List<SearchHit.PassageHit> passages, List<String> snippets) {
        static final Found NONE = new Found(List.of(), List.of());
    }

    /** A matched passage record before highlighting. */
    private record Candidate(String key, String root, int ordinal, int start, int end, String label, float score) {
    }

    /** A highlighted sentence of a passage, where it stands, and how many marks it holds. */
    private record Sentence(String html, int passageStart, int index, int marks, float passageScore) {
    }

    Map<String, Found> of(ParsedQuery parsed, List<String> ids, Viewer viewer) throws IOException {
        String words = words(parsed);
        Map<String, List<Candidate>> kept = words.isEmpty() ? Map.of() : candidates(words, ids, viewer);
        Map<String, List<String>> marked = highlight(words, kept.values().stream().flatMap(List::stream)
                .map(Candidate::key).toList(), viewer, PASSAGE_LENGTH);
        Map<String, Found> out = new HashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (String id : ids) {
            List<SearchHit.PassageHit> hits = new ArrayList<>();
            List<Sentence> sentences = new ArrayList<>();
            for (Candidate c : kept.getOrDefault(id, List.of())) {
                List<String> snippets = marked.getOrDefault(c.key(), List.of());
                String best = "";
                int bestMarks = -1;
                for (int i = 0; i < snippets.size(); i++) {
                    String s = snippets.get(i);
                    int marks = marks(s);
                    if (marks > bestMarks) {
                        best = s;
                        bestMarks = marks;
                    }
                    if (marks > 0) {
                        sentences.add(new Sentence(MarkedText.html(s, OPEN, CLOSE), c.start(), i, marks, c.score()));
                    }
                }
                hits.add(new SearchHit.PassageHit(c.ordinal(), c.label(), c.start(), c.end(), c.score(),
                        best.isEmpty() ? "" : MarkedText.html(best, OPEN, CLOSE)));
            }
            List<String> docSnippets = sentences.stream()
                    .sorted(Comparator.comparingInt(Sentence::marks).reversed()
                            .thenComparing(Comparator.comparingDouble(Sentence::passageScore).reversed())
                            .thenComparingInt(Sentence::passageStart).thenComparingInt(Sentence::index))
                    .limit(SNIPPETS)
                    .sorted(Comparator.comparingInt(Sentence::passageStart).thenComparingInt(Sentence::index))
                    .map(Sentence::html)
                    .toList();
            if (docSnippets.isEmpty()) {
                unmatched.add(id);
            }
            out.put(id, new Found(hits, docSnippets));
        }
        Map<String, List<String>> bodies = highlight(words, unmatched, viewer, BODY_LENGTH);
        for (String id : unmatched) {
            List<String> body = bodies.getOrDefault(id, List.of()).stream()
                    .map(s -> MarkedText.html(s, OPEN, CLOSE)).toList();
            out.put(id, new Found(out.get(id).passages(), body));
        }
        return out;
    }

    /**
     * The query's words as one Solr query of the body: every clause of every group (the alternatives too), phrases
     * in quotes; title-only clauses, exclusions and filters do not choose passages. Empty when there is no word.
     */
    static String words(ParsedQuery parsed) {
        List<String> parts = new ArrayList<>();
        for (List<ParsedQuery.Clause> group : parsed.groups()) {
            for (ParsedQuery.Clause c : group) {
                if (c.titleOnly() || c.text().isBlank()) {
                    continue;
                }
                parts.add(c.phrase() ? "\"" + c.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                        : ClientUtils.escapeQueryChars(c.text()));
            }
        }
        return String.join(" ", parts);
    }

    /** The body's words, any of them, parsed by Solr with the body's query analysis (synonyms included). */
    static void wordsQuery(SolrQuery q) {
        q.set("defType", "edismax");
        q.set("qf", Fields.BODY);
        q.set("q.op", "OR");
        q.set("sow", "false");
        q.set("uf", "-*");
    }

    /** The best {@value #PER_HIT} matching passages of each document, best first (ties in passage order). */
    private Map<String, List<Candidate>> candidates(String words, List<String> ids, Viewer viewer)
            throws IOException {
        SolrQuery q = new SolrQuery(words);
        wordsQuery(q);
        q.addFilterQuery(Fields.KIND + ":" + Fields.KIND_PASSAGE);
        q.addFilterQuery(SolrSearches.terms("_root_"));
        q.set(SolrSearches.IDS_PARAM, String.join(SolrSearches.ID_SEPARATOR, ids));
        SolrFilters.visibility(viewer).ifPresent(q::addFilterQuery);
        q.setFields(Fields.ID, "_root_", Fields.P_ORDINAL, Fields.P_START, Fields.P_END, Fields.P_LABEL, "score");
        q.setSort("score", SolrQuery.ORDER.desc);
        q.addSort(Fields.P_ORDINAL, SolrQuery.ORDER.asc);
        q.addSort(Fields.ID, SolrQuery.ORDER.asc);
        q.setRows(CANDIDATES);
        // best first over the page's passages, read on until each document has its best or none are left
        Map<String, List<Candidate>> out = new HashMap<>();
        int full = 0;
        for (int start = 0; full < ids.size(); start += CANDIDATES) {
            q.setStart(start);
            QueryResponse r = solr.query(q);
            for (SolrDocument d : r.getResults()) {
                String root = (String) d.getFieldValue("_root_");
                List<Candidate> kept = out.computeIfAbsent(root, k -> new ArrayList<>());
                if (kept.size() < PER_HIT) {
                    kept.add(new Candidate((String) d.getFieldValue(Fields.ID), root,
                            (Integer) d.getFieldValue(Fields.P_ORDINAL), (Integer) d.getFieldValue(Fields.P_START),
                            (Integer) d.getFieldValue(Fields.P_END), SolrSearches.value(d, Fields.P_LABEL),
                            (Float) d.getFieldValue("score")));
                    full += kept.size() == PER_HIT ? 1 : 0;
                }
            }
            if (start + CANDIDATES >= r.getResults().getNumFound()) {
                break;
            }
        }
        return out;
    }

    /**
     * For each record of {@code keys}, up to {@value #SNIPPETS} sentences of its body's first {@code maxLength}
     * characters in text order, the query's words between {@link #OPEN} and {@link #CLOSE}; the first sentences
     * where no word matches.
     */
    private Map<String, List<String>> highlight(String words, List<String> keys, Viewer viewer, int maxLength)
            throws IOException {
        return highlight(words, keys, viewer, maxLength, false);
    }

    /**
     * For each record of {@code keys} the viewer may see, the first {@code maxLength} characters of its body whole,
     * escaped, with the query's words marked as in snippets (the document page's passages).
     */
    Map<String, String> whole(ParsedQuery parsed, List<String> keys, Viewer viewer, int maxLength)
            throws IOException {
        Map<String, String> out = new HashMap<>();
        highlight(words(parsed), keys, viewer, maxLength, true).forEach((key, texts) -> {
            if (!texts.isEmpty()) {
                out.put(key, MarkedText.html(texts.get(0), OPEN, CLOSE));
            }
        });
        return out;
    }

    private Map<String, List<String>> highlight(String words, List<String> keys, Viewer viewer, int maxLength,
                                                boolean whole) throws IOException {
        if (keys.isEmpty()) {
            return Map.of();
        }
        SolrQuery q = solr.byIds(keys, viewer);
        q.setFields(Fields.ID);
        wordsQuery(q);
        q.set("defType", "lucene"); // the ids query; the words are the highlighter's query
        q.set("hl", true);
        q.set("hl.method", "unified");
        q.set("hl.fl", Fields.BODY);
        if (!words.isEmpty()) {
            q.set("hl.q", words);
            q.set("hl.qparser", "edismax");
        }
        if (whole) {
            q.set("hl.snippets", 1);
            q.set("hl.fragsize", 0);
            q.set("hl.bs.type", "WHOLE");
        } else {
            q.set("hl.snippets", SNIPPETS);
            q.set("hl.fragsize", 1); // sentences, one each (0 would be the whole text)
            q.set("hl.fragsizeIsMinimum", true);
            q.set("hl.bs.type", "SENTENCE");
        }
        q.set("hl.defaultSummary", true);
        q.set("hl.maxAnalyzedChars", maxLength);
        q.set("hl.tag.pre", String.valueOf(OPEN));
        q.set("hl.tag.post", String.valueOf(CLOSE));
        QueryResponse r = solr.query(q);
        Map<String, List<String>> out = new HashMap<>();
        if (r.getHighlighting() != null) {
            r.getHighlighting().forEach((key, fields) -> out.put(key, fields.getOrDefault(Fields.BODY, List.of())));
        }
        return out;
    }

    private static int marks(String snippet) {
        int n = 0;
        for (int i = 0; i < snippet.length(); i++) {
            if (snippet.charAt(i) == OPEN) {
                n++;
            }
        }
        return n;
    }
}
