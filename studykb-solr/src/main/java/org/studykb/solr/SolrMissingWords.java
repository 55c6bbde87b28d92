package org.studykb.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.search.ParsedQuery;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchRequest;

/**
 * What a query's words found, as the embedded {@code MissingWords} names it: the words (groups) no document the viewer
 * may see has (未找到：xyzzy), and for each document of the page the words it lacks (部分匹配). Each word is asked of the
 * same {@link SolrRanker} as the whole query, alone with the query's filters — by its filter of matches when it has
 * one, else by its matches as ids — so "has the word" means what the ranking means by it.
 */
final class SolrMissingWords {
    /** Words found nowhere, and per page document the words it lacks (absent: it has them all). */
    record Result(List<String> nowhere, Map<String, List<String>> lacking) {
        static final Result NONE = new Result(List.of(), Map.of());
    }

    private SolrMissingWords() {
    }

    /**
     * @param ranker the search's ({@link SolrRanker#forSearch}), asked of each word alone
     * @param total  how many documents the whole query finds
     * @param most   without the ranker's filter, the most matches of one word read to tell which page documents have
     *               it: a page document past them is counted as lacking the word (only in a result larger than that)
     */
    static Result of(SolrSearches solr, SolrRanker ranker, ParsedQuery parsed, Viewer viewer, List<String> pageIds, long total,
                     int most) throws IOException {
        List<List<ParsedQuery.Clause>> groups = parsed.groups();
        if (groups.isEmpty()) {
            return Result.NONE;
        }
        if (groups.size() == 1) {
            return total == 0 ? new Result(List.of(ParsedQuery.label(groups.get(0))), Map.of()) : Result.NONE;
        }
        List<String> nowhere = new ArrayList<>();
        Map<String, List<String>> lacking = new LinkedHashMap<>();
        for (List<ParsedQuery.Clause> group : groups) {
            String alone = new ParsedQuery(List.of(group), List.of(), parsed.filters(), List.of()).interpreted();
            Optional<String> filter = ranker.matches(alone, viewer);
            Found found = filter.isPresent()
                    ? filtered(solr, filter.get(), viewer, pageIds)
                    : ranked(ranker, alone, viewer, pageIds, most);
            String label = ParsedQuery.label(group);
            for (String id : pageIds) {
                if (!found.have().contains(id)) {
                    lacking.computeIfAbsent(id, k -> new ArrayList<>()).add(label);
                }
            }
            if (found.total() == 0) {
                nowhere.add(label);
            }
        }
        return new Result(List.copyOf(nowhere), lacking);
    }

    /** How many documents a word finds, and which of the page's documents are among them. */
    private record Found(long total, Set<String> have) {
    }

    /** By the ranker's filter: exact at any size. */
    private static Found filtered(SolrSearches solr, String filter, Viewer viewer, List<String> pageIds)
            throws IOException {
        SolrQuery count = solr.matching(filter, viewer);
        count.setRows(0);
        long total = solr.query(count).getResults().getNumFound();
        Set<String> have = new HashSet<>();
        if (total > 0 && !pageIds.isEmpty()) {
            SolrQuery onPage = solr.byIds(pageIds, viewer);
            onPage.addFilterQuery(filter, Fields.KIND + ":" + Fields.KIND_DOC);
            onPage.setFields(Fields.ID);
            for (SolrDocument d : solr.query(onPage).getResults()) {
                have.add((String) d.getFieldValue(Fields.ID));
            }
        }
        return new Found(total, have);
    }

    /** By the ranker's matches as ids, read on (up to {@code most}) while a page document is not among them. */
    private static Found ranked(SolrRanker ranker, String text, Viewer viewer, List<String> pageIds, int most)
            throws IOException {
        SolrRanker.Ranked r = ranker.rank(text, viewer, SearchRequest.Sort.RELEVANCE, SolrSearches.WINDOW);
        Set<String> have = ids(r);
        if (!have.containsAll(pageIds) && r.total() > r.best().size() && r.best().size() < most) {
            r = ranker.rank(text, viewer, SearchRequest.Sort.RELEVANCE, (int) Math.min(r.total(), most));
            have = ids(r);
        }
        return new Found(r.total(), have);
    }

    private static Set<String> ids(SolrRanker.Ranked r) {
        Set<String> out = new HashSet<>();
        r.best().forEach(s -> out.add(s.id()));
        return out;
    }

    /** The label list a page document lacks, or none. */
    static List<String> lacking(Result result, SearchBackend.ScoredId hit) {
        return result.lacking().getOrDefault(hit.id(), List.of());
    }
}
