package org.studykb.ingest;

import java.util.List;

/**
 * One file read and understood: its text, what we inferred about it, and its passages.
 *
 * @param id          path relative to the corpus root, with {@code /}
 * @param contentHash SHA-256 of the file bytes, hex
 * @param size        file size in bytes
 * @param contentType the media type Tika detected
 * @param ocr         true when (some of) the text came from OCR
 * @param text        the extracted plain text, normalised to LF line ends
 * @param warnings    things a person should know (for example: partly unreadable)
 * @param access      内部 by a folder rule of {@code access.yml}: the allowed role names joined by commas; absent
 *                    when public
 */
public record IngestedDocument(
        String id,
        String contentHash,
        long size,
        String contentType,
        boolean ocr,
        String text,
        Tagged<String> title,
        Tagged<DocDate> date,
        Tagged<String> unit,
        Tagged<String> docNumber,
        Tagged<String> type,
        Tagged<String> campaign,
        Tagged<String> phase,
        List<Passage> passages,
        List<String> warnings,
        Tagged<String> access) {
}
