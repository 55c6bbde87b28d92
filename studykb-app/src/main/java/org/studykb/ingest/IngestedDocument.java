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
 * @param unit        发文单位: the organ or department that issued it (the unit facet), never a person
 * @param author      作者: the person who wrote a personal text (讲稿, 心得体会, 对照检查材料), with the position
 *                    printed before the name (县中医院院长 郑国平); a department before it is the unit instead
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
        Tagged<String> author,
        Tagged<String> docNumber,
        Tagged<String> type,
        Tagged<String> campaign,
        Tagged<String> phase,
        List<Passage> passages,
        List<String> warnings,
        Tagged<String> access) {
}
