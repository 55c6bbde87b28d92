package org.studykb.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.search.Corrections;
import org.studykb.search.Facets;
import org.studykb.search.ParsedQuery;
import org.studykb.search.QueryText;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchHit;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchResponse;

/**
 * The searches of the Solr backend, answered as the embedded {@code SearchService} answers them: the order comes from
 * a {@link SolrRanker} (whichever one it is given), and the rest of the response from the cluster — each hit's stored
 * values, its best passages and snippets ({@link SolrPassages}), the facet counts of every matching document (JSON
 * facets), and the words no document has or a hit lacks ({@link SolrMissingWords}). Every request carries the
 * viewer's filter ({@link SolrFilters}), so a document the viewer may not see gives nothing to any part of the
 * answer. Did-you-mean comes from {@link SolrDidYouMean}, and a request that allows it gets the correction's results
 * when they find far more, as on the embedded index ({@link Corrections}).
 */
final class SolrSearches {
    /** The ranker's window for a search by relevance, as the embedded backend re-ranks its first 100. */
    static final int WINDOW = 100;
    /**
     * The most matching documents read as ids, for the facet counts and for which hits lack a word: the ranker says
     * which documents match only as ids, so a larger result is counted over its first this many (docs/scale-out.md).
     */
    static final int MOST_MATCHES = 10_000;
    /**
     * Between the ids of a terms query: a control character no file name holds (written into the local parameters
     * themselves, where Solr does not read a {@code $}-reference for the separator).
     */
    static final String ID_SEPARATOR = "\u0001";
    /** The request parameter holding those ids (not {@code ids}: Solr's distributed search uses that name itself). */
    static final String IDS_PARAM = "studykb.ids";

    private final SolrClient client;
    private final String collection;
    private final SolrRanker ranker;
    private final SolrPassages passages;
    private final SolrDidYouMean didYouMean;

    SolrSearches(SolrClient client, String collection, SolrRanker ranker, SolrDidYouMean didYouMean) {
        this.client = client;
        this.collection = collection;
        this.ranker = ranker;
        this.passages = new SolrPassages(this);
        this.didYouMean = didYouMean;
    }

    /** The ranker behind every search, for tests that rank as the searches do. */
    SolrRanker ranker() {
        return ranker;
    }

    /** The passages and snippets of hits, and the marked passages of document pages. */
    SolrPassages passages() {
        return passages;
    }

    SearchResponse search(SearchRequest request, Viewer viewer) throws IOException {
        return Corrections.search(request, viewer, this::searchAsTyped, didYouMean::everyWordVerbatim);
    }

    private SearchResponse searchAsTyped(SearchRequest request, Viewer viewer) throws IOException {
        long t0 = System.nanoTime();
        ParsedQuery parsed = QueryText.parse(request.query());
        int want = request.from() + request.size();
        int window = request.sort() == SearchRequest.Sort.RELEVANCE ? Math.max(WINDOW, want) : want;
        SolrRanker ranking = ranker.forSearch(request.query());
        SolrRanker.Ranked ranked = ranking.rank(request.query(), viewer, request.sort(), window);
        List<SearchBackend.ScoredId> page = ranked.best().subList(Math.min(request.from(), ranked.best().size()),
                Math.min(want, ranked.best().size()));
        Map<String, List<SearchResponse.FacetValue>> facets = facets(request, viewer, ranking, ranked);
        SolrMissingWords.Result missing = SolrMissingWords.of(this, ranking, parsed, viewer,
                page.stream().map(SearchBackend.ScoredId::id).toList(), ranked.total(), MOST_MATCHES);
        List<SearchHit> hits = hits(parsed, page, viewer, missing);
        String corrected = didYouMean.suggest(request.query(), viewer);
        long took = (System.nanoTime() - t0) / 1_000_000;
        return new SearchResponse(request.query(), parsed.interpreted(), parsed.notices(), ranked.total(), took,
                request.from(), request.size(), hits, facets, corrected, missing.nowhere(), "");
    }

    List<SearchBackend.ScoredId> rankScored(String query, int size) throws IOException {
        List<SearchBackend.ScoredId> best = ranker.rank(query, Viewer.OPERATOR, SearchRequest.Sort.RELEVANCE,
                Math.max(WINDOW, size)).best();
        return List.copyOf(best.subList(0, Math.min(size, best.size())));
    }

    List<SearchBackend.Ranking> rankings(List<String> queries, Viewer viewer, int size) throws IOException {
        List<SearchBackend.Ranking> out = new ArrayList<>(queries.size());
        for (String q : queries) {
            SolrRanker.Ranked r = ranker.rank(q, viewer, SearchRequest.Sort.RELEVANCE, Math.max(WINDOW, size));
            out.add(new SearchBackend.Ranking(r.total(), r.best().stream().limit(size)
                    .map(SearchBackend.ScoredId::id).toList()));
        }
        return out;
    }

    /** The page's documents with their stored values and passages, in the ranker's order. */
    private List<SearchHit> hits(ParsedQuery parsed, List<SearchBackend.ScoredId> page, Viewer viewer,
                                 SolrMissingWords.Result missing) throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        List<String> ids = page.stream().map(SearchBackend.ScoredId::id).toList();
        SolrQuery q = byIds(ids, viewer);
        q.addFilterQuery(Fields.KIND + ":" + Fields.KIND_DOC);
        q.setFields(Fields.ID, Fields.TITLE, Fields.TYPE, Fields.PHASE, Fields.CAMPAIGN, Fields.DATE, Fields.UNIT,
                Fields.AUTHOR, Fields.DOC_NUMBER);
        Map<String, SolrDocument> stored = new LinkedHashMap<>();
        for (SolrDocument d : query(q).getResults()) {
            stored.put((String) d.getFieldValue(Fields.ID), d);
        }
        Map<String, SolrPassages.Found> found = passages.of(parsed, ids, viewer);
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (SearchBackend.ScoredId s : page) {
            SolrDocument d = stored.get(s.id());
            if (d == null) {
                continue; // deleted since the ranking, or not the viewer's to see
            }
            SolrPassages.Found f = found.getOrDefault(s.id(), SolrPassages.Found.NONE);
            float score = Float.isNaN(s.score()) ? 0f : s.score();
            hits.add(new SearchHit(s.id(), score, value(d, Fields.TITLE), value(d, Fields.TYPE),
                    value(d, Fields.PHASE), value(d, Fields.CAMPAIGN), value(d, Fields.DATE),
                    Fields.by(value(d, Fields.UNIT), value(d, Fields.AUTHOR)), value(d, Fields.DOC_NUMBER),
                    f.snippets(), f.passages(), SolrMissingWords.lacking(missing, s)));
        }
        return hits;
    }

    /**
     * The counts per value of each facet over every matching document the viewer may see, by Solr's JSON facets: over
     * the search's ranker's filter of its matches when it has one, else over its matches as ids (asked again for all
     * of them when its window held fewer, up to {@link #MOST_MATCHES}).
     */
    private Map<String, List<SearchResponse.FacetValue>> facets(SearchRequest request, Viewer viewer,
                                                                SolrRanker ranking, SolrRanker.Ranked ranked)
            throws IOException {
        Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
        Fields.FACETS.forEach(dim -> out.put(dim, List.of()));
        if (ranked.total() == 0) {
            return out;
        }
        SolrQuery q;
        Optional<String> filter = ranking.matches(request.query(), viewer);
        if (filter.isPresent()) {
            q = matching(filter.get(), viewer);
        } else {
            List<SearchBackend.ScoredId> matching = ranked.best();
            if (ranked.total() > matching.size() && matching.size() < MOST_MATCHES) {
                matching = ranking.rank(request.query(), viewer, request.sort(),
                        (int) Math.min(ranked.total(), MOST_MATCHES)).best();
            }
            q = byIds(matching.stream().map(SearchBackend.ScoredId::id).toList(), viewer);
            q.addFilterQuery(Fields.KIND + ":" + Fields.KIND_DOC);
        }
        q.setRows(0);
        StringBuilder json = new StringBuilder("{");
        for (String dim : Fields.FACETS) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(dim).append(":{type:terms,field:").append(dim).append(",limit:")
                    .append(Fields.KEYWORD.equals(dim) ? Facets.TOP_KEYWORDS : Facets.TOP)
                    .append(",mincount:1,refine:true}");
        }
        q.set("json.facet", json.append('}').toString());
        var facets = query(q).getJsonFacetingResponse();
        for (String dim : Fields.FACETS) {
            BucketBasedJsonFacet f = facets == null ? null : facets.getBucketBasedFacets(dim);
            List<SearchResponse.FacetValue> values = new ArrayList<>();
            if (f != null) {
                for (BucketJsonFacet b : f.getBuckets()) {
                    values.add(new SearchResponse.FacetValue(b.getVal().toString(), b.getCount()));
                }
            }
            if (Fields.YEAR.equals(dim)) {
                values.sort((a, b) -> b.value().compareTo(a.value()));
            }
            out.put(dim, values);
        }
        return out;
    }

    /** The document records a ranker's filter matches, those the viewer may see. */
    SolrQuery matching(String filter, Viewer viewer) {
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery(filter, Fields.KIND + ":" + Fields.KIND_DOC);
        SolrFilters.visibility(viewer).ifPresent(q::addFilterQuery);
        return q;
    }

    /** Records with these ids (any count: the ids travel in the body of a POST), those the viewer may see. */
    SolrQuery byIds(List<String> ids, Viewer viewer) {
        SolrQuery q = new SolrQuery(terms(Fields.ID));
        q.set(IDS_PARAM, String.join(ID_SEPARATOR, ids));
        q.setRows(ids.size());
        SolrFilters.visibility(viewer).ifPresent(q::addFilterQuery);
        return q;
    }

    /** A terms query on {@code field} whose values are the request's parameter {@code ids}. */
    static String terms(String field) {
        return "{!terms f=" + field + " separator=\"" + ID_SEPARATOR + "\" v=$" + IDS_PARAM + "}";
    }

    QueryResponse query(SolrQuery q) throws IOException {
        return SolrRequests.query(client, collection, q, q.toString());
    }

    static String value(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }
}
