package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;

/**
 * What a query's words found, as web search says it: the words (groups) that no document the viewer may see
 * has ("未找到：xyzzy"), and for each document of the page the words it lacks (a partial match). Documents with
 * every word rank first already; this names what the others miss. A query spelled as one pinyin phrase
 * ({@code min zhu sheng huo hui}) is one word, not five.
 */
final class MissingWords {
    /** Words found nowhere, and per document id of the page the words it lacks (absent: it has them all). */
    record Result(List<String> nowhere, Map<String, List<String>> lacking) {
        static final Result NONE = new Result(List.of(), Map.of());
    }

    private MissingWords() {
    }

    static Result of(IndexSearcher searcher, BuildQuery queries, ParsedQuery parsed, PinyinTerms spellings,
                     Viewer viewer, List<String> pageIds, long total) throws IOException {
        List<List<ParsedQuery.Clause>> groups = parsed.groups();
        if (groups.isEmpty() || queries.spelledAsOne(parsed)) {
            return Result.NONE;
        }
        if (groups.size() == 1) {
            return total == 0 ? new Result(List.of(label(groups.get(0))), Map.of()) : Result.NONE;
        }
        List<String> nowhere = new ArrayList<>();
        Map<String, List<String>> lacking = new LinkedHashMap<>();
        for (List<ParsedQuery.Clause> group : groups) {
            Query q = Visibility.restrict(viewer, queries.build(new ParsedQuery(List.of(group), List.of(), parsed.filters(),
                    List.of()), BuildQuery.Target.DOCUMENTS, spellings));
            Set<String> have = matching(searcher, q, pageIds);
            boolean someLack = pageIds.isEmpty();
            for (String id : pageIds) {
                if (!have.contains(id)) {
                    lacking.computeIfAbsent(id, k -> new ArrayList<>()).add(label(group));
                    someLack = true;
                }
            }
            if (someLack && searcher.count(q) == 0) {
                nowhere.add(label(group));
            }
        }
        return new Result(List.copyOf(nowhere), lacking);
    }

    /** Which of the page's documents the query matches. */
    private static Set<String> matching(IndexSearcher searcher, Query q, List<String> pageIds) throws IOException {
        if (pageIds.isEmpty()) {
            return Set.of();
        }
        Query onPage = new BooleanQuery.Builder().add(q, Occur.MUST)
                .add(new TermInSetQuery(Fields.ID, pageIds.stream().map(BytesRef::new).toList()), Occur.FILTER)
                .build();
        Set<String> out = new HashSet<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(onPage, pageIds.size()).scoreDocs) {
            out.add(stored.document(sd.doc, Set.of(Fields.ID)).get(Fields.ID));
        }
        return out;
    }

    /** A group as the user typed it: its alternatives joined by OR, a phrase in quotes. */
    static String label(List<ParsedQuery.Clause> group) {
        return ParsedQuery.label(group);
    }
}
