package org.studykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document's text into passages: each line (paragraph, heading, table row) is one, a run of numbered
 * items inside a paragraph (…：一是…；二是…) is split at its markers, and a long paragraph is cut at sentence
 * ends near {@value #TARGET} characters. Offsets point into the document text.
 */
final class PassageSplitter {

    static final int TARGET = 500;
    private static final String CN = "[一二三四五六七八九十百]+";
    /** Item markers: 一、 （一） 1. 1、 (1) 1） ① 一是 第一， 第一条. */
    static final Pattern MARKER = Pattern.compile("(第" + CN + "(?:[章节条]|部分)|第" + CN + "(?=[，、,])|" + CN
            + "(?:、|是)|[（(]" + CN + "[）)]|\\d{1,3}[、.．](?!\\d)|[（(]\\d{1,3}[）)]|\\d{1,3}[）)]|[①-⑳])");
    private static final Pattern INLINE = Pattern.compile(
            "(?<=[。；;：:！？!?])\\s*(" + CN + "是|[①-⑳]|[（(](?:" + CN + "|\\d{1,3})[）)]|第" + CN + "(?=[，、,]))");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]+[”’」』）)]*");

    private PassageSplitter() {
    }

    static List<Passage> split(String text) {
        List<Passage> passages = new ArrayList<>();
        for (TextLine line : TextLine.split(text)) {
            List<int[]> items = items(line.text());
            for (int[] item : items) {
                for (int[] chunk : chunks(line.text(), item[0], item[1])) {
                    add(passages, text, line.start() + chunk[0], line.start() + chunk[1], chunk[0] == item[0]);
                }
            }
        }
        return List.copyOf(passages);
    }

    private static void add(List<Passage> out, String text, int start, int end, boolean mayHaveLabel) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        String s = text.substring(start, end);
        String label = "";
        Matcher m = MARKER.matcher(s);
        if (mayHaveLabel && m.lookingAt() && m.end() < s.length()) {
            label = m.group(1);
        }
        out.add(new Passage(out.size(), start, end, label, s));
    }

    /**
     * [start, end) of each item in the line: one, unless numbered items run inside it in order, either from 1
     * (…：一是…；二是…) or continuing the line's own leading marker (一是…；二是…).
     */
    static List<int[]> items(String line) {
        Matcher lead = MARKER.matcher(line);
        boolean hasLead = lead.lookingAt();
        String leadFamily = hasLead ? family(lead.group(1)) : "";
        int leadNext = hasLead ? ordinal(lead.group(1)) + 1 : 1;
        List<Integer> cuts = new ArrayList<>();
        String family = null;
        int expected = 0;
        boolean fromOne = false;
        Matcher m = INLINE.matcher(line);
        while (m.find()) {
            String f = family(m.group(1));
            int n = ordinal(m.group(1));
            if (family == null && f.equals(leadFamily) && n == leadNext && n > 1) {
                family = f;
            } else if (family == null && n == 1) {
                family = f;
                fromOne = true;
            } else if (family == null || !family.equals(f) || n != expected) {
                continue;
            }
            cuts.add(m.start(1));
            expected = n + 1;
        }
        List<int[]> out = new ArrayList<>();
        if (cuts.isEmpty() || (fromOne && cuts.size() < 2)) {
            out.add(new int[] {0, line.length()});
            return out;
        }
        int start = 0;
        for (int cut : cuts) {
            if (cut > start) {
                out.add(new int[] {start, cut});
            }
            start = cut;
        }
        out.add(new int[] {start, line.length()});
        return out;
    }

    /** Pieces of [start, end) no longer than about {@value #TARGET} characters, cut after sentence ends. */
    static List<int[]> chunks(String line, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int from = start;
        while (end - from > TARGET * 1.2) {
            int cut = -1;
            Matcher m = SENTENCE_END.matcher(line).region(from, end);
            while (m.find()) {
                if (m.end() - from > TARGET && cut > from) {
                    break;
                }
                cut = m.end();
            }
            if (cut <= from || cut >= end) {
                break;
            }
            out.add(new int[] {from, cut});
            from = cut;
        }
        out.add(new int[] {from, end});
        return out;
    }

    private static String family(String marker) {
        if (marker.endsWith("是")) {
            return "是";
        }
        if (marker.startsWith("第")) {
            return "第";
        }
        if (marker.matches("[①-⑳]")) {
            return "①";
        }
        if (marker.matches("[（(].*")) {
            return marker.matches("[（(]\\d+[）)]") ? "(1)" : "(一)";
        }
        return marker.matches("\\d.*") ? "1." : "一、";
    }

    /** The item's number: 三是 → 3, ④ → 4, （2） → 2, 第十二条 → 12. */
    static int ordinal(String marker) {
        if (marker.matches("[①-⑳]")) {
            return marker.charAt(0) - '①' + 1;
        }
        String digits = marker.replaceAll("[^0-9]", "");
        if (!digits.isEmpty()) {
            return Integer.parseInt(digits);
        }
        String cn = marker.replaceAll("[^一二三四五六七八九十百]", "");
        int n = DateParser.chineseNumber(cn.replace("百", ""));
        return n <= 0 ? -1 : n;
    }
}
