package org.studykb.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;


import org.studykb.index.LuceneIndex;
import org.studykb.store.DataFolder;

/**
 * Restores a backup into a data folder. Every file is checked against the manifest before anything is written;
 * a data folder that holds anything is refused unless forced, and then kept aside under a new name, never
 * deleted. The restored index must open at the generation the manifest names.
 */
public final class RestoreData {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RestoreData() {
    }

    /**
     * What was restored.
     *
     * @param keptAside where the former contents of the data folder went (forced restore), or null
     * @param notes     things the person should know, such as a corpus folder that no longer exists
     */
    public record Result(Path data, Manifest manifest, int documents, Path keptAside, List<String> notes) {
    }

    public static Result run(Path from, Path data, boolean force) throws IOException {
        Path backup = from.toAbsolutePath().normalize();
        Path target = data.toAbsolutePath().normalize();
        Manifest manifest = Manifest.read(backup);
        List<String> damaged = FileSums.check(backup, manifest.files());
        if (!damaged.isEmpty()) {
            throw new BackupException("备份不完整，未做任何恢复：" + String.join("；", damaged));
        }
        Path keptAside = null;
        if (!isEmpty(target)) {
            if (!force) {
                throw BackupException.usage("数据目录不是空的：" + target + "（恢复到一个新目录，或加 --force：原内容会改名保留）");
            }
            ensureNotInUse(target);
            keptAside = target.resolveSibling(target.getFileName() + ".before-restore-"
                    + LocalDateTime.now().format(STAMP));
            Files.move(target, keptAside);
        }
        DataFolder.createDirectories(target);
        int documents = manifest.indexDocuments();
        if (manifest.holdsIndex()) {
            copyTree(backup.resolve(Manifest.INDEX), LuceneIndex.dir(target));
            documents = IndexCommitCopy.verify(LuceneIndex.dir(target), manifest.indexGeneration());
            if (documents != manifest.indexDocuments()) {
                throw new BackupException("恢复的索引有 " + documents + " 条记录，清单记的是 " + manifest.indexDocuments());
            }
        }
        Path files = backup.resolve(Manifest.FILES);
        if (Files.isDirectory(files)) {
            copyTree(files, target);
        }
        if ("h2-script".equals(manifest.store())) {
            // after the files: the store is created with the password of the restored secret/ (a new one for a
            // backup taken before the store had a password)
            StoreScript.load(backup.resolve(Manifest.STORE_SCRIPT), target);
        }
        DataFolder.secure(target);
        List<String> notes = new ArrayList<>();
        if (!manifest.holdsIndex()) {
            notes.add("索引不在这份备份中，恢复的是数据库和文件；" + manifest.indexBackup());
        }
        if (!manifest.corpusRoot().isEmpty() && !Files.isDirectory(Path.of(manifest.corpusRoot()))) {
            notes.add("语料文件夹 " + manifest.corpusRoot() + " 不存在：检索可用，但语料原文件无法下载，"
                    + "把语料放回该处或重新运行 index --corpus");
        }
        return new Result(target, manifest, documents, keptAside, notes);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            throw new BackupException("数据目录位置上是一个文件：" + dir);
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** A forced restore must not pull the data folder from under a running serve or index run. */
    private static void ensureNotInUse(Path data) throws IOException {
        if (StoreScript.exists(data)) {
            StoreScript.ensureNotInUse(data);
        }
        try {
            LuceneIndex.ensureNotInUse(data);
        } catch (LuceneIndex.IndexInUseException e) {
            throw new BackupException(e.getMessage(), e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path copy = to.resolve(FileSums.relative(from, p));
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
