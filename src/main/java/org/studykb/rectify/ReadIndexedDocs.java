package org.studykb.rectify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.studykb.index.CorpusIndex;
import org.studykb.index.Fields;
import org.studykb.ingest.Passage;

/** Reads every document of the committed index with its passages (the index stores both). */
final class ReadIndexedDocs {
    private static final Set<String> DOC_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.TYPE, Fields.CAMPAIGN,
            Fields.PHASE, Fields.DATE, Fields.BODY);
    private static final Set<String> PASSAGE_FIELDS = Set.of(Fields.ID, Fields.P_ORDINAL, Fields.P_START, Fields.P_END,
            Fields.P_LABEL, Fields.BODY);

    private ReadIndexedDocs() {
    }

    /** The documents and the index version they were read at. */
    /**
     * The documents, the index version they were read at, and the roles allowed to see each 内部 document (by
     * document id; a public document is not in the map).
     */
    record Snapshot(List<SourceDoc> docs, long version, Map<String, List<String>> access) {
    }

    static Snapshot read(Path data) throws IOException {
        Path dir = CorpusIndex.indexDir(data);
        if (!Files.isDirectory(dir)) {
            throw new IOException("没有找到索引（" + dir + "）：请先运行 index --corpus 目录 --data " + data);
        }
        try (FSDirectory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IOException("没有找到索引（" + dir + "）：请先运行 index --corpus 目录 --data " + data);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return new Snapshot(read(reader), reader.getVersion(), access(reader));
            }
        }
    }

    /** The version of the committed index, to know when a ledger built earlier is out of date. */
    static long version(Path data) throws IOException {
        try (FSDirectory directory = FSDirectory.open(CorpusIndex.indexDir(data));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getVersion();
        }
    }

    static List<SourceDoc> read(DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        int max = Math.max(1, reader.maxDoc());
        Map<String, List<Passage>> passages = new HashMap<>();
        for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)), max).scoreDocs) {
            Document d = stored.document(sd.doc, PASSAGE_FIELDS);
            passages.computeIfAbsent(d.get(Fields.ID), k -> new ArrayList<>()).add(new Passage(
                    d.getField(Fields.P_ORDINAL).numericValue().intValue(),
                    d.getField(Fields.P_START).numericValue().intValue(),
                    d.getField(Fields.P_END).numericValue().intValue(),
                    nonNull(d.get(Fields.P_LABEL)), nonNull(d.get(Fields.BODY))));
        }
        List<SourceDoc> docs = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), max).scoreDocs) {
            Document d = stored.document(sd.doc, DOC_FIELDS);
            String id = d.get(Fields.ID);
            List<Passage> ps = passages.getOrDefault(id, new ArrayList<>());
            ps.sort(Comparator.comparingInt(Passage::ordinal));
            docs.add(SourceDoc.of(id, d.get(Fields.TITLE), d.get(Fields.TYPE), d.get(Fields.CAMPAIGN),
                    d.get(Fields.PHASE), d.get(Fields.DATE), nonNull(d.get(Fields.BODY)), List.copyOf(ps)));
        }
        docs.sort(Comparator.comparing(SourceDoc::id));
        return docs;
    }

    /** The allowed roles of every 内部 document, by id. */
    static Map<String, List<String>> access(DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        Query internal = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ACCESS, Fields.ACCESS_INTERNAL)), Occur.FILTER).build();
        Map<String, List<String>> out = new HashMap<>();
        for (ScoreDoc sd : searcher.search(internal, Math.max(1, reader.maxDoc())).scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(Fields.ID, Fields.ACCESS));
            out.put(d.get(Fields.ID), List.of(d.getValues(Fields.ACCESS)));
        }
        return Map.copyOf(out);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
