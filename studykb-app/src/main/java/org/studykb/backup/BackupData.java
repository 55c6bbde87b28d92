package org.studykb.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.studykb.index.CorpusIndex;
import org.studykb.index.IndexBackend;
import org.studykb.store.DataFolder;

/**
 * Backs up a data folder into an empty folder, also while {@code serve} runs. The parts are taken in the order
 * that keeps every finished change whole: the store first, then the index commit, then the files. An upload
 * moves its file in, commits it to the index and records it in the store last; so every upload the store
 * records is in the copied index and files. An upload under way is at worst copied as a file (and index entry)
 * without its record: {@code serve} sets such unfinished uploads aside at start-up. A manual edit is saved in
 * the store before the document is indexed again; {@code serve} re-applies store values the index lacks.
 *
 * <pre>
 * DIR/manifest.json          what, when, index generation, size and SHA-256 of every file
 * DIR/index/…                the files of one Lucene commit
 * DIR/store/studykb.sql      the store as SQL (H2 SCRIPT)
 * DIR/files/…                everything else under the data folder: uploads/, corpus.txt,
 *                            secret/ (the store password and the key of problem ids)
 * </pre>
 */
public final class BackupData {
    private BackupData() {
    }

    /** What was backed up, and notes for the person (what was left out and why). */
    public record Result(Path to, Manifest manifest, int storeStatements, List<String> notes) {
    }

    /** The index of a backend that backs itself up (a SolrCloud collection), and where it writes its backup. */
    public record OwnBackup(IndexBackend backend, String location) {
    }

    /** Backs up the data folder with the embedded index under it. */
    public static Result run(Path data, Path to) throws IOException {
        return run(data, to, null);
    }

    /**
     * Backs up the data folder; the index is {@code own}'s, backed up its own way, when given (the data folder then
     * holds the store and files, and no index).
     */
    public static Result run(Path data, Path to, OwnBackup own) throws IOException {
        Path source = data.toAbsolutePath().normalize();
        Path target = to.toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw BackupException.usage("数据目录不存在：" + source);
        }
        if (target.startsWith(source) || source.startsWith(target)) {
            throw BackupException.usage("备份目录不能在数据目录之内，也不能包含它：" + target);
        }
        if (Files.isDirectory(target)) {
            try (var entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw BackupException.usage("备份目录不是空的：" + target + "（请换一个新目录）");
                }
            }
        }
        DataFolder.secure(source);
        DataFolder.createDirectories(target);
        List<String> notes = new ArrayList<>();
        String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        int statements = 0;
        String store = "none";
        if (StoreScript.exists(source)) {
            statements = StoreScript.dump(source, target.resolve(Manifest.STORE_SCRIPT));
            store = "h2-script";
        } else {
            notes.add("数据目录中没有内置数据库（store/studykb.mv.db），未备份数据库；用 PostgreSQL 时请用 pg_dump 备份");
        }
        long generation;
        int documents;
        String indexBackup = "";
        if (own == null) {
            IndexCommitCopy.Copied index = IndexCommitCopy.copy(CorpusIndex.indexDir(source),
                    target.resolve(Manifest.INDEX));
            generation = index.generation();
            documents = index.documents();
        } else {
            generation = own.backend().version();
            documents = own.backend().documentCount();
            String name = "studykb-" + created.replace(":", "").replace("-", "");
            indexBackup = own.backend().backUp(own.location(), name).orElseThrow(() ->
                    BackupException.usage("这个索引后端没有自己的备份方式：请不带 --backend 备份"));
            notes.add(indexBackup);
        }
        copyFiles(source, target.resolve(Manifest.FILES));
        String corpusRoot = corpusRoot(source);
        if (!corpusRoot.isEmpty()) {
            notes.add("语料文件夹 " + corpusRoot + " 不在数据目录中，未复制：它的文件请另行保存");
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, created, source.toString(), corpusRoot,
                generation, documents, store, FileSums.of(target), indexBackup);
        manifest.write(target);
        DataFolder.secure(target); // the store's users and tokens, the secrets and the 内部 texts: owner-only
        return new Result(target, manifest, statements, notes);
    }

    /** Everything under the data folder but the index, the store, the cache and files still being uploaded. */
    private static void copyFiles(Path source, Path target) throws IOException {
        Path index = CorpusIndex.indexDir(source);
        Path store = source.resolve("store");
        Path cache = source.resolve(DataFolder.CACHE);
        Files.createDirectories(target);
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(index) || dir.equals(store) || dir.equals(cache) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!attrs.isRegularFile() || file.getFileName().toString().startsWith(".incoming-")) {
                    return FileVisitResult.CONTINUE;
                }
                Path copy = target.resolve(FileSums.relative(source, file));
                Files.createDirectories(copy.getParent());
                try {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                } catch (NoSuchFileException e) {
                    // removed while we walked (a refused upload): it is not part of the data any more
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String corpusRoot(Path data) throws IOException {
        Path file = data.resolve("corpus.txt");
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
    }
}
