package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
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
 * The passages of the documents a search found: the query they are searched with, a searcher that normalises their
 * lengths against the average passage ({@link RecordSearcher}), and the passage evidence folded into the document
 * score (docs/ranking.md). Shared by a page's hits and by the rankings without snippets, so both order alike.
 */
final class PassageEvidence {
    /** How many of the best documents the passage evidence re-ranks (the page, when it reaches further). */
    static final int RERANK_WINDOW = 100;
    /** How many of a document's best passages its passage evidence adds up (RankingWeights#spread damps each). */
    static final int PASSAGES_FOLDED = 10;

    private final BuildQuery queries;
    private final RankingWeights weights;
    private IndexSearcher passageSearcher;

    PassageEvidence(BuildQuery queries, RankingWeights weights) {
        this.queries = queries;
        this.weights = weights;
    }

    /** A searcher over the same reader that normalises lengths against the average passage (RecordSearcher). */
    synchronized IndexSearcher searcher(IndexSearcher documents) {
        IndexReader reader = documents.getIndexReader();
        if (passageSearcher == null || passageSearcher.getIndexReader() != reader) {
            passageSearcher = new RecordSearcher(reader, Fields.KIND_PASSAGE, documents.getSimilarity());
        }
        return passageSearcher;
    }

    /** The query over the passages of the documents {@code ids}: the user's, without its title-only words. */
    Query query(ParsedQuery parsed, List<String> ids, PinyinTerms spellings, Viewer viewer) {
        List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
        return Visibility.restrict(viewer, new BooleanQuery.Builder()
                .add(passageQuery(parsed, spellings), Occur.MUST)
                .add(new TermInSetQuery(Fields.ID, terms), Occur.FILTER)
                .build());
    }

    /** The user's query over passages, without its title-only words: what a passage is scored by. */
    Query passageQuery(ParsedQuery parsed, PinyinTerms spellings) {
        return queries.build(new ParsedQuery(parsed.groups().stream()
                .map(g -> g.stream().filter(c -> !c.titleOnly()).toList())
                .filter(g -> !g.isEmpty()).toList(), parsed.excluded(), Map.of(), List.of()),
                BuildQuery.Target.PASSAGES, spellings);
    }

    /** How many of a document's best passages its evidence adds up under these weights. */
    static int folded(RankingWeights weights) {
        return weights.spread() == 0 ? 1 : PASSAGES_FOLDED;
    }

    /**
     * A document's score with its passage evidence: {@code passage ×} its passages' scores, best first, each damped
     * by {@code spread} once more than the one before (at most {@link #folded} of them are given).
     */
    static float fold(RankingWeights weights, float document, List<Float> passagesBestFirst) {
        float evidence = 0;
        float share = 1;
        for (float p : passagesBestFirst) {
            evidence += share * p;
            share *= weights.spread();
        }
        return document + weights.passage() * evidence;
    }

    /**
     * Passage evidence folded into the document score: each of the first {@link #RERANK_WINDOW} documents gains
     * {@code passage ×} its passages' scores, best first, each damped by {@code spread} once more than the one
     * before (at most {@link #PASSAGES_FOLDED}), and those are re-sorted; the rest keep their order below them (a
     * passage only adds, so they stay below).
     */
    ScoreDoc[] rerank(IndexSearcher searcher, ParsedQuery parsed, ScoreDoc[] ranked, PinyinTerms spellings,
                      Viewer viewer) throws IOException {
        if (weights.passage() == 0 || parsed.groups().isEmpty() || ranked.length == 0) {
            return ranked;
        }
        ScoreDoc[] window = Arrays.copyOf(ranked, Math.min(ranked.length, RERANK_WINDOW));
        List<String> ids = StoredIds.of(searcher, window);
        Map<String, List<Float>> found = new HashMap<>();
        for (PagePassages.Candidate c : PagePassages.best(searcher(searcher), query(parsed, ids, spellings, viewer),
                window, folded(weights))) {
            found.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c.score());
        }
        ScoreDoc[] out = ranked.clone();
        for (int i = 0; i < window.length; i++) {
            out[i] = new ScoreDoc(window[i].doc,
                    fold(weights, window[i].score, found.getOrDefault(ids.get(i), List.of())), window[i].shardIndex);
        }
        Arrays.sort(out, 0, window.length, Comparator.comparingDouble((ScoreDoc sd) -> sd.score)
                .reversed().thenComparingInt(sd -> sd.doc));
        return out;
    }
}
