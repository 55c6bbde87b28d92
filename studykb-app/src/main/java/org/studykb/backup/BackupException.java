package org.studykb.backup;

/** A backup or restore that cannot go on; the message says what and where, in Chinese. */
public final class BackupException extends RuntimeException {
    private final boolean usage;

    public BackupException(String message) {
        this(message, null, false);
    }

    public BackupException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private BackupException(String message, Throwable cause, boolean usage) {
        super(message, cause);
        this.usage = usage;
    }

    /** The person asked for something we refuse (a non-empty folder, a missing one): exit code 2. */
    static BackupException usage(String message) {
        return new BackupException(message, null, true);
    }

    public boolean usage() {
        return usage;
    }
}
