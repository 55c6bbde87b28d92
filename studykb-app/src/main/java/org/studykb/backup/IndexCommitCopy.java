package org.studykb.backup;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.studykb.index.LuceneIndex;


/**
 * Copies the last commit of a Lucene index that another process may be writing. Every file of the commit
 * ({@code segments_N} and the segment files it names) is opened before any is copied: once open, a file stays
 * readable even when the writer deletes it, so the copy is exactly that commit. When a file vanished between
 * reading {@code segments_N} and opening it, a newer commit exists; the copy starts again from that one.
 */
final class IndexCommitCopy {
    static final int ATTEMPTS = 20;

    /** The commit copied: its generation and live documents. */
    record Copied(long generation, int documents) {
    }

    private IndexCommitCopy() {
    }

    static Copied copy(Path indexDir, Path target) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw new BackupException("没有索引目录：" + indexDir);
        }
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                LuceneIndex.Commit commit = lastCommit(indexDir);
                copyFiles(indexDir, commit.files(), target);
                return new Copied(commit.generation(), verify(target, commit.generation()));
            } catch (NoSuchFileException | FileNotFoundException e) {
                last = e;
                clear(target);
                sleep(50L * attempt);
            }
        }
        throw new BackupException("索引一直在变，" + ATTEMPTS + " 次都没能复制到完整的提交：" + indexDir, last);
    }

    /** The index's last commit, read through the index's access point. */
    private static LuceneIndex.Commit lastCommit(Path indexDir) throws IOException {
        if (!LuceneIndex.hasCommit(indexDir)) {
            throw new BackupException("索引目录中没有提交过的索引：" + indexDir);
        }
        return LuceneIndex.lastCommit(indexDir);
    }

    private static void copyFiles(Path indexDir, Collection<String> names, Path target) throws IOException {
        Map<String, FileChannel> open = new LinkedHashMap<>();
        try {
            for (String name : names) {
                open.put(name, FileChannel.open(indexDir.resolve(name), StandardOpenOption.READ));
            }
            Files.createDirectories(target);
            for (var e : open.entrySet()) {
                try (FileChannel out = FileChannel.open(target.resolve(e.getKey()), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    FileChannel in = e.getValue();
                    long size = in.size();
                    for (long pos = 0; pos < size; ) {
                        pos += in.transferTo(pos, size - pos, out);
                    }
                    out.force(true);
                }
            }
        } finally {
            IOException failed = null;
            for (FileChannel c : open.values()) {
                try {
                    c.close();
                } catch (IOException e) {
                    failed = e;
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
    }

    /** Opens the copy as an index: it must be the commit we meant to copy, and readable. */
    static int verify(Path copy, long generation) throws IOException {
        LuceneIndex.Opened opened = LuceneIndex.check(copy);
        if (opened.generation() != generation) {
            throw new BackupException("索引副本的提交代数是 " + opened.generation() + "，应为 " + generation + "：" + copy);
        }
        return opened.records();
    }

    private static void clear(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return;
        }
        try (var files = Files.list(target)) {
            for (Path p : new ArrayList<>(files.toList())) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException("备份被中断");
        }
    }
}
