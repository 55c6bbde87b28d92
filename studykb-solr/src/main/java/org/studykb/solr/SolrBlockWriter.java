package org.studykb.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexBackend;
import org.studykb.index.IndexedFile;
import org.studykb.index.ManualValues;
import org.studykb.ingest.IngestFailure;
import org.studykb.ingest.IngestedDocument;

/**
 * A writing session on a SolrCloud collection: blocks are sent in batches of {@link #BATCH}, a delete first sends
 * what was put before it (order matters), and {@link #commit()} sends the rest and makes it visible (a hard commit
 * that opens a searcher). Safe for the indexing threads of one run.
 *
 * <p>One difference from the embedded writer: SolrCloud has no rollback. {@link #rollback()} drops what was not sent
 * yet; batches already sent stay pending in the collection and become visible at its next commit.
 */
final class SolrBlockWriter implements IndexBackend.Writer {
    /** Blocks per update request: a document with its passages is some dozens of records. */
    static final int BATCH = 50;

    private final SolrClient client;
    private final String collection;
    private final IndexAnalyzers analyzers;
    private final List<SolrInputDocument> pending = new ArrayList<>();
    private final Committed committed;

    /** What the collection holds as of its last commit: a session sees no more of itself than Solr does. */
    @FunctionalInterface
    interface Committed {
        Map<String, IndexedFile> indexedFiles() throws IOException;
    }

    SolrBlockWriter(SolrClient client, String collection, IndexAnalyzers analyzers, Committed committed) {
        this.client = client;
        this.collection = collection;
        this.analyzers = analyzers;
        this.committed = committed;
    }

    /** As of the collection's last commit (Solr's searchers see no more); what this session sent is not in it. */
    @Override
    public Map<String, IndexedFile> indexedFiles() throws IOException {
        return committed.indexedFiles();
    }

    @Override
    public void put(IngestedDocument doc, long size, long mtime, ManualValues manual) throws IOException {
        add(SolrRecords.block(doc, size, mtime, manual, analyzers));
    }

    @Override
    public void putFailure(IngestFailure failure, String hash, long size, long mtime) throws IOException {
        add(SolrRecords.failure(failure, hash, size, mtime, analyzers));
    }

    /** Removes the document's block: the document, its passages, or its failure record. */
    @Override
    public synchronized void delete(String id) throws IOException {
        send();
        try {
            client.deleteByQuery(collection, "{!term f=_root_}" + id);
        } catch (SolrServerException e) {
            throw new IOException("Solr collection " + collection + " did not delete " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void commit() throws IOException {
        send();
        try {
            client.commit(collection, true, true);
        } catch (SolrServerException e) {
            throw new IOException("Solr collection " + collection + " did not commit: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void rollback() {
        pending.clear();
    }

    @Override
    public synchronized void close() {
        pending.clear();
    }

    private synchronized void add(SolrInputDocument block) throws IOException {
        pending.add(block);
        if (pending.size() >= BATCH) {
            send();
        }
    }

    private void send() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        try {
            client.add(collection, new ArrayList<>(pending));
            pending.clear();
        } catch (SolrServerException e) {
            throw new IOException("Solr collection " + collection + " refused " + pending.size() + " documents: "
                    + e.getMessage(), e);
        }
    }
}
