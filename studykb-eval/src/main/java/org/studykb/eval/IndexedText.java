package org.studykb.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.studykb.index.IndexBackend;
import org.studykb.index.IndexedDocument;
import org.studykb.index.LuceneIndex;

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
        for (IndexedDocument d : documents(data)) {
            docs.add(new BaselineIndex.Doc(d.id(), d.title(), d.body()));
        }
        return docs;
    }

    /** Title, type, campaign, phase and date of every document as the index holds them, by document id. */
    static Map<String, Map<String, String>> metadata(Path data) throws IOException {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (IndexedDocument d : documents(data)) {
            Map<String, String> values = new TreeMap<>();
            values.put("title", d.title());
            values.put("type", d.type());
            values.put("campaign", d.campaign());
            values.put("phase", d.phase());
            values.put("date", d.date());
            out.put(d.id(), values);
        }
        return out;
    }

    /** Every document record (not passages, not failures), sorted by id, through the index's backend. */
    private static List<IndexedDocument> documents(Path data) throws IOException {
        try (IndexBackend index = LuceneIndex.open(data)) {
            return index.documents().documents();
        }
    }
}
