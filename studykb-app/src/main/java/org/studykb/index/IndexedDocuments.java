package org.studykb.index;

import java.util.List;

/** Every document of the index read at one version, sorted by id. */
public record IndexedDocuments(long version, List<IndexedDocument> documents) {
    public IndexedDocuments {
        documents = List.copyOf(documents);
    }
}
