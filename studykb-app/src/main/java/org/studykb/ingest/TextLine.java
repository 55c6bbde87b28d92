package org.studykb.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-empty line of a document's text with its offset; lines are paragraphs in our cleaned text.
 *
 * @param index 0-based among the non-empty lines
 * @param start offset of the first character in the document text
 * @param text  the line, without the line end
 */
record TextLine(int index, int start, String text) {

    int end() {
        return start + text.length();
    }

    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end > start && !text.substring(start, end).isBlank()) {
                lines.add(new TextLine(lines.size(), start, text.substring(start, end)));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return List.copyOf(lines);
    }
}
