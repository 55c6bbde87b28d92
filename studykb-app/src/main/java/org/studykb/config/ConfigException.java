package org.studykb.config;

import java.nio.file.Path;

/** A malformed or missing file under {@code indexer/}; the message names the file and, when known, the line. */
public final class ConfigException extends IllegalArgumentException {

    private final Path file;
    private final int line;

    public ConfigException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public ConfigException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
        this.line = 0;
    }

    /** The configuration file at fault. */
    public Path file() {
        return file;
    }

    /** 1-based line of the fault, or 0 when the whole file is at fault. */
    public int line() {
        return line;
    }
}
