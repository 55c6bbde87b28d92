package org.studykb.ingest;

/**
 * A file that could not be read, with a reason a person understands.
 *
 * @param id     path relative to the corpus root, with {@code /}
 * @param reason short reason in Chinese for people, e.g. 「文件已加密，无法读取」
 * @param detail technical detail (exception class and message), may be empty
 */
public record IngestFailure(String id, String reason, String detail) {
}
