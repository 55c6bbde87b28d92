package org.studykb.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * 备份清单: what a backup holds, when it was taken, from which data folder, which index commit, and the size and
 * SHA-256 of every file, so a restore can prove the copy is whole before it writes anything.
 *
 * @param format          manifest version, {@value #FORMAT}
 * @param created         when the backup was taken, ISO-8601 UTC
 * @param data            the data folder it was taken from
 * @param corpusRoot      the corpus folder the index was built from ("" when none was recorded); not copied
 * @param indexGeneration the generation of the Lucene commit copied ({@code segments_N})
 * @param indexDocuments  live Lucene documents in that commit (documents, passages and failure records)
 * @param store           how the store was saved: {@code h2-script} (SQL of H2's SCRIPT) or {@code none}
 * @param files           every file of the backup but the manifest, path relative to the backup folder
 * @param indexBackup     where the index was backed up when the backend backed it up itself (a SolrCloud collection's
 *                        BACKUP), with how to restore it; empty when the backup holds the index's files
 */
public record Manifest(int format, String created, String data, String corpusRoot, long indexGeneration,
                       int indexDocuments, String store, List<Entry> files, String indexBackup) {
    public static final int FORMAT = 1;
    public static final String NAME = "manifest.json";
    static final String INDEX = "index";
    static final String STORE_SCRIPT = "store/studykb.sql";
    static final String FILES = "files";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Manifest {
        indexBackup = indexBackup == null ? "" : indexBackup; // a manifest written before the field existed
    }

    /** Whether the backup holds the index's files (not a backend's own backup of it). */
    boolean holdsIndex() {
        return indexBackup.isEmpty();
    }

    /** One file of the backup. */
    public record Entry(String path, long size, String sha256) {
    }

    void write(Path backup) throws IOException {
        Files.writeString(backup.resolve(NAME), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n");
    }

    static Manifest read(Path backup) throws IOException {
        Path file = backup.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            throw BackupException.usage("不是 studykb 备份：没有 " + file);
        }
        try {
            Manifest m = JSON.readValue(file.toFile(), Manifest.class);
            if (m.format() != FORMAT || m.files() == null) {
                throw new BackupException("备份清单格式不对（format " + m.format() + "，应为 " + FORMAT + "）：" + file);
            }
            return m;
        } catch (JacksonException e) {
            throw new BackupException("备份清单无法读取：" + file + "：" + e.getOriginalMessage());
        }
    }
}
