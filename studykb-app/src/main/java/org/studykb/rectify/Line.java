package org.studykb.rectify;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-empty line of a document's text, trimmed, with its offset in the text; and its item
 * label (一、 （一） 1. ① 一是 第一条 …) when it starts with one.
 *
 * @param start offset of {@code text} in the document text
 * @param label the item marker at the start of the line, empty when none
 * @param level 1 一、 · 2 （一） · 3 1. 1、 第一条 · 4 （1） ① · 5 一是 第一，; 0 without a label
 * @param body  the text after the label
 */
record Line(int start, String text, String label, int level, String body) {

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int s = pos;
            int e = end;
            while (s < e && isSpace(text.charAt(s)) && text.charAt(s) != '\t') {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1)) && text.charAt(e - 1) != '\t') {
                e--;
            }
            if (!text.substring(s, e).isBlank()) {
                lines.add(of(s, text.substring(s, e)));
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return lines;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }

    /** Tabs are kept: they separate the cells of a spreadsheet row, where an empty first cell counts. */
    static Line of(int start, String text) {
        String t = text.indexOf('\t') >= 0 && text.strip().indexOf('\t') < 0 ? text.strip() : text;
        int s = start + text.indexOf(t);
        ItemLabel.Match m = ItemLabel.at(t);
        return new Line(s, t, m.marker(), m.level(), t.substring(m.marker().length()).strip());
    }

    /** A table row: two or more filled cells separated by TAB (spreadsheets) or {@code |} (tables written as text). */
    boolean isTableRow() {
        return cells().stream().filter(c -> !c.isEmpty()).count() >= 2;
    }

    List<String> cells() {
        String t = text;
        List<String> cells = new ArrayList<>();
        if (t.indexOf('\t') >= 0) {
            for (String c : t.split("\t", -1)) {
                cells.add(c.strip());
            }
        } else if (t.indexOf('|') >= 0) {
            String inner = t.startsWith("|") ? t.substring(1) : t;
            inner = inner.endsWith("|") ? inner.substring(0, inner.length() - 1) : inner;
            for (String c : inner.split("\\|", -1)) {
                cells.add(c.strip());
            }
        }
        return cells;
    }

    /** Offset of the {@code i}-th cell's text in the document text. */
    int cellStart(int i) {
        char sep = text.indexOf('\t') >= 0 ? '\t' : '|';
        int pos = text.startsWith("|") ? 1 : 0;
        for (int k = 0; k < i; k++) {
            int next = text.indexOf(sep, pos);
            if (next < 0) {
                return start;
            }
            pos = next + 1;
        }
        while (pos < text.length() && isSpace(text.charAt(pos))) {
            pos++;
        }
        return start + pos;
    }
}
