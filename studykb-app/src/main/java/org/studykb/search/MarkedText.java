package org.studykb.search;

/**
 * Text highlighted elsewhere (by a search backend other than the embedded one) made into our snippet HTML: every
 * character escaped as {@link MarkFormatter} escapes a document's text, and only the stretches the backend marked
 * become {@code <mark>}, adjacent marks joined into one as the embedded highlighter joins them. A document's own
 * markup therefore never reaches a page, whatever the backend returned.
 */
public final class MarkedText {
    private MarkedText() {
    }

    /**
     * The HTML of {@code text}, in which the backend put {@code open} before and {@code close} after each match;
     * other occurrences of the two characters are dropped.
     */
    public static String html(String text, char open, char close) {
        StringBuilder sb = new StringBuilder(text.length() + 32);
        StringBuilder plain = new StringBuilder();
        boolean inMark = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open && !inMark) {
                if (sb.length() >= 7 && sb.lastIndexOf("</mark>") == sb.length() - 7 && plain.isEmpty()) {
                    sb.setLength(sb.length() - 7); // adjacent to the previous mark: one mark
                } else {
                    flush(sb, plain);
                    sb.append("<mark>");
                }
                inMark = true;
            } else if (c == close && inMark) {
                flush(sb, plain);
                sb.append("</mark>");
                inMark = false;
            } else if (c != open && c != close) {
                plain.append(c);
            }
        }
        flush(sb, plain);
        if (inMark) {
            sb.append("</mark>");
        }
        return sb.toString();
    }

    /** {@code text} escaped as a snippet's unmarked text is. */
    public static String escape(String text) {
        return MarkFormatter.escape(text);
    }

    private static void flush(StringBuilder sb, StringBuilder plain) {
        MarkFormatter.escape(sb, plain.toString(), 0, plain.length());
        plain.setLength(0);
    }
}
