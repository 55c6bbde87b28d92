package org.studykb.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What Tika (or our own decoder) got out of one file, before any inference.
 *
 * @param text        cleaned text: one trimmed line per paragraph, LF
 * @param contentType detected media type
 * @param metaTitle   the title stored in the file's metadata, if any
 * @param metaCreated the creation date stored in the file's metadata, if plausible
 * @param headings    h1 headings the format marked as such (Word's Title or Heading 1, HTML's h1)
 * @param ocr         true when text came from OCR
 * @param warnings    things a person should know
 */
record Extraction(String text, String contentType, Optional<String> metaTitle, Optional<LocalDate> metaCreated,
                  List<String> headings, boolean ocr, List<String> warnings) {
}
