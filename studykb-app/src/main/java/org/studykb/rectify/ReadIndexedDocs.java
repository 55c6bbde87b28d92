package org.studykb.rectify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.studykb.index.IndexBackend;
import org.studykb.index.IndexedDocument;
import org.studykb.index.IndexedDocuments;
import org.studykb.index.LuceneIndex;

/** Reads every document of the committed index with its passages, through the index's backend. */
final class ReadIndexedDocs {

    private ReadIndexedDocs() {
    }

    /**
     * The documents, the index version they were read at, and the roles allowed to see each 内部 document (by
     * document id; a public document is not in the map).
     */
    record Snapshot(List<SourceDoc> docs, long version, Map<String, List<String>> access) {
    }

    static Snapshot read(Path data) throws IOException {
        try (IndexBackend index = LuceneIndex.open(data)) {
            return read(index);
        }
    }

    static Snapshot read(IndexBackend index) throws IOException {
        IndexedDocuments read = index.documents();
        Map<String, List<String>> access = new HashMap<>();
        List<SourceDoc> docs = read.documents().stream().map(d -> {
            if (d.internal()) {
                access.put(d.id(), d.access());
            }
            return source(d);
        }).toList();
        return new Snapshot(docs, read.version(), Map.copyOf(access));
    }

    /** The version of the committed index, to know when a ledger built earlier is out of date. */
    static long version(Path data) throws IOException {
        try (IndexBackend index = LuceneIndex.open(data)) {
            return index.version();
        }
    }

    private static SourceDoc source(IndexedDocument d) {
        return SourceDoc.of(d.id(), d.title().isEmpty() ? null : d.title(), d.type(), d.campaign(), d.phase(),
                d.date(), d.body(), d.passages());
    }
}
