package org.studykb.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

import org.slf4j.LoggerFactory;

/**
 * The data folder is its owner's alone: the store (password hashes, tokens), the index (内部 texts) and the uploads
 * are in it. On POSIX file systems folders are {@code rwx------} and files {@code rw-------}; an older data
 * folder is tightened at start with a log line. {@code secret/} holds random secrets created once: the store
 * password and the key of problem ids; a backup carries them.
 */
public final class DataFolder {
    public static final String SECRETS = "secret";
    /** Derived files kept to answer faster (a PDF's page images): never backed up, rebuilt when missing. */
    public static final String CACHE = "cache";
    static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DataFolder() {
    }

    /**
     * Takes group and other permissions away from the data folder and everything in it (logged when there were
     * any: a data folder of an earlier version). Returns how many files and folders were tightened; none when
     * the folder does not exist (new folders are made with {@link #createDirectories}).
     */
    public static int secure(Path data) throws IOException {
        if (!POSIX || !Files.exists(data)) {
            return 0;
        }
        int[] tightened = {0};
        Files.walkFileTree(data, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                tightened[0] += tighten(dir) ? 1 : 0;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    tightened[0] += tighten(file) ? 1 : 0;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof java.nio.file.NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // removed while we walked (a Lucene merge, a refused upload)
                }
                throw e;
            }
        });
        if (tightened[0] > 0) {
            LoggerFactory.getLogger(DataFolder.class).warn("{} 原先其他用户也能读取：已改为仅所有者可访问（{} 个文件和目录）",
                    data.toAbsolutePath().normalize(), tightened[0]);
        }
        return tightened[0];
    }

    private static boolean tighten(Path p) throws IOException {
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(p);
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
        if (perms.stream().noneMatch(OTHERS::contains)) {
            return false;
        }
        perms.removeAll(OTHERS);
        Files.setPosixFilePermissions(p, perms);
        return true;
    }

    /** Creates a folder and its missing parents, each owner-only. */
    public static Path createDirectories(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            return dir;
        }
        if (abs.getParent() != null) {
            createDirectories(abs.getParent());
        }
        try {
            if (POSIX) {
                Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            } else {
                Files.createDirectory(abs);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(abs)) {
                throw e;
            }
        }
        return dir;
    }

    /** Takes group and other permissions away from a file or folder we wrote (no-op off POSIX). */
    public static void ownerOnly(Path p) throws IOException {
        if (POSIX) {
            tighten(p);
        }
    }

    /** Attributes for a new file that only its owner may read, for {@link Files#createFile}. */
    public static FileAttribute<?>[] ownerOnlyFile() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
                : new FileAttribute<?>[0];
    }

    /** The file of the secret {@code name} in {@code <data>/secret/}. */
    public static Path secretFile(Path data, String name) {
        return data.resolve(SECRETS).resolve(name);
    }

    /**
     * The secret {@code name} of the data folder (64 hex digits, 256 random bits), created owner-only at the first
     * call. Two processes starting at once agree: the first file written wins.
     */
    public static String secret(Path data, String name) throws IOException {
        Path file = secretFile(data, name);
        if (!Files.exists(file)) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            write(file, HexFormat.of().formatHex(bytes));
        }
        String s = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (s.isEmpty()) {
            throw new IOException("密钥文件是空的：" + file + "（从备份恢复 secret/ 目录，或删除它让程序重新生成）");
        }
        return s;
    }

    /**
     * Writes a secret file owner-only, whole or not at all: a new file beside it, linked into place; fails when
     * the file is already there (another process wrote it first, which is then the one to use).
     */
    static void write(Path file, String value) throws IOException {
        createDirectories(file.getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + "-" + Long.toHexString(RANDOM.nextLong()));
        Files.createFile(tmp, ownerOnlyFile());
        try {
            Files.writeString(tmp, value + "\n", StandardCharsets.UTF_8);
            try {
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException e) {
                // another process created it first: theirs counts
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, file);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
