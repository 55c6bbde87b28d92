package org.studykb.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.studykb.index.FailureRecord;

/**
 * The files the index holds a failure record of: each could not be read at its last indexing, with the reason in
 * Chinese and the technical detail. For the administrator only (a failure record carries no 内部 mark).
 */
public final class FailedFiles {
    private final SearchBackend search;

    public FailedFiles(SearchBackend search) {
        this.search = search;
    }

    /**
     * A file that could not be read.
     *
     * @param indexedAt when it was last tried, in milliseconds since 1970 (0 when the record does not say)
     */
    public record Failed(String id, String reason, String detail, long size, long indexedAt) {
        /** When it was last tried, or null when the record does not say. */
        public java.time.Instant lastTried() {
            return indexedAt <= 0 ? null : java.time.Instant.ofEpochMilli(indexedAt);
        }
    }

    /** Every failed file, by id. */
    public List<Failed> all() throws IOException {
        search.refresh();
        return search.failures().stream().map(FailedFiles::failed).toList();
    }

    /** The failure record of this id, if the file failed at its last indexing. */
    public Optional<Failed> of(String id) throws IOException {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return all().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private static Failed failed(FailureRecord r) {
        return new Failed(r.id(), r.reason(), r.detail(), r.size(), r.indexedAt());
    }
}
