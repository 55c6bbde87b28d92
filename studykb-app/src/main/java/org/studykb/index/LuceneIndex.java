package org.studykb.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.studykb.ingest.Passage;

/**
 * The one access point of the embedded index under {@code <data>/index}: it opens the directory, keeps the readers
 * (a {@link SearcherManager} that reopens on {@link #refresh()}), opens the writer ({@link CorpusIndex}) and tells
 * the version. Search, rectify, evaluation, backup and the web ask it instead of opening the directory themselves.
 * Thread-safe.
 */
public final class LuceneIndex implements IndexBackend {
    private static final Set<String> DOC_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.TYPE, Fields.CAMPAIGN,
            Fields.PHASE, Fields.DATE, Fields.BODY, Fields.ACCESS);
    private static final Set<String> CATALOG_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.TYPE, Fields.CAMPAIGN,
            Fields.PHASE, Fields.DATE, Fields.ACCESS);
    private static final Set<String> FAILURE_FIELDS = Set.of(Fields.ID, Fields.REASON, Fields.DETAIL, Fields.SIZE,
            Fields.INDEXED_AT);
    private static final Set<String> PASSAGE_FIELDS = Set.of(Fields.ID, Fields.P_ORDINAL, Fields.P_START,
            Fields.P_END, Fields.P_LABEL, Fields.BODY);

    private final Path data;
    private final FSDirectory directory;
    private final SearcherManager searchers;

    private LuceneIndex(Path data, FSDirectory directory, SearcherManager searchers) {
        this.data = data;
        this.directory = directory;
        this.searchers = searchers;
    }

    /** Where the index of a data folder lives. */
    public static Path dir(Path data) {
        return data.resolve("index");
    }

    /** Whether the data folder holds a committed index. */
    public static boolean exists(Path data) throws IOException {
        Path dir = dir(data);
        return Files.isDirectory(dir) && hasCommit(dir);
    }

    /** Commits an empty index on a fresh data folder, so that a server can start before anything is indexed. */
    public static void createIfAbsent(Path data, IndexAnalyzers analyzers) throws IOException {
        if (!exists(data)) {
            try (CorpusIndex empty = CorpusIndex.open(data, analyzers)) {
                empty.commit();
            }
        }
    }

    /** Opens the committed index for reading; fails with a clear message when there is none. */
    public static LuceneIndex open(Path data) throws IOException {
        return open(data, new SearcherFactory());
    }

    /**
     * Opens the committed index for reading, each reader given to searches through {@code searcherFactory} (the
     * search's own similarity and length statistics); fails with a clear message when there is none.
     */
    public static LuceneIndex open(Path data, SearcherFactory searcherFactory) throws IOException {
        Path dir = dir(data);
        if (!exists(data)) {
            throw new IOException("没有找到索引（" + dir + "）：请先运行 index --corpus 目录 --data " + data);
        }
        FSDirectory directory = FSDirectory.open(dir);
        try {
            return new LuceneIndex(data, directory, new SearcherManager(directory, searcherFactory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** A searcher over the index as last refreshed; give it back with {@link #release(IndexSearcher)}. */
    public IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /** What a read makes of a searcher, which it may not keep. */
    private interface Read<T> {
        T of(IndexSearcher searcher) throws IOException;
    }

    /** A read over the index as last refreshed, the searcher given back after it. */
    private <T> T read(Read<T> read) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return read.of(searcher);
        } finally {
            release(searcher);
        }
    }

    /** Picks up what was committed since, when nobody else is refreshing; never shows a half-written view. */
    public void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    /** Waits until searches see everything committed so far. */
    public void refreshNow() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    @Override
    public Writer writer(IndexAnalyzers analyzers) throws IOException {
        return CorpusIndex.open(data, analyzers);
    }

    @Override
    public long version() throws IOException {
        refreshNow();
        return read(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    @Override
    public int documentCount() throws IOException {
        return read(searcher -> searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC))));
    }

    @Override
    public Map<String, IndexedFile> indexedFiles() throws IOException {
        refreshNow();
        return read(searcher -> CorpusIndex.indexedFiles(searcher.getIndexReader()));
    }

    @Override
    public IndexStats stats() throws IOException {
        refreshNow();
        return read(searcher -> IndexStats.of(new IndexSearcher(searcher.getIndexReader())));
    }

    @Override
    public IndexedDocuments documents() throws IOException {
        refreshNow();
        IndexSearcher acquired = acquire();
        try {
            IndexReader reader = acquired.getIndexReader();
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            Map<String, List<Passage>> passages = new HashMap<>();
            for (ScoreDoc sd : all(searcher, Fields.KIND_PASSAGE)) {
                Document d = stored.document(sd.doc, PASSAGE_FIELDS);
                passages.computeIfAbsent(d.get(Fields.ID), k -> new ArrayList<>()).add(passage(d));
            }
            List<IndexedDocument> docs = new ArrayList<>();
            for (ScoreDoc sd : all(searcher, Fields.KIND_DOC)) {
                Document d = stored.document(sd.doc, DOC_FIELDS);
                String id = d.get(Fields.ID);
                List<Passage> ps = passages.getOrDefault(id, new ArrayList<>());
                ps.sort(Comparator.comparingInt(Passage::ordinal));
                docs.add(new IndexedDocument(id, text(d, Fields.TITLE), text(d, Fields.TYPE),
                        text(d, Fields.CAMPAIGN), text(d, Fields.PHASE), text(d, Fields.DATE), text(d, Fields.BODY),
                        ps, List.of(d.getValues(Fields.ACCESS))));
            }
            docs.sort(Comparator.comparing(IndexedDocument::id));
            return new IndexedDocuments(((DirectoryReader) reader).getVersion(), docs);
        } finally {
            release(acquired);
        }
    }

    @Override
    public List<CatalogEntry> catalog() throws IOException {
        return read(acquired -> {
            IndexSearcher searcher = new IndexSearcher(acquired.getIndexReader());
            StoredFields stored = searcher.storedFields();
            List<CatalogEntry> out = new ArrayList<>();
            for (ScoreDoc sd : all(searcher, Fields.KIND_DOC)) {
                Document d = stored.document(sd.doc, CATALOG_FIELDS);
                out.add(new CatalogEntry(d.get(Fields.ID), d.get(Fields.TITLE), d.get(Fields.TYPE),
                        d.get(Fields.CAMPAIGN), d.get(Fields.PHASE), d.get(Fields.DATE),
                        List.of(d.getValues(Fields.ACCESS))));
            }
            out.sort(Comparator.comparing(CatalogEntry::id));
            return out;
        });
    }

    @Override
    public List<FailureRecord> failures() throws IOException {
        return read(acquired -> {
            IndexSearcher searcher = new IndexSearcher(acquired.getIndexReader());
            StoredFields stored = searcher.storedFields();
            List<FailureRecord> out = new ArrayList<>();
            for (ScoreDoc sd : all(searcher, Fields.KIND_FAILURE)) {
                Document d = stored.document(sd.doc, FAILURE_FIELDS);
                out.add(new FailureRecord(d.get(Fields.ID), text(d, Fields.REASON), text(d, Fields.DETAIL),
                        number(d, Fields.SIZE), number(d, Fields.INDEXED_AT)));
            }
            out.sort(Comparator.comparing(FailureRecord::id));
            return out;
        });
    }

    private static long number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().longValue();
    }

    @Override
    public List<Passage> passages(String id) throws IOException {
        IndexSearcher acquired = acquire();
        try {
            IndexSearcher searcher = new IndexSearcher(acquired.getIndexReader());
            var query = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)),
                            org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ID, id)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .build();
            StoredFields stored = searcher.storedFields();
            List<Passage> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
                out.add(passage(stored.document(sd.doc, PASSAGE_FIELDS)));
            }
            out.sort(Comparator.comparingInt(Passage::ordinal));
            return out;
        } finally {
            release(acquired);
        }
    }

    private static ScoreDoc[] all(IndexSearcher searcher, String kind) throws IOException {
        TermQuery query = new TermQuery(new Term(Fields.KIND, kind));
        return searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs;
    }

    private static Passage passage(Document d) {
        return new Passage(d.getField(Fields.P_ORDINAL).numericValue().intValue(),
                d.getField(Fields.P_START).numericValue().intValue(),
                d.getField(Fields.P_END).numericValue().intValue(), text(d, Fields.P_LABEL), text(d, Fields.BODY));
    }

    private static String text(Document d, String field) {
        String s = d.get(field);
        return s == null ? "" : s;
    }

    /** The last commit of an index folder: its generation and the files it is made of. */
    public record Commit(long generation, Collection<String> files) {
    }

    /** Whether the index folder {@code dir} holds a commit. */
    public static boolean hasCommit(Path dir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(directory);
        }
    }

    /**
     * The last commit of the index folder {@code dir}, which another process may be writing: a file named here may
     * be gone by the time it is opened ({@link java.nio.file.NoSuchFileException}), when a newer commit exists.
     */
    public static Commit lastCommit(Path dir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IOException("索引目录中没有提交过的索引：" + dir);
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            return new Commit(commit.getGeneration(), List.copyOf(commit.files(true)));
        }
    }

    /** A copied index folder opened as an index: the generation of its commit and its live records. */
    public record Opened(long generation, int records) {
    }

    /** Opens the index folder {@code dir} (a copy) to check that it is a readable index. */
    public static Opened check(Path dir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return new Opened(reader.getIndexCommit().getGeneration(), reader.numDocs());
        }
    }

    /** Fails when a writer (a running serve or index) holds the data folder's index. */
    public static void ensureNotInUse(Path data) throws IOException {
        Path dir = dir(data);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (FSDirectory directory = FSDirectory.open(dir); Lock lock = directory.obtainLock("write.lock")) {
            lock.ensureValid();
        } catch (LockObtainFailedException e) {
            throw new IndexInUseException("索引正被使用（" + dir + "）：请先停止 serve 或 index", e);
        }
    }

    /** The index is held by another process's writer. */
    public static final class IndexInUseException extends IOException {
        IndexInUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            directory.close();
        }
    }
}
