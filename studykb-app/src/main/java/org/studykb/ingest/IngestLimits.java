package org.studykb.ingest;

import java.time.Duration;

/**
 * Per-file limits, from {@code indexer/ingest.yml}.
 *
 * @param maxBytes    files larger than this are not read
 * @param maxTime     longest time one file may take to read (OCR included)
 * @param maxChars    most characters kept from one file; more is truncated with a warning
 */
public record IngestLimits(long maxBytes, Duration maxTime, int maxChars) {

    public IngestLimits {
        if (maxBytes < 1 || maxChars < 1 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxTime + ", " + maxChars);
        }
    }

    /** 「12.5 MB」: a size as people read it. */
    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
