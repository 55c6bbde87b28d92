package org.studykb.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.studykb.ingest.IngestFailure;
import org.studykb.ingest.IngestedDocument;

/**
 * The writable index under {@code <data>/index}. Replacing a file's records is one atomic
 * update; nothing is visible to readers or survives a crash until {@link #commit()}.
 */
public final class CorpusIndex implements IndexBackend.Writer {
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final DocumentMapper mapper;
    private final String analysisVersion;

    private CorpusIndex(FSDirectory directory, IndexWriter writer, IndexAnalyzers analyzers) {
        this.directory = directory;
        this.writer = writer;
        this.mapper = new DocumentMapper(DocumentMapper.facetsConfig(), analyzers.indexing(), analyzers.gists());
        this.analysisVersion = analyzers.version();
    }

    /** Where the index of a data folder lives ({@link LuceneIndex#dir(Path)}). */
    public static Path indexDir(Path dataDir) {
        return LuceneIndex.dir(dataDir);
    }

    /** Opens (or creates) the index for writing; fails with a clear message when another run holds it. */
    public static CorpusIndex open(Path dataDir, IndexAnalyzers analyzers) throws IOException {
        Path dir = indexDir(dataDir);
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzers.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        try {
            return new CorpusIndex(directory, new IndexWriter(directory, config), analyzers);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException("索引正被另一个进程使用（" + dir + "）：请等待它结束后再运行", e);
        }
    }

    /** Every file recorded in the last commit, by id. */
    @Override
    public Map<String, IndexedFile> indexedFiles() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return indexedFiles(reader);
        }
    }

    /** Every file (document or failure record) a reader of the index sees, by id. */
    static Map<String, IndexedFile> indexedFiles(IndexReader reader) throws IOException {
        Map<String, IndexedFile> files = new HashMap<>();
        IndexSearcher searcher = new IndexSearcher(reader);
        var query = new TermInSetQuery(Fields.KIND, List.of(new BytesRef(Fields.KIND_DOC),
                new BytesRef(Fields.KIND_FAILURE)));
        int max = Math.max(1, reader.maxDoc());
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(query, max).scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(Fields.ID, Fields.KIND, Fields.HASH, Fields.SIZE,
                    Fields.MTIME, Fields.ANALYSIS_VERSION, Fields.REASON, Fields.DETAIL, Fields.MANUAL,
                    Fields.ACCESS, Fields.DATE));
            boolean failed = Fields.KIND_FAILURE.equals(d.get(Fields.KIND));
            files.put(d.get(Fields.ID), new IndexedFile(d.get(Fields.ID), d.get(Fields.HASH),
                    d.getField(Fields.SIZE).numericValue().longValue(),
                    d.getField(Fields.MTIME).numericValue().longValue(),
                    d.get(Fields.ANALYSIS_VERSION), failed,
                    failed ? d.get(Fields.REASON) : "", failed ? d.get(Fields.DETAIL) : "",
                    d.get(Fields.MANUAL) == null ? "" : d.get(Fields.MANUAL),
                    String.join(",", d.getValues(Fields.ACCESS)),
                    d.get(Fields.DATE) == null ? "" : d.get(Fields.DATE)));
        }
        return files;
    }

    /** What the index holds of a document, to map again without its file; empty when it holds too little. */
    @Override
    public Optional<StoredDocument> stored(String id) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return StoredDocument.read(reader, id);
        }
    }

    /** A reader of the index as it is now, which later changes do not alter; the caller closes it. */
    DirectoryReader openReader() throws IOException {
        return DirectoryReader.open(writer);
    }

    public String analysisVersion() {
        return analysisVersion;
    }

    /** Replaces whatever the index held for this file with the document and its passages. */
    public void put(IngestedDocument doc, long size, long mtime) throws IOException {
        put(doc, size, mtime, ManualValues.NONE);
    }

    /** As {@link #put(IngestedDocument, long, long)}, with the values a person set winning over inferred ones. */
    @Override
    public void put(IngestedDocument doc, long size, long mtime, ManualValues manual) throws IOException {
        var facts = new DocumentMapper.FileFacts(size, mtime, analysisVersion);
        writer.updateDocuments(new Term(Fields.ID, doc.id()), mapper.map(doc, facts, manual));
    }

    /** Replaces whatever the index held for this file with a failure record. */
    @Override
    public void putFailure(IngestFailure failure, String hash, long size, long mtime) throws IOException {
        var facts = new DocumentMapper.FileFacts(size, mtime, analysisVersion);
        writer.updateDocuments(new Term(Fields.ID, failure.id()), List.of(mapper.failure(failure, hash, facts)));
    }

    /** Removes every record of a file that is gone from the corpus. */
    @Override
    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(Fields.ID, id));
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void rollback() throws IOException {
        writer.rollback();
    }

    @Override
    public void close() throws IOException {
        try {
            if (writer.isOpen()) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }
}
