package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.studykb.index.Fields;

/**
 * The best passages of the documents on a page. A document and its passages are written as one block, so they
 * share a segment: the passage query is scored only in the segments that hold the page's documents. The id,
 * ordinal, offsets and label of each matching passage come from doc values (from the stored fields for passages
 * indexed before those existed); only the passages kept are highlighted, and give their document its snippets.
 */
final class PagePassages {
    private static final Set<String> STORED = Set.of(Fields.ID, Fields.P_ORDINAL, Fields.P_START, Fields.P_END);

    private PagePassages() {
    }

    /** A matching passage record, before highlighting; {@code label} is null when it is only stored. */
    record Candidate(int doc, float score, String id, int ordinal, int start, int end, String label) {
    }

    /** The passages of one page document and the snippets they give it (empty when none matched a word). */
    record Found(List<SearchHit.PassageHit> passages, List<String> snippets) {
        /** A document none of whose passages matched. */
        static final Found NONE = new Found(List.of(), List.of());
    }

    /**
     * Every passage matching {@code query} in the segments of the {@code page} documents, best first (ties in
     * index order), at most {@code perDoc} of each document id. {@code query} must only match passages of the
     * page's documents.
     */
    static List<Candidate> best(IndexSearcher searcher, Query query, ScoreDoc[] page, int perDoc)
            throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        TreeSet<Integer> used = new TreeSet<>();
        for (ScoreDoc sd : page) {
            used.add(ReaderUtil.subIndex(sd.doc, leaves));
        }
        List<Candidate> all = new ArrayList<>();
        for (int leaf : used) {
            collect(leaves.get(leaf), weight, all);
        }
        all.sort(Comparator.comparingDouble((Candidate c) -> c.score()).reversed()
                .thenComparingInt(Candidate::doc));
        Map<String, Integer> perId = new HashMap<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            if (perId.merge(c.id(), 1, Integer::sum) <= perDoc) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static void collect(LeafReaderContext leaf, Weight weight, List<Candidate> out) throws IOException {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return;
        }
        Bits live = leaf.reader().getLiveDocs();
        SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.P_ID_VALUES);
        NumericDocValues ordinals = leaf.reader().getNumericDocValues(Fields.P_ORDINAL_VALUES);
        NumericDocValues starts = leaf.reader().getNumericDocValues(Fields.P_START_VALUES);
        NumericDocValues ends = leaf.reader().getNumericDocValues(Fields.P_END_VALUES);
        SortedDocValues labels = leaf.reader().getSortedDocValues(Fields.P_LABEL_VALUES);
        boolean hasValues = ids != null && ordinals != null && starts != null && ends != null;
        StoredFields stored = null;
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            float score = scorer.score();
            if (hasValues && ids.advanceExact(doc) && ordinals.advanceExact(doc) && starts.advanceExact(doc)
                    && ends.advanceExact(doc)) {
                String label = labels != null && labels.advanceExact(doc)
                        ? labels.lookupOrd(labels.ordValue()).utf8ToString() : null;
                out.add(new Candidate(leaf.docBase + doc, score, ids.lookupOrd(ids.ordValue()).utf8ToString(),
                        (int) ordinals.longValue(), (int) starts.longValue(), (int) ends.longValue(), label));
                continue;
            }
            if (stored == null) {
                stored = leaf.reader().storedFields();
            }
            Document d = stored.document(doc, STORED);
            out.add(new Candidate(leaf.docBase + doc, score, d.get(Fields.ID),
                    d.getField(Fields.P_ORDINAL).numericValue().intValue(),
                    d.getField(Fields.P_START).numericValue().intValue(),
                    d.getField(Fields.P_END).numericValue().intValue(), null));
        }
    }

    /**
     * Highlights the {@code kept} passages: each passage's snippet is its best sentence; each document's snippets
     * are the best {@code snippets} matched sentences of its kept passages, in text order.
     */
    static Map<String, Found> highlight(IndexSearcher searcher, Snippets highlighter, Query highlightQuery,
                                        List<Candidate> kept, int snippets) throws IOException {
        int[] docs = kept.stream().mapToInt(Candidate::doc).toArray();
        List<List<Snippets.Marked>> marked = highlighter.marked(highlightQuery, docs, snippets);
        StoredFields stored = searcher.storedFields();
        Map<String, List<SearchHit.PassageHit>> passages = new HashMap<>();
        Map<String, List<Placed>> sentences = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            List<Snippets.Marked> m = marked.get(i);
            String label = c.label() != null ? c.label()
                    : stored.document(c.doc(), Set.of(Fields.P_LABEL)).get(Fields.P_LABEL);
            passages.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(new SearchHit.PassageHit(
                    c.ordinal(), label, c.start(), c.end(), c.score(), m.isEmpty() ? "" : best(m).html()));
            for (Snippets.Marked s : m) {
                if (s.matched()) {
                    sentences.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(new Placed(s, c.start() + s.start()));
                }
            }
        }
        Map<String, Found> out = new HashMap<>();
        for (Map.Entry<String, List<SearchHit.PassageHit>> e : passages.entrySet()) {
            out.put(e.getKey(), new Found(e.getValue(), docSnippets(sentences.getOrDefault(e.getKey(), List.of()),
                    snippets)));
        }
        return out;
    }

    /** A sentence of a passage, at its offset in the document text. */
    private record Placed(Snippets.Marked marked, int offset) {
    }

    /** The highest score, the earliest of equals: the one the highlighter keeps when asked for one. */
    private static Snippets.Marked best(List<Snippets.Marked> marked) {
        Snippets.Marked best = marked.get(0);
        for (Snippets.Marked m : marked) {
            if (m.score() > best.score()) {
                best = m;
            }
        }
        return best;
    }

    private static List<String> docSnippets(List<Placed> sentences, int max) {
        return sentences.stream()
                .sorted(Comparator.comparingDouble((Placed p) -> p.marked().score()).reversed()
                        .thenComparingInt(Placed::offset))
                .limit(max)
                .sorted(Comparator.comparingInt(Placed::offset))
                .map(p -> p.marked().html())
                .toList();
    }
}
