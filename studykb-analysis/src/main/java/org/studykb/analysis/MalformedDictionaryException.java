package org.studykb.analysis;

import java.nio.file.Path;

/** A line of {@code indexer/dictionary.txt} or {@code indexer/synonyms.txt} that cannot be used. */
public final class MalformedDictionaryException extends RuntimeException {
    private final transient Path file;
    private final int line;

    MalformedDictionaryException(Path file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    /** The file that holds the bad line. */
    public Path file() {
        return file;
    }

    /** One-based line number. */
    public int line() {
        return line;
    }
}
