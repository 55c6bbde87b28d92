package org.studykb.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.DirectoryReader;
import org.studykb.index.IndexProgress.Outcome;
import org.studykb.ingest.DocDate;
import org.studykb.ingest.IngestFailure;
import org.studykb.ingest.IngestPipeline;
import org.studykb.ingest.IngestResult;
import org.studykb.ingest.IngestedDocument;

/**
 * One incremental index run over a corpus folder: new and changed files are read (in parallel),
 * unchanged ones are left alone, deleted ones are removed, and every failure is reported by
 * path and reason. The uploads under {@code <data>/uploads} are part of every run, and the values people
 * set by hand ({@link Overrides}) win over inferred ones; a file whose manual values (or folder rule) changed is
 * mapped again from what the index holds of it ({@link StoredDocument}), without reading it, although the file did
 * not change. A commit is made once {@value #COMMIT_SECONDS} seconds have passed since
 * the last one, so a killed run keeps what it had committed and the next run completes the rest; committing by time
 * rather than every few files keeps segments large (each commit flushes one small segment per thread, which merges
 * then rewrite).
 */
public final class IndexCorpus {
    static final long COMMIT_SECONDS = 30;

    private final IngestPipeline pipeline;
    private final int threads;
    private final Overrides overrides;
    private final long commitNanos;

    /** A run without manual values (evaluation, benchmarks, tests of ingest alone). */
    public IndexCorpus(IngestPipeline pipeline, int threads) {
        this(pipeline, threads, Overrides.NONE);
    }

    /** A run with the manual values of the store ({@code ManualValuesStore}; the {@code index} command reads it). */
    public IndexCorpus(IngestPipeline pipeline, int threads, Overrides overrides) {
        this(pipeline, threads, overrides, java.time.Duration.ofSeconds(COMMIT_SECONDS));
    }

    private IndexCorpus(IngestPipeline pipeline, int threads, Overrides overrides, java.time.Duration commitEvery) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.overrides = overrides;
        this.commitNanos = commitEvery.toNanos();
    }

    /** The same run committing at this interval instead (tests that watch commits arrive). */
    public IndexCorpus committingEvery(java.time.Duration interval) {
        return new IndexCorpus(pipeline, threads, overrides, interval);
    }

    /** A run into the embedded index under {@code <data>/index}. */
    public IndexReport run(Path corpus, Path data, IndexAnalyzers analyzers, IndexProgress progress)
            throws IOException {
        return run(corpus, data, analyzers, progress, () -> new EmbeddedTarget(CorpusIndex.open(data, analyzers), data));
    }

    /**
     * A run into another index backend (a SolrCloud collection): the same comparisons, commits and report; the
     * local {@code data} folder keeps the corpus's place and the uploads. The caller owns and closes the backend.
     * What the backend holds of an unchanged file is not mapped again from its records: a file whose manual values
     * changed is read again.
     */
    public IndexReport run(Path corpus, Path data, IndexBackend backend, IndexAnalyzers analyzers,
                           IndexProgress progress) throws IOException {
        return run(corpus, data, analyzers, progress, () -> new BackendTarget(backend, analyzers));
    }

    private interface TargetOpener {
        Target open() throws IOException;
    }

    private IndexReport run(Path corpus, Path data, IndexAnalyzers analyzers, IndexProgress progress,
                            TargetOpener opener) throws IOException {
        long t0 = System.nanoTime();
        String startedAt = Instant.now().toString();
        Path root = corpus.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("语料文件夹不存在或不是文件夹：" + corpus);
        }
        Overrides manual = overrides;
        CorpusFiles.remember(data, root);
        CorpusWalk.Result walk = CorpusFiles.walk(root, data);
        List<IndexReport.Problem> failures = Collections.synchronizedList(new ArrayList<>(walk.failures()));
        List<IndexReport.Problem> warnings = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger added = new AtomicInteger();
        AtomicInteger updated = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        int deleted = 0;
        String version = analyzers.version();
        IndexStats stats;
        try (Target index = opener.open()) {
            Map<String, IndexedFile> known = index.files();
            Set<String> present = new HashSet<>();
            walk.files().forEach(f -> present.add(f.id()));
            for (String id : known.keySet()) {
                if (!present.contains(id)) {
                    index.writer().delete(id);
                    deleted++;
                }
            }
            progress.start(walk.files().size());
            Folders folders = new Folders();
            AtomicLong lastCommit = new AtomicLong(System.nanoTime());
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "ingest");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (CorpusWalk.Found f : walk.files()) {
                    futures.add(pool.submit(() -> {
                        Outcome outcome = indexOne(f, known.get(f.id()), manual.of(f.id()), version, index,
                                failures, warnings, folders);
                        switch (outcome) {
                            case ADDED -> added.incrementAndGet();
                            case UPDATED -> updated.incrementAndGet();
                            case UNCHANGED -> unchanged.incrementAndGet();
                            case FAILED -> { }
                        }
                        if (outcome != Outcome.UNCHANGED) {
                            commitWhenDue(index.writer(), lastCommit);
                        }
                        progress.done(f.id(), outcome);
                        return null;
                    }));
                }
                for (Future<?> future : futures) {
                    await(future);
                }
            } finally {
                pool.shutdownNow();
                progress.finish();
            }
            datedByFolder(folders, present, index, known);
            index.writer().commit();
            stats = index.stats();
        }
        List<IndexReport.Problem> sortedFailures = new ArrayList<>(failures);
        sortedFailures.sort((a, b) -> a.path().compareTo(b.path()));
        List<IndexReport.Problem> sortedWarnings = new ArrayList<>(warnings);
        sortedWarnings.sort((a, b) -> a.path().compareTo(b.path()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new IndexReport(root.toString(), data.toAbsolutePath().normalize().toString(), startedAt, seconds,
                walk.files().size(), added.get(), updated.get(), unchanged.get(), deleted, sortedFailures,
                walk.skipped(), sortedWarnings, stats.documents(), stats.passages(), stats.byType(),
                stats.byPhase(), stats.byCampaign());
    }

    private Outcome indexOne(CorpusWalk.Found f, IndexedFile before, ManualValues manual, String version,
                             Target target, List<IndexReport.Problem> failures,
                             List<IndexReport.Problem> warnings, Folders folders) throws IOException {
        IndexBackend.Writer index = target.writer();
        boolean sameSetup = before != null && version.equals(before.analysisVersion())
                && before.manual().equals(manual.fingerprint())
                && (before.failed() || before.access().equals(accessOf(f.id(), manual)));
        if (before != null && sameSetup && before.size() == f.size() && before.mtime() == f.mtime()) {
            return unchangedOutcome(before, failures);
        }
        String hash;
        try {
            hash = sha256(f.file());
        } catch (IOException e) {
            IngestFailure failure = new IngestFailure(f.id(), CorpusWalk.reasonFor(e), e.toString());
            failures.add(new IndexReport.Problem(f.id(), failure.reason(), failure.detail()));
            index.putFailure(failure, "", f.size(), f.mtime());
            return Outcome.FAILED;
        }
        if (before != null && sameSetup && hash.equals(before.hash())) {
            return unchangedOutcome(before, failures);
        }
        if (before != null && !before.failed() && hash.equals(before.hash())
                && version.equals(before.analysisVersion())) {
            // the same file, only its manual values or folder rule changed: map it again from what the index holds
            Optional<StoredDocument> kept = target.stored(f.id());
            if (kept.isPresent()) {
                IngestedDocument doc = kept.get().withAccess(pipeline.access(f.id())).document();
                index.put(doc, f.size(), f.mtime(), manual);
                doc.warnings().forEach(w -> warnings.add(new IndexReport.Problem(f.id(), w, "")));
                return Outcome.UPDATED;
            }
        }
        IngestResult result = pipeline.ingest(f.root(), f.file());
        Outcome changed = before == null ? Outcome.ADDED : Outcome.UPDATED;
        if (result instanceof IngestResult.Ingested ok) {
            index.put(ok.document(), f.size(), f.mtime(), manual); // searchable at the next commit, dated or not
            folders.read(ok.document(), f.size(), f.mtime(), manual);
            ok.document().warnings().forEach(w -> warnings.add(new IndexReport.Problem(f.id(), w, "")));
            return changed;
        }
        IngestFailure failure = ((IngestResult.Failed) result).failure();
        failures.add(new IndexReport.Problem(f.id(), failure.reason(), failure.detail()));
        index.putFailure(failure, hash, f.size(), f.mtime());
        return Outcome.FAILED;
    }

    /**
     * What this run read, by folder: the dates of the documents that have one, and the documents read without one
     * (a ledger that writes only 1月20日), which are read again in the light of their folder once every file is in.
     */
    private static final class Folders {
        record Undated(IngestedDocument doc, long size, long mtime, ManualValues manual) {
        }

        private final Map<String, List<DocDate>> dates = new HashMap<>();
        private final List<Undated> undated = new ArrayList<>();
        private final Set<String> read = new HashSet<>();

        synchronized void read(IngestedDocument doc, long size, long mtime, ManualValues manual) {
            read.add(doc.id());
            if (doc.date().isPresent()) {
                dates.computeIfAbsent(folderOf(doc.id()), k -> new ArrayList<>()).add(doc.date().value().get());
            } else {
                undated.add(new Undated(doc, size, mtime, manual));
            }
        }
    }

    static String folderOf(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }

    /**
     * Each document read without a date, given the dates of its folder's other documents (read in this run, or as
     * the index holds them; each folder's dates gathered once) and indexed again when that finds its date.
     */
    private void datedByFolder(Folders folders, Set<String> present, Target index, Map<String, IndexedFile> known)
            throws IOException {
        Map<String, List<DocDate>> byFolder = new HashMap<>();
        for (Folders.Undated u : folders.undated) {
            String folder = folderOf(u.doc().id());
            List<DocDate> neighbours = byFolder.get(folder);
            if (neighbours == null) {
                neighbours = new ArrayList<>(folders.dates.getOrDefault(folder, List.of()));
                for (String id : present) {
                    if (!folders.read.contains(id) && folderOf(id).equals(folder)) {
                        index.date(id, known.get(id)).ifPresent(neighbours::add);
                    }
                }
                byFolder.put(folder, neighbours);
            }
            IngestedDocument dated = pipeline.inFolder(u.doc(), neighbours);
            if (dated != u.doc()) {
                index.writer().put(dated, u.size(), u.mtime(), u.manual());
            }
        }
    }

    /** The roles a document is 内部 for now: set by a person, else by a folder rule of {@code access.yml}. */
    private String accessOf(String id, ManualValues manual) {
        if (!manual.access().isEmpty()) {
            return String.join(",", manual.access());
        }
        return pipeline.access(id).value().orElse("");
    }

    private static Outcome unchangedOutcome(IndexedFile before, List<IndexReport.Problem> failures) {
        if (before.failed()) {
            failures.add(new IndexReport.Problem(before.id(), before.reason(), before.detail()));
            return Outcome.FAILED;
        }
        return Outcome.UNCHANGED;
    }

    /** Commits when the interval (by default {@value #COMMIT_SECONDS} s) has passed since the last; one thread wins. */
    private void commitWhenDue(IndexBackend.Writer index, AtomicLong lastCommit) {
        long last = lastCommit.get();
        long now = System.nanoTime();
        if (now - last < commitNanos || !lastCommit.compareAndSet(last, now)) {
            return;
        }
        try {
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(Future<?> future) throws IOException {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("索引被中断", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException uio) {
                throw uio.getCause();
            }
            throw new IOException("索引时出错：" + cause, cause);
        }
    }

    /** What a run writes to and asks of the index it completes. */
    private interface Target extends Closeable {
        /** The files of the last commit, by id. */
        Map<String, IndexedFile> files() throws IOException;

        /** What the index holds of a document, to map it again without its file; empty when it cannot say. */
        Optional<StoredDocument> stored(String id) throws IOException;

        /** The date the index holds for a document this run did not read. */
        Optional<DocDate> date(String id, IndexedFile file) throws IOException;

        IndexBackend.Writer writer();

        /** The counts after the run's last commit. */
        IndexStats stats() throws IOException;
    }

    /** The embedded index: its writer, and a reader of the index as the run found it. */
    private static final class EmbeddedTarget implements Target {
        private final CorpusIndex index;
        private final Path data;
        private final DirectoryReader stored;

        EmbeddedTarget(CorpusIndex index, Path data) throws IOException {
            this.index = index;
            this.data = data;
            try {
                this.stored = index.openReader();
            } catch (IOException | RuntimeException e) {
                index.close();
                throw e;
            }
        }

        @Override
        public Map<String, IndexedFile> files() throws IOException {
            return index.indexedFiles();
        }

        @Override
        public Optional<StoredDocument> stored(String id) throws IOException {
            return StoredDocument.read(stored, id);
        }

        @Override
        public Optional<DocDate> date(String id, IndexedFile file) throws IOException {
            return StoredDocument.read(stored, id).flatMap(d -> d.document().date().value());
        }

        @Override
        public IndexBackend.Writer writer() {
            return index;
        }

        @Override
        public IndexStats stats() throws IOException {
            return IndexStats.read(data);
        }

        @Override
        public void close() throws IOException {
            try (CorpusIndex i = index) {
                stored.close();
            }
        }
    }

    /** Another backend (a SolrCloud collection) through its writer; the caller owns the backend. */
    private static final class BackendTarget implements Target {
        private final IndexBackend backend;
        private final IndexBackend.Writer writer;

        BackendTarget(IndexBackend backend, IndexAnalyzers analyzers) throws IOException {
            this.backend = backend;
            this.writer = backend.writer(analyzers);
        }

        @Override
        public Map<String, IndexedFile> files() throws IOException {
            return backend.indexedFiles();
        }

        @Override
        public Optional<StoredDocument> stored(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<DocDate> date(String id, IndexedFile file) {
            return file == null ? Optional.empty() : dateOf(file.date());
        }

        @Override
        public IndexBackend.Writer writer() {
            return writer;
        }

        @Override
        public IndexStats stats() throws IOException {
            return backend.stats();
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /** A date as the index stores it ({@link DocDate#iso()}): a year, a month or a day; empty when none. */
    static Optional<DocDate> dateOf(String iso) {
        if (iso == null || iso.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (iso.length()) {
            case 4 -> new DocDate(LocalDate.of(Integer.parseInt(iso), 1, 1), DocDate.Precision.YEAR);
            case 7 -> new DocDate(YearMonth.parse(iso).atDay(1), DocDate.Precision.MONTH);
            default -> new DocDate(LocalDate.parse(iso), DocDate.Precision.DAY);
        });
    }

    /** The SHA-256 of a file's bytes, in hex: how unchanged files are told apart, and what backups check. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
