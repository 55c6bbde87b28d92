package org.studykb.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML: every character of the document is escaped, and only our
 * own {@code <mark>} tags are added, so a document's markup can never reach a page. Overlapping or
 * adjacent matches (n-grams of one word) become one mark. Passages are joined by
 * {@link #SEPARATOR}.
 */
final class MarkFormatter extends PassageFormatter {
    static final char SEPARATOR = '\u2029';

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder sb = new StringBuilder();
        for (Passage passage : passages) {
            if (sb.length() > 0) {
                sb.append(SEPARATOR);
            }
            append(sb, passage, content);
        }
        return sb.toString();
    }

    /** One passage of {@code content}, escaped, its matches marked. */
    static String format(Passage passage, String content) {
        StringBuilder sb = new StringBuilder(passage.getLength() + 32);
        append(sb, passage, content);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Passage passage, String content) {
        int pos = passage.getStartOffset();
        int openStart = -1;
        int openEnd = -1;
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int start = Math.max(passage.getMatchStarts()[i], pos);
            int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
            if (end <= start) {
                continue;
            }
            if (openStart >= 0 && start <= openEnd) {
                openEnd = Math.max(openEnd, end);
                continue;
            }
            if (openStart >= 0) {
                pos = mark(sb, content, pos, openStart, openEnd);
            }
            openStart = start;
            openEnd = end;
        }
        if (openStart >= 0) {
            pos = mark(sb, content, pos, openStart, openEnd);
        }
        escape(sb, content, pos, passage.getEndOffset());
    }

    private static int mark(StringBuilder sb, String content, int pos, int start, int end) {
        escape(sb, content, pos, start);
        sb.append("<mark>");
        escape(sb, content, Math.max(pos, start), end);
        sb.append("</mark>");
        return end;
    }

    static void escape(StringBuilder sb, String s, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, s.length()); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(sb, s, 0, s.length());
        return sb.toString();
    }
}
