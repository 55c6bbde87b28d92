package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.studykb.index.Fields;

/** The stored ids of ranked records, in their order: what rankings and the passage re-ranking name them by. */
final class StoredIds {
    private StoredIds() {
    }

    static List<String> of(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<String> ids = new ArrayList<>(ranked.length);
        for (ScoreDoc sd : ranked) {
            ids.add(stored.document(sd.doc, Set.of(Fields.ID)).get(Fields.ID));
        }
        return ids;
    }
}
