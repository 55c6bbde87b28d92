package org.studykb.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/** Counts of what the committed index holds: documents, passages, documents per type, phase, campaign. */
public record IndexStats(int documents, int passages, int failures, Map<String, Integer> byType,
                         Map<String, Integer> byPhase, Map<String, Integer> byCampaign) {

    /** The value counted for documents without one. */
    public static final String NONE = "未分类";

    public static IndexStats read(Path data) throws IOException {
        Path dir = CorpusIndex.indexDir(data);
        if (!Files.isDirectory(dir)) {
            return new IndexStats(0, 0, 0, Map.of(), Map.of(), Map.of());
        }
        try (FSDirectory directory = FSDirectory.open(dir);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return of(new IndexSearcher(reader));
        }
    }

    /** The counts of what a searcher of the index sees. */
    static IndexStats of(IndexSearcher searcher) throws IOException {
        TermQuery docs = new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC));
        int n = searcher.count(docs);
        int passages = searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)));
        int failures = searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_FAILURE)));
        return new IndexStats(n, passages, failures, count(searcher, docs, n, Fields.TYPE),
                count(searcher, docs, n, Fields.PHASE), count(searcher, docs, n, Fields.CAMPAIGN));
    }

    /**
     * Documents per value of a single-valued keyword field, counted from its terms (passages carry the
     * value too, so only document records are counted); documents without a value count as {@value #NONE}.
     * Reading each document's stored fields instead would decompress every stored body.
     */
    private static Map<String, Integer> count(IndexSearcher searcher, Query docs, int n, String field)
            throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        IndexReader reader = searcher.getIndexReader();
        Terms terms = MultiTerms.getTerms(reader, field);
        int valued = 0;
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                String value = t.utf8ToString();
                Query q = new BooleanQuery.Builder().add(docs, Occur.FILTER)
                        .add(new TermQuery(new Term(field, value)), Occur.FILTER).build();
                int c = searcher.count(q);
                if (c > 0) {
                    out.merge(value, c, Integer::sum);
                    valued += c;
                }
            }
        }
        if (n > valued) {
            out.merge(NONE, n - valued, Integer::sum);
        }
        return out;
    }
}
