package org.studykb.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/** Counts of what the committed index holds: documents, passages, documents per type, phase, campaign. */
public record IndexStats(int documents, int passages, int failures, Map<String, Integer> byType,
                         Map<String, Integer> byPhase, Map<String, Integer> byCampaign) {

    static final String NONE = "未分类";

    public static IndexStats read(Path data) throws IOException {
        Path dir = CorpusIndex.indexDir(data);
        if (!Files.isDirectory(dir)) {
            return new IndexStats(0, 0, 0, Map.of(), Map.of(), Map.of());
        }
        try (FSDirectory directory = FSDirectory.open(dir);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, Integer> byType = new TreeMap<>();
            Map<String, Integer> byPhase = new TreeMap<>();
            Map<String, Integer> byCampaign = new TreeMap<>();
            TermQuery docs = new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC));
            int n = searcher.count(docs);
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(docs, Math.max(1, n)).scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(Fields.TYPE, Fields.PHASE, Fields.CAMPAIGN));
                byType.merge(valueOr(d, Fields.TYPE), 1, Integer::sum);
                byPhase.merge(valueOr(d, Fields.PHASE), 1, Integer::sum);
                byCampaign.merge(valueOr(d, Fields.CAMPAIGN), 1, Integer::sum);
            }
            int passages = searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)));
            int failures = searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_FAILURE)));
            return new IndexStats(n, passages, failures, byType, byPhase, byCampaign);
        }
    }

    private static String valueOr(Document d, String field) {
        String v = d.get(field);
        return v == null ? NONE : v;
    }
}
