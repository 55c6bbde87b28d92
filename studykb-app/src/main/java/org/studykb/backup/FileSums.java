package org.studykb.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Sizes and SHA-256 of the files of a backup folder, for the manifest and to check a copy against it. */
final class FileSums {
    private FileSums() {
    }

    /** Every regular file under {@code root} but the manifest, sorted by path ({@code /} separated). */
    static List<Manifest.Entry> of(Path root) throws IOException {
        List<Manifest.Entry> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = relative(root, p);
                if (!rel.equals(Manifest.NAME)) {
                    entries.add(new Manifest.Entry(rel, Files.size(p), sha256(p)));
                }
            }
        }
        return entries;
    }

    /** What is wrong with the backup's files: missing, changed size or content. Empty when all is whole. */
    static List<String> check(Path root, List<Manifest.Entry> entries) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Manifest.Entry e : entries) {
            Path p = root.resolve(e.path()).normalize();
            if (!p.startsWith(root) || !Files.isRegularFile(p)) {
                problems.add("缺少文件 " + e.path());
            } else if (Files.size(p) != e.size()) {
                problems.add("大小不符 " + e.path() + "（清单 " + e.size() + " 字节，实际 " + Files.size(p) + "）");
            } else if (!sha256(p).equals(e.sha256())) {
                problems.add("校验和不符 " + e.path());
            }
        }
        return problems;
    }

    static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    static String sha256(Path file) throws IOException {
        return org.studykb.index.IndexCorpus.sha256(file);
    }
}
