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
        try (FSDirectory dir = FSDirectory.open(CorpusIndex.indexDir(data));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery kind = new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC));
            int n = Math.max(1, searcher.count(kind));
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(kind, n).scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(Fields.ID, Fields.TITLE, Fields.BODY));
                docs.add(new BaselineIndex.Doc(d.get(Fields.ID), orEmpty(d.get(Fields.TITLE)),
                        orEmpty(d.get(Fields.BODY))));
            }
        }
        docs.sort(Comparator.comparing(BaselineIndex.Doc::id));
        return docs;
    }

    /** Title, type, campaign, phase and date of every document as the index holds them, by document id. */
    static Map<String, Map<String, String>> metadata(Path data) throws IOException {
        Map<String, Map<String, String>> out = new TreeMap<>();
        Map<String, String> fields = Map.of("title", Fields.TITLE, "type", Fields.TYPE, "campaign", Fields.CAMPAIGN,
                "phase", Fields.PHASE, "date", Fields.DATE);
        try (FSDirectory dir = FSDirectory.open(CorpusIndex.indexDir(data));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery kind = new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC));
            int n = Math.max(1, searcher.count(kind));
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(kind, n).scoreDocs) {
                Document d = stored.document(sd.doc);
                Map<String, String> values = new TreeMap<>();
                fields.forEach((name, field) -> values.put(name, orEmpty(d.get(field))));
                out.put(d.get(Fields.ID), values);
            }
        }
        return out;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
