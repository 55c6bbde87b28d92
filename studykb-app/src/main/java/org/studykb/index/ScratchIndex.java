package org.studykb.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A separate, throw-away Lucene index that is not the corpus index: rectify's link and passage searches and the
 * evaluation's stock-analyzer baselines build one in memory, the benchmark one on disk to weigh it. Opening its
 * directory, writer and reader happens here, beside {@link LuceneIndex}, so that no other package opens an index.
 */
public final class ScratchIndex implements Closeable {
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private ScratchIndex(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Indexes the records in memory, each analysed by {@code analyzer}, and opens a reader over them. */
    public static ScratchIndex inMemory(Analyzer analyzer, Iterable<? extends Iterable<? extends IndexableField>> records)
            throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try {
            add(directory, analyzer, records);
            return new ScratchIndex(directory, DirectoryReader.open(directory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Indexes the records into a new index in the folder {@code dir} and commits them (nothing is kept open). */
    public static void onDisk(Path dir, Analyzer analyzer, Iterable<? extends Iterable<? extends IndexableField>> records)
            throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir)) {
            add(directory, analyzer, records);
        }
    }

    private static void add(Directory directory, Analyzer analyzer,
                            Iterable<? extends Iterable<? extends IndexableField>> records) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Iterable<? extends IndexableField> record : records) {
                writer.addDocument(record);
            }
            writer.commit();
        }
    }

    /** A searcher over the records, default similarity; shared by threads. */
    public IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
