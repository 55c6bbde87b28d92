package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.studykb.index.Fields;

/**
 * The files the index holds a failure record of: each could not be read at its last indexing, with the reason in
 * Chinese and the technical detail. For the administrator only (a failure record carries no 内部 mark).
 */
public final class FailedFiles {
    private static final Set<String> READ = Set.of(Fields.ID, Fields.REASON, Fields.DETAIL, Fields.SIZE,
            Fields.INDEXED_AT);

    private final SearchService search;

    public FailedFiles(SearchService search) {
        this.search = search;
    }

    /**
     * A file that could not be read.
     *
     * @param indexedAt when it was last tried, in milliseconds since 1970 (0 when the record does not say)
     */
    public record Failed(String id, String reason, String detail, long size, long indexedAt) {
        /** When it was last tried, or null when the record does not say. */
        public java.time.Instant lastTried() {
            return indexedAt <= 0 ? null : java.time.Instant.ofEpochMilli(indexedAt);
        }
    }

    /** Every failed file, by id. */
    public List<Failed> all() throws IOException {
        return find(new TermQuery(new Term(Fields.KIND, Fields.KIND_FAILURE)));
    }

    /** The failure record of this id, if the file failed at its last indexing. */
    public Optional<Failed> of(String id) throws IOException {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return find(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_FAILURE)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER).build()).stream().findFirst();
    }

    private List<Failed> find(Query query) throws IOException {
        search.refresh();
        IndexSearcher searcher = search.acquire();
        try {
            List<Failed> out = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
                Document d = stored.document(sd.doc, READ);
                out.add(new Failed(d.get(Fields.ID), orEmpty(d.get(Fields.REASON)), orEmpty(d.get(Fields.DETAIL)),
                        number(d, Fields.SIZE), number(d, Fields.INDEXED_AT)));
            }
            out.sort(Comparator.comparing(Failed::id));
            return out;
        } finally {
            search.release(searcher);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static long number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().longValue();
    }
}
