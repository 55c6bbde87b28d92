package org.studykb.library;

import java.util.List;

/**
 * What an upload may be.
 *
 * @param maxFileBytes the largest file accepted, in bytes
 * @param allowedTypes media types accepted, as Tika detects them from the content (never from the name)
 */
public record UploadLimits(long maxFileBytes, List<String> allowedTypes) {
    public UploadLimits {
        allowedTypes = List.copyOf(allowedTypes);
    }
}
