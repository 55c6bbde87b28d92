package org.studykb.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.studykb.access.Viewer;
import org.studykb.search.ParsedQuery;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchRequest;

/**
 * What a query's words found, as the embedded {@code MissingWords} names it: the words (groups) no document the viewer
 * may see has (未找到：xyzzy), and for each document of the page the words it lacks (部分匹配). Each word is asked of the
 * same {@link SolrRanker} as the whole query, alone with the query's filters, so "has the word" means what the ranking
 * means by it.
 */
final class SolrMissingWords {
    /** Words found nowhere, and per page document the words it lacks (absent: it has them all). */
    record Result(List<String> nowhere, Map<String, List<String>> lacking) {
        static final Result NONE = new Result(List.of(), Map.of());
    }

    private SolrMissingWords() {
    }

    /**
     * @param total how many documents the whole query finds
     * @param most  the most matches of one word read to tell which page documents have it: a page document past
     *              them is counted as lacking the word (only in a result larger than that)
     */
    static Result of(SolrRanker ranker, ParsedQuery parsed, Viewer viewer, List<String> pageIds, long total,
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
            SolrRanker.Ranked r = ranker.rank(alone, viewer, SearchRequest.Sort.RELEVANCE, SolrSearches.WINDOW);
            Set<String> have = ids(r);
            if (!have.containsAll(pageIds) && r.total() > r.best().size() && r.best().size() < most) {
                r = ranker.rank(alone, viewer, SearchRequest.Sort.RELEVANCE, (int) Math.min(r.total(), most));
                have = ids(r);
            }
            String label = ParsedQuery.label(group);
            for (String id : pageIds) {
                if (!have.contains(id)) {
                    lacking.computeIfAbsent(id, k -> new ArrayList<>()).add(label);
                }
            }
            if (r.total() == 0) {
                nowhere.add(label);
            }
        }
        return new Result(List.copyOf(nowhere), lacking);
    }

    private static Set<String> ids(SolrRanker.Ranked r) {
        Set<String> out = new HashSet<>();
        r.best().forEach(s -> out.add(s.id()));
        return out;
    }

    /** The label list a page document lacks, or none. */
    static List<String> of(Result result, SearchBackend.ScoredId hit) {
        return result.lacking().getOrDefault(hit.id(), List.of());
    }
}
