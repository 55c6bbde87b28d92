package org.studykb.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.studykb.ingest.IngestFailure;
import org.studykb.ingest.IngestedDocument;
import org.studykb.ingest.Passage;

/**
 * What the rest of studykb asks of the index, in our own records: write a document with its passages, read every
 * document back (rectify, evaluation), a document's passages, the index version and size. The embedded Lucene
 * index ({@link LuceneIndex}) implements it today; a SolrCloud backend (issue 16) is to implement the same, so no
 * Lucene or SolrJ type appears here. Searching is {@code org.studykb.search.SearchBackend}, which extends this.
 */
public interface IndexBackend extends Closeable {

    /** Every document with its passages, as of one version of the index. */
    IndexedDocuments documents() throws IOException;

    /** The passages of one document, in order; none when the index holds no such document. */
    List<Passage> passages(String id) throws IOException;

    /** The version of the index as this backend sees it now: it changes with every commit. */
    long version() throws IOException;

    /** Every document without its text, by id: what campaign pages list. */
    List<CatalogEntry> catalog() throws IOException;

    /** The files whose last indexing failed, by id. */
    List<FailureRecord> failures() throws IOException;

    /** How many documents (not passages, not failed files) the index holds. */
    int documentCount() throws IOException;

    /**
     * Every file the index records as of its last commit (a document or a record of why it could not be read), by
     * id, with what an incremental run compares: hash, size, time, analysis version, manual values, access, date.
     */
    Map<String, IndexedFile> indexedFiles() throws IOException;

    /** Counts of what the index holds as of its last commit: documents, passages, failures, per type, phase, campaign. */
    IndexStats stats() throws IOException;

    /**
     * Backs the index up the backend's own way, for {@code backup}: a SolrCloud collection through the Collections
     * API's BACKUP into {@code location}, a repository path every node can write, under {@code name}. The embedded
     * index has no way of its own (the backup copies one of its commits file by file): empty.
     *
     * @return how to restore it, in a sentence for the person and the manifest
     */
    default Optional<String> backUp(String location, String name) throws IOException {
        return Optional.empty();
    }

    /**
     * A writing session: each call adds or replaces one file's records, nothing is visible until {@link #commit()}.
     * One session at a time per index; the caller closes it.
     */
    Writer writer(IndexAnalyzers analyzers) throws IOException;

    /** Adds, replaces and deletes a file's records; {@link CorpusIndex} is the embedded one. */
    interface Writer extends Closeable {
        /** Replaces whatever the index held for this file with the document and its passages. */
        void put(IngestedDocument doc, long size, long mtime, ManualValues manual) throws IOException;

        /** Replaces whatever the index held for this file with a record of why it could not be read. */
        void putFailure(IngestFailure failure, String hash, long size, long mtime) throws IOException;

        /** Removes every record of a file. */
        void delete(String id) throws IOException;

        void commit() throws IOException;

        void rollback() throws IOException;

        /** Every file the index records, as {@link IndexBackend#indexedFiles()}, as this session sees it. */
        Map<String, IndexedFile> indexedFiles() throws IOException;

        /**
         * The text and inferred values a document's records hold, to map them again without reading the file (an
         * edit of its manual values). Empty when the backend keeps too little for that: the file is read again.
         */
        default Optional<StoredDocument> stored(String id) throws IOException {
            return Optional.empty();
        }
    }
}
