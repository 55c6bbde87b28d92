package org.studykb.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of an index taken while another writer commits and merges without pause: each copy opens as exactly
 * one commit (whole batches only), even though the writer deletes the files of older commits meanwhile.
 */
class IndexCommitCopyTest {
    static final int BATCH = 50;

    @TempDir
    Path root;

    @Test
    void copiesTakenWhileAWriterCommitsAreWholeCommits() throws Exception {
        Path index = root.resolve("index");
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(BATCH / 2)
                .setMergePolicy(new TieredMergePolicy().setSegmentsPerTier(2));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong commits = new AtomicLong();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try (FSDirectory dir = FSDirectory.open(index); IndexWriter writer = new IndexWriter(dir, config)) {
            writer.commit();
            Thread w = new Thread(() -> {
                try {
                    for (int n = 0; writing.get(); n++) {
                        for (int i = 0; i < BATCH; i++) {
                            Document d = new Document();
                            d.add(new StringField("id", n + "-" + i, Field.Store.YES));
                            writer.addDocument(d);
                        }
                        writer.commit();
                        commits.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            w.start();
            try {
                long lastGeneration = 0;
                for (int copy = 0; copy < 25; copy++) {
                    // each copy starts only after the writer committed again, so the copies really race the writer
                    awaitCommits(commits, copy + 1, failed);
                    Path target = root.resolve("copy-" + copy);
                    IndexCommitCopy.Copied c = IndexCommitCopy.copy(index, target);
                    assertThat(c.documents() % BATCH).as("copy %d holds whole batches only", copy).isZero();
                    assertThat(c.generation()).isGreaterThanOrEqualTo(lastGeneration);
                    assertThat(IndexCommitCopy.verify(target, c.generation())).isEqualTo(c.documents());
                    lastGeneration = c.generation();
                }
                assertThat(lastGeneration).as("the writer committed while we copied").isGreaterThan(5);
            } finally {
                writing.set(false);
                w.join();
            }
        }
        assertThat(failed.get()).isNull();
    }

    private static void awaitCommits(AtomicLong commits, long atLeast, AtomicReference<Throwable> failed)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (commits.get() < atLeast && failed.get() == null && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(failed.get()).isNull();
        assertThat(commits.get()).as("the writer commits within 30 s").isGreaterThanOrEqualTo(atLeast);
    }
}
