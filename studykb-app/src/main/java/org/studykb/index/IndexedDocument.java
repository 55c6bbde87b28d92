package org.studykb.index;

import java.util.List;

import org.studykb.ingest.Passage;

/**
 * A document as the index holds it: its stored values, its text and its passages, for the parts that read the
 * whole collection back (rectify, evaluation). Empty strings stand for values the document has none of.
 *
 * @param body   the document text the passages' offsets point into
 * @param access the roles allowed to see a 内部 document (the stored values of {@link Fields#ACCESS}); empty for a
 *               public one
 */
public record IndexedDocument(String id, String title, String type, String campaign, String phase, String date,
                              String body, List<Passage> passages, List<String> access) {
    public IndexedDocument {
        passages = List.copyOf(passages);
        access = List.copyOf(access);
    }

    /** Whether only some roles may see it. */
    public boolean internal() {
        return !access.isEmpty();
    }
}
