package org.studykb.rectify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a paragraph into the pieces that can each be one problem: the items of an inline list
 * (一是…二是…, 第一，…, ①…, （1）…), the parts of a colon list (…自我批评：甲；乙；丙), the
 * 「甲、乙、丙等问题」 list, and otherwise its sentences.
 */
final class Clauses {
    static final Pattern SPEAKER = Pattern.compile(
            "^(?:[\u4e00-\u9fa5]{2,4}(?:（[^）]{1,24}）)?|[\u4e00-\u9fa5]{2,4}对[\u4e00-\u9fa5]{2,4})[：:](?=\\S)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]");
    private static final Pattern PROBLEM_LIST = Pattern.compile(
            "(?:反映|提出|查摆|存在|集中|对)的?([^，。；：]{4,120}?)等(?:突出|方面的?|方面)?问题");
    private static final Pattern COLON_LIST_INTRO = Pattern.compile("问题|意见|批评|检查|反映");

    private Clauses() {
    }

    /**
     * A piece of a paragraph.
     *
     * @param offset     offset of the piece in the paragraph
     * @param enumerated true for an item of an inline list or a 「…等问题」 list
     * @param introduced true when the list was introduced by words about problems (存在的主要问题：…)
     */
    record Piece(int offset, String text, boolean enumerated, boolean introduced) {
    }

    /** The items of the paragraph's inline lists, nested lists flattened; other text as sentences. */
    static List<Piece> split(String text) {
        List<Piece> out = new ArrayList<>();
        splitInto(text, 0, false, out, 0);
        return out;
    }

    private static void splitInto(String text, int base, boolean introduced, List<Piece> out, int depth) {
        for (Pattern family : ItemLabel.INLINE) {
            List<int[]> marks = marks(family, text);
            if (marks.size() < 2) {
                continue;
            }
            String preamble = text.substring(0, marks.get(0)[0]);
            boolean intro = introduced || COLON_LIST_INTRO.matcher(lastClause(preamble)).find();
            sentences(preamble, base, out);
            for (int i = 0; i < marks.size(); i++) {
                int from = marks.get(i)[1];
                int to = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
                String item = text.substring(from, to);
                if (depth < 2 && hasNestedList(item)) {
                    splitInto(item, base + from, intro, out, depth + 1);
                    continue;
                }
                int stop = firstSentenceEnd(item);
                String head = trimEnd(item.substring(0, stop));
                if (!head.isEmpty()) {
                    out.add(new Piece(base + from, head, true, intro));
                }
                if (stop < item.length()) {
                    sentences(item.substring(stop), base + from + stop, out);
                }
            }
            return;
        }
        sentences(text, base, out);
    }

    /** The words just before a list: 「…开展得比较好，同时指出：」 → 同时指出. */
    private static String lastClause(String preamble) {
        String p = trimEnd(preamble);
        int cut = -1;
        for (char c : "。，,；;！？".toCharArray()) {
            cut = Math.max(cut, p.lastIndexOf(c));
        }
        return p.substring(cut + 1);
    }

    private static boolean hasNestedList(String item) {
        return ItemLabel.INLINE.stream().anyMatch(f -> marks(f, item).size() >= 2);
    }

    /** Start and end of each list marker, when they count up from the first. */
    private static List<int[]> marks(Pattern family, String text) {
        List<int[]> marks = new ArrayList<>();
        Matcher m = family.matcher(text);
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end()});
        }
        return marks;
    }

    /** The end of the first sentence of a list item (an item runs to the next marker; a full stop ends it early). */
    private static int firstSentenceEnd(String item) {
        int depth = 0;
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '“' || c == '（' || c == '(') {
                depth++;
            } else if ((c == '”' || c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '。' || c == '！' || c == '？')) {
                return i + 1;
            }
        }
        return item.length();
    }

    /** Sentences (cut at 。！？；), colon lists cut into their parts, 「…等问题」 lists into their items. */
    private static void sentences(String text, int base, List<Piece> out) {
        Matcher list = PROBLEM_LIST.matcher(text);
        while (list.find()) {
            String items = list.group(1).replaceFirst("^.*(?:反映|提出|查摆|存在)的", "");
            int pos = list.end(1) - items.length();
            for (String part : mergeShort(items.split("、"))) {
                int at = text.indexOf(part, pos);
                out.add(new Piece(base + Math.max(at, list.start(1)), part, false, true));
                pos = Math.max(pos, at + part.length());
            }
        }
        int start = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (start < text.length()) {
            int stop = end.find(start) ? end.end() : text.length();
            colonParts(text.substring(start, stop), base + start, out);
            start = stop;
        }
    }

    /** 「今天大家反映比较集中的是四个问题：甲，乙，丙」 → 甲 · 乙 · 丙; a sentence without such a list stays whole. */
    private static void colonParts(String sentence, int base, List<Piece> out) {
        int colon = Math.max(sentence.indexOf('：'), sentence.indexOf(':'));
        if (colon > 0 && COLON_LIST_INTRO.matcher(sentence.substring(0, colon)).find()) {
            String rest = sentence.substring(colon + 1);
            String[] parts = rest.split("[，,]");
            if (parts.length >= 3) {
                int pos = colon + 1;
                for (String p : parts) {
                    String t = trimEnd(p.strip().replaceFirst("^(还有|另外|以及)", ""));
                    if (t.length() >= 4) {
                        out.add(new Piece(base + sentence.indexOf(p, pos), t, false, true));
                    }
                    pos += p.length() + 1;
                }
                return;
            }
            String t = trimEnd(rest.strip());
            if (t.length() >= 4) {
                out.add(new Piece(base + colon + 1, t, false, true));
                return;
            }
        }
        String t = trimEnd(sentence.strip());
        if (!t.isEmpty()) {
            out.add(new Piece(base + Math.max(0, sentence.indexOf(t.substring(0, 1))), t, false, false));
        }
    }

    private static List<String> mergeShort(String[] parts) {
        List<String> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String p : parts) {
            pending.append(pending.length() > 0 ? "、" : "").append(p.strip());
            if (pending.length() >= 4) {
                out.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            out.add(pending.toString());
        }
        return out;
    }

    static String trimEnd(String s) {
        int e = s.length();
        while (e > 0 && "。；;，,、：: \u3000".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        int b = 0;
        while (b < e && "，,；;、 \u3000".indexOf(s.charAt(b)) >= 0) {
            b++;
        }
        return s.substring(b, e);
    }
}
