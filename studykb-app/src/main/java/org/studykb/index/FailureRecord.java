package org.studykb.index;

/**
 * What the index keeps of a file it could not read at its last indexing.
 *
 * @param reason    why, in Chinese, for the administrator
 * @param detail    the technical detail
 * @param indexedAt when it was last tried, in milliseconds since 1970 (0 when the record does not say)
 */
public record FailureRecord(String id, String reason, String detail, long size, long indexedAt) {
}
