package org.studykb.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.studykb.index.CorpusIndex;
import org.studykb.index.Fields;

/**
 * The title and text of every document as our index stored them: what the ingest pipeline
 * extracted, once, for our index. The baselines are built from exactly this text, so every
 * system sees the same documents (files that could not be read are left out of all of them).
 */
final class IndexedText {
    private IndexedText() {
    }

    static List<BaselineIndex.Doc> read(Path data) throws IOException {
        List<BaselineIndex.Doc> docs = new ArrayList<>();
        eachDocument(data, Set.of(Fields.ID, Fields.TITLE, Fields.BODY), d -> docs.add(new BaselineIndex.Doc(
                d.get(Fields.ID), orEmpty(d.get(Fields.TITLE)), orEmpty(d.get(Fields.BODY)))));
        docs.sort(Comparator.comparing(BaselineIndex.Doc::id));
        return docs;
    }

    /** Title, type, campaign, phase and date of every document as the index holds them, by document id. */
    static Map<String, Map<String, String>> metadata(Path data) throws IOException {
        Map<String, Map<String, String>> out = new TreeMap<>();
        Map<String, String> fields = Map.of("title", Fields.TITLE, "type", Fields.TYPE, "campaign", Fields.CAMPAIGN,
                "phase", Fields.PHASE, "date", Fields.DATE);
        Set<String> stored = new java.util.HashSet<>(fields.values());
        stored.add(Fields.ID);
        eachDocument(data, stored, d -> {
            Map<String, String> values = new TreeMap<>();
            fields.forEach((name, field) -> values.put(name, orEmpty(d.get(field))));
            out.put(d.get(Fields.ID), values);
        });
        return out;
    }

    /** The stored fields named of every document record (not passages, not failures). */
    private static void eachDocument(Path data, Set<String> fields, java.util.function.Consumer<Document> each)
            throws IOException {
        try (FSDirectory dir = FSDirectory.open(CorpusIndex.indexDir(data));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery kind = new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC));
            int n = Math.max(1, searcher.count(kind));
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(kind, n).scoreDocs) {
                each.accept(stored.document(sd.doc, fields));
            }
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
