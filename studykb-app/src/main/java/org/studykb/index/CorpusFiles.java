package org.studykb.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the original files of indexed documents are: the corpus folder of the last index run (remembered in
 * {@code <data>/corpus.txt}) and the uploads under {@code <data>/uploads}, whose ids start with
 * {@code uploads/}. A document id never leads outside these folders.
 */
public final class CorpusFiles {
    static final String CORPUS_FILE = "corpus.txt";
    /** Uploaded files live in {@code <data>/uploads}; their ids are {@code uploads/<name>}. */
    public static final String UPLOADS = "uploads";

    private final Path data;

    public CorpusFiles(Path data) {
        this.data = data.toAbsolutePath().normalize();
    }

    /** An original file and the root its id is relative to. */
    public record Located(Path root, Path file) {
    }

    public static Path uploadsDir(Path data) {
        return data.toAbsolutePath().normalize().resolve(UPLOADS);
    }

    /** The corpus folder of the last index run, if any run recorded one. */
    public Optional<Path> corpusRoot() throws IOException {
        Path file = data.resolve(CORPUS_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String root = Files.readString(file, StandardCharsets.UTF_8).strip();
        return root.isEmpty() ? Optional.empty() : Optional.of(Path.of(root));
    }

    /** The original file of a document id, when it exists inside the corpus or the uploads folder. */
    public Optional<Located> locate(String id) throws IOException {
        if (id == null || id.isBlank() || id.indexOf('\0') >= 0 || id.startsWith("/") || id.contains("\\")) {
            return Optional.empty();
        }
        if (id.startsWith(UPLOADS + "/")) {
            Optional<Path> upload = inside(data, id);
            if (upload.isPresent() && upload.get().startsWith(uploadsDir(data))) {
                return Optional.of(new Located(data, upload.get()));
            }
        }
        Optional<Path> root = corpusRoot();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        return inside(root.get(), id).map(file -> new Located(root.get(), file));
    }

    private static Optional<Path> inside(Path root, String id) {
        try {
            Path file = root.resolve(id).normalize();
            if (!file.startsWith(root) || file.equals(root) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Remembers the corpus folder of an index run, so the server can hand out the original files. */
    static void remember(Path data, Path corpusRoot) throws IOException {
        Files.createDirectories(data);
        Files.writeString(data.resolve(CORPUS_FILE), corpusRoot.toAbsolutePath().normalize() + "\n",
                StandardCharsets.UTF_8);
    }

    /** The files of the corpus and of the uploads folder, as one walk. */
    static CorpusWalk.Result walk(Path corpusRoot, Path data) throws IOException {
        CorpusWalk.Result corpus = CorpusWalk.walk(corpusRoot);
        Path uploads = uploadsDir(data);
        if (!Files.isDirectory(uploads) || uploads.startsWith(corpusRoot) || corpusRoot.startsWith(uploads)) {
            return corpus;
        }
        CorpusWalk.Result up = CorpusWalk.walk(data.toAbsolutePath().normalize(), uploads);
        List<CorpusWalk.Found> files = new ArrayList<>(corpus.files());
        files.addAll(up.files());
        List<IndexReport.Problem> failures = new ArrayList<>(corpus.failures());
        failures.addAll(up.failures());
        List<IndexReport.Problem> skipped = new ArrayList<>(corpus.skipped());
        skipped.addAll(up.skipped());
        return new CorpusWalk.Result(files, failures, skipped);
    }
}
