package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;

/** {@link Documents} of the embedded index, read from its searcher. */
public final class LuceneDocuments implements Documents {
    private final SearchService search;

    public LuceneDocuments(SearchService search) {
        this.search = search;
    }

    @Override
    public Optional<DocumentView> get(String id, Viewer viewer) throws IOException {
        IndexSearcher searcher = search.acquire();
        try {
            Optional<Integer> doc = docNumber(searcher, id, viewer);
            if (doc.isEmpty()) {
                return Optional.empty();
            }
            Document d = searcher.storedFields().document(doc.get());
            String manual = d.get(Fields.MANUAL) == null ? "" : d.get(Fields.MANUAL);
            List<DocumentView.Value> values = new ArrayList<>();
            for (String field : SHOWN) {
                String why = d.get(Fields.why(field));
                values.add(new DocumentView.Value(field, d.get(field), why == null ? "" : why,
                        manual.startsWith(field + "=") || manual.contains("\n" + field + "=")));
            }
            int passages = searcher.count(passagesOf(id));
            return Optional.of(new DocumentView(id, d.get(Fields.TITLE), values, List.of(d.getValues(Fields.TAG)),
                    d.get(Fields.DATE), Fields.by(d.get(Fields.UNIT), d.get(Fields.AUTHOR)), d.get(Fields.CONTENT_TYPE),
                    number(d, Fields.SIZE), java.time.Instant.ofEpochMilli(number(d, Fields.INDEXED_AT)).toString(),
                    Boolean.parseBoolean(d.get(Fields.OCR)), List.of(d.getValues(Fields.WARNINGS)), passages,
                    List.of(d.getValues(Fields.ACCESS)), List.of(d.getValues(Fields.KEYWORD)),
                    d.get(Fields.SUMMARY) == null ? "" : d.get(Fields.SUMMARY)));
        } finally {
            search.release(searcher);
        }
    }

    @Override
    public List<DocumentView.PassageText> passages(String id, int from, int count, String query, Viewer viewer)
            throws IOException {
        Range r = Range.of(from, count);
        Query q = new BooleanQuery.Builder().add(passagesOf(id), Occur.FILTER)
                .add(IntPoint.newRangeQuery(Fields.P_ORDINAL, r.first(), r.last()), Occur.FILTER).build();
        return passages(Visibility.restrict(viewer, q), query, SHOWN_CHARS);
    }

    @Override
    public List<DocumentView.PassageText> passages(String id, Set<Integer> ordinals, Viewer viewer)
            throws IOException {
        Query q = new BooleanQuery.Builder().add(passagesOf(id), Occur.FILTER)
                .add(IntPoint.newSetQuery(Fields.P_ORDINAL, ordinals), Occur.FILTER).build();
        return passages(Visibility.restrict(viewer, q), "", Integer.MAX_VALUE);
    }

    private List<DocumentView.PassageText> passages(Query which, String query, int maxChars) throws IOException {
        IndexSearcher searcher = search.acquire();
        try {
            int n = Math.max(1, searcher.count(which));
            ScoreDoc[] hits = searcher.search(which, n).scoreDocs;
            List<ScoreDoc> ordered = new ArrayList<>(List.of(hits));
            var stored = searcher.storedFields();
            List<Document> docs = new ArrayList<>();
            for (ScoreDoc sd : ordered) {
                docs.add(stored.document(sd.doc, Set.of(Fields.BODY, Fields.P_ORDINAL, Fields.P_LABEL,
                        Fields.P_START, Fields.P_END)));
            }
            List<String> texts = docs.stream().map(d -> Documents.shown(d.get(Fields.BODY), maxChars)).toList();
            List<String> html = marked(searcher, query, ordered, texts, maxChars);
            List<DocumentView.PassageText> out = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                Document d = docs.get(i);
                out.add(new DocumentView.PassageText((int) number(d, Fields.P_ORDINAL), d.get(Fields.P_LABEL),
                        (int) number(d, Fields.P_START), (int) number(d, Fields.P_END), texts.get(i),
                        html.get(i), texts.get(i).length() < d.get(Fields.BODY).length()));
            }
            out.sort(Comparator.comparingInt(DocumentView.PassageText::ordinal));
            return out;
        } finally {
            search.release(searcher);
        }
    }

    @Override
    public List<Integer> hitOrdinals(String id, String query, Viewer viewer) throws IOException {
        Query highlight = query == null || query.isBlank() ? null
                : search.queries().highlight(QueryText.parse(query), PinyinTerms.NONE);
        if (highlight == null || ((BooleanQuery) highlight).clauses().isEmpty()) {
            return List.of();
        }
        Query q = Visibility.restrict(viewer, new BooleanQuery.Builder().add(passagesOf(id), Occur.FILTER)
                .add(highlight, Occur.MUST).build());
        IndexSearcher searcher = search.acquire();
        try {
            ScoreDoc[] hits = searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs;
            var stored = searcher.storedFields();
            List<Integer> ordinals = new ArrayList<>(hits.length);
            for (ScoreDoc sd : hits) {
                ordinals.add((int) number(stored.document(sd.doc, Set.of(Fields.P_ORDINAL)), Fields.P_ORDINAL));
            }
            ordinals.sort(Comparator.naturalOrder());
            return ordinals;
        } finally {
            search.release(searcher);
        }
    }

    private List<String> marked(IndexSearcher searcher, String query, List<ScoreDoc> hits, List<String> texts,
                                int maxChars) throws IOException {
        Query highlight = query == null || query.isBlank() ? null
                : search.queries().highlight(QueryText.parse(query), PinyinTerms.NONE);
        if (highlight == null || ((BooleanQuery) highlight).clauses().isEmpty() || hits.isEmpty()) {
            return texts.stream().map(MarkFormatter::escape).toList();
        }
        List<String> whole = Snippets.whole(searcher, search.analyzers(), highlight,
                hits.stream().mapToInt(sd -> sd.doc).toArray(), Math.min(maxChars, Snippets.MAX_LENGTH));
        List<String> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String h = whole.get(i);
            out.add(h == null || h.isEmpty() ? MarkFormatter.escape(texts.get(i)) : h);
        }
        return out;
    }

    @Override
    public List<DocumentView.Related> related(String id, int max, Viewer viewer) throws IOException {
        IndexSearcher searcher = search.acquire();
        try {
            Optional<Integer> doc = docNumber(searcher, id, viewer);
            if (doc.isEmpty()) {
                return List.of();
            }
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(search.analyzers().indexing());
            mlt.setFieldNames(new String[] {Fields.BODY});
            mlt.setMinTermFreq(2);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(2);
            mlt.setMaxQueryTerms(30);
            Query like = Visibility.restrict(viewer, new BooleanQuery.Builder()
                    .add(mlt.like(doc.get()), Occur.MUST)
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ID, id)), Occur.MUST_NOT)
                    .build());
            List<DocumentView.Related> out = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(like, max).scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(Fields.ID, Fields.TITLE, Fields.TYPE, Fields.DATE));
                out.add(new DocumentView.Related(d.get(Fields.ID), d.get(Fields.TITLE), d.get(Fields.TYPE),
                        d.get(Fields.DATE), sd.score));
            }
            return out;
        } finally {
            search.release(searcher);
        }
    }

    @Override
    public Set<String> hidden(Viewer viewer) throws IOException {
        if (viewer.seesAll()) {
            return Set.of();
        }
        IndexSearcher searcher = search.acquire();
        try {
            Query internal = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ACCESS, Fields.ACCESS_INTERNAL)), Occur.FILTER)
                    .add(Visibility.filter(viewer), Occur.MUST_NOT).build();
            Set<String> out = new java.util.HashSet<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(internal, Math.max(1, searcher.count(internal))).scoreDocs) {
                out.add(stored.document(sd.doc, Set.of(Fields.ID)).get(Fields.ID));
            }
            return Set.copyOf(out);
        } finally {
            search.release(searcher);
        }
    }


    private static Optional<Integer> docNumber(IndexSearcher searcher, String id, Viewer viewer)
            throws IOException {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Query q = Visibility.restrict(viewer, new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER).build());
        ScoreDoc[] hits = searcher.search(q, 1).scoreDocs;
        return hits.length == 0 ? Optional.empty() : Optional.of(hits[0].doc);
    }

    private static Query passagesOf(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER).build();
    }

    @Override
    public List<String> idsWithContent(String sha256, Viewer viewer) throws IOException {
        IndexSearcher searcher = search.acquire();
        try {
            Query q = Visibility.restrict(viewer, new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.HASH, sha256)), Occur.FILTER).build());
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, 10).scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc, Set.of(Fields.ID)).get(Fields.ID));
            }
            ids.sort(Comparator.naturalOrder());
            return ids;
        } finally {
            search.release(searcher);
        }
    }

    private static long number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().longValue();
    }
}
