package org.studykb.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studykb.ingest.IngestFailure;
import org.studykb.ingest.IngestPipeline;
import org.studykb.ingest.IngestResult;

/**
 * Indexes single files at once, outside a corpus run: an upload, or a document whose manual values a person
 * just changed. Each call opens a writing session of the backend, commits and closes it, so the {@code index}
 * command can run between calls; while it holds the embedded index, a call fails with a clear message. Calls are
 * serialised.
 */
public final class IndexFiles {
    private static final Logger log = LoggerFactory.getLogger(IndexFiles.class);

    private final IngestPipeline pipeline;
    private final Sessions sessions;
    private final CorpusFiles files;

    /** Opens a writing session of the index. */
    @FunctionalInterface
    private interface Sessions {
        IndexBackend.Writer open() throws IOException;
    }

    /** Writes to the embedded index under the data folder. */
    public IndexFiles(IngestPipeline pipeline, IndexAnalyzers analyzers, Path data) {
        this(pipeline, data, () -> CorpusIndex.open(data, analyzers));
    }

    /** Writes through a backend (the embedded index or a SolrCloud collection); the files are under the data folder. */
    public IndexFiles(IngestPipeline pipeline, IndexAnalyzers analyzers, Path data, IndexBackend backend) {
        this(pipeline, data, () -> backend.writer(analyzers));
    }

    private IndexFiles(IngestPipeline pipeline, Path data, Sessions sessions) {
        this.pipeline = pipeline;
        this.sessions = sessions;
        this.files = new CorpusFiles(data);
    }

    public CorpusFiles files() {
        return files;
    }

    /**
     * Reads a new file with the ingest pipeline and, when it could be read, adds it to the index (committed).
     * A file that could not be read is not indexed; the failure says why.
     */
    public synchronized IngestResult add(Path root, Path file, Overrides overrides) throws IOException {
        IngestResult result = pipeline.ingest(root, file);
        if (result instanceof IngestResult.Ingested ok) {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            try (IndexBackend.Writer index = sessions.open()) {
                index.put(ok.document(), attrs.size(), attrs.lastModifiedTime().toMillis(),
                        overrides.of(ok.id()));
                index.commit();
            }
        }
        return result;
    }

    /** Removes every record of a document from the index (committed); nothing happens when it has none. */
    public synchronized void remove(String id) throws IOException {
        try (IndexBackend.Writer index = sessions.open()) {
            index.delete(id);
            index.commit();
        }
    }

    /**
     * Replaces a document's records (committed) with ones carrying its current manual values. They are mapped
     * from the text and values its records hold ({@link StoredDocument}), so the file is not read again (no Tika,
     * no OCR) and need not even be there; the result is what an index run of the file would write. Only when
     * the index holds too little (a record of an older layout, or a failure record) is the file read again; a
     * file that can then not be read gets a failure record, as an index run would give it.
     */
    public synchronized IngestResult reindex(String id, Overrides overrides) throws IOException {
        try (IndexBackend.Writer index = sessions.open()) {
            IngestResult result = reindex(index, id, overrides);
            index.commit();
            return result;
        }
    }

    /**
     * Maps again (as {@link #reindex}) every document whose manual values differ from those it was indexed with,
     * for example after an edit made while the {@code index} command held the index. Returns the ids it mapped again.
     */
    public synchronized List<String> reconcile(Overrides overrides) throws IOException {
        List<String> done = new ArrayList<>();
        try (IndexBackend.Writer index = sessions.open()) {
            Map<String, IndexedFile> known = index.indexedFiles();
            TreeSet<String> candidates = new TreeSet<>(overrides.ids());
            known.values().stream().filter(f -> !f.manual().isEmpty()).forEach(f -> candidates.add(f.id()));
            for (String id : candidates) {
                IndexedFile before = known.get(id);
                if (before == null || before.failed()
                        || before.manual().equals(overrides.of(id).fingerprint())) {
                    continue;
                }
                if (index.stored(id).isPresent() || files.locate(id).isPresent()) {
                    reindex(index, id, overrides);
                    done.add(id);
                }
            }
            index.commit();
        }
        return done;
    }

    private IngestResult reindex(IndexBackend.Writer index, String id, Overrides overrides) throws IOException {
        Optional<StoredDocument> stored = index.stored(id);
        if (stored.isPresent()) {
            // the folder rules of access.yml as they are now, as an index run would apply them
            StoredDocument s = stored.get().withAccess(pipeline.access(id));
            index.put(s.document(), s.size(), s.mtime(), overrides.of(id));
            return new IngestResult.Ingested(s.document());
        }
        log.info("{}: no stored text and inferred values to map the records from (a record of an older index layout,"
                + " or a failure record): reading the file again", id);
        return reparse(index, id, overrides);
    }

    private IngestResult reparse(IndexBackend.Writer index, String id, Overrides overrides) throws IOException {
        Optional<CorpusFiles.Located> located = files.locate(id);
        if (located.isEmpty()) {
            throw new IOException("原文件已不在语料文件夹中：" + id);
        }
        Path file = located.get().file();
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        IngestResult result = pipeline.ingest(located.get().root(), file);
        long size = attrs.size();
        long mtime = attrs.lastModifiedTime().toMillis();
        if (result instanceof IngestResult.Ingested ok) {
            index.put(ok.document(), size, mtime, overrides.of(id));
        } else {
            IngestFailure failure = ((IngestResult.Failed) result).failure();
            index.putFailure(failure, IndexCorpus.sha256(file), size, mtime);
        }
        return result;
    }
}
