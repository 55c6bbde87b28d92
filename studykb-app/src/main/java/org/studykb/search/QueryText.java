package org.studykb.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a query typed by a person. It never fails: anything it cannot read as syntax is read
 * as plain text and a notice says so.
 *
 * <p>Syntax: words (each must match), {@code "exact phrase"}, {@code -exclusion}, {@code OR}
 * (also {@code |}) between alternatives, and filters {@code type: phase: campaign: year: unit: title:}
 * (also 类型: 阶段: 活动: 年份: 单位: 标题:), {@code tag:} (标签:) for the free tags people set, and
 * {@code keyword:} (关键词:) for the keywords drawn from each text.
 */
public final class QueryText {
    /** Longer queries are cut here: nothing a person types is longer, and a huge query only costs time. */
    public static final int MAX_LENGTH = 500;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("type", "type"), Map.entry("类型", "type"), Map.entry("类别", "type"),
            Map.entry("phase", "phase"), Map.entry("阶段", "phase"),
            Map.entry("campaign", "campaign"), Map.entry("活动", "campaign"),
            Map.entry("year", "year"), Map.entry("年份", "year"), Map.entry("年度", "year"),
            Map.entry("unit", "unit"), Map.entry("单位", "unit"),
            Map.entry("tag", "tag"), Map.entry("标签", "tag"),
            Map.entry("keyword", "keyword"), Map.entry("关键词", "keyword"),
            Map.entry("title", "title"), Map.entry("标题", "title"));

    private QueryText() {
    }

    public static ParsedQuery parse(String raw) {
        List<String> notices = new ArrayList<>();
        String text = clean(raw == null ? "" : raw, notices);
        List<Token> tokens = tokenize(text, notices);
        List<List<ParsedQuery.Clause>> groups = new ArrayList<>();
        List<ParsedQuery.Clause> excluded = new ArrayList<>();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        boolean pendingOr = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.or()) {
                if (groups.isEmpty() || i == tokens.size() - 1) {
                    notices.add("“OR”两边需要有检索词，已忽略");
                } else {
                    pendingOr = true;
                }
                continue;
            }
            if (t.field() != null && !t.field().equals("title")) {
                filters.computeIfAbsent(t.field(), k -> new ArrayList<>()).add(t.text());
                pendingOr = false;
                continue;
            }
            ParsedQuery.Clause clause = new ParsedQuery.Clause(t.text(), t.phrase(), "title".equals(t.field()));
            if (t.negated()) {
                excluded.add(clause);
                pendingOr = false;
            } else if (pendingOr) {
                groups.get(groups.size() - 1).add(clause);
                pendingOr = false;
            } else {
                List<ParsedQuery.Clause> group = new ArrayList<>();
                group.add(clause);
                groups.add(group);
            }
        }
        if (groups.isEmpty() && !excluded.isEmpty()) {
            notices.add("只有排除词，无法检索：请至少输入一个检索词");
            excluded.clear();
        }
        return new ParsedQuery(groups, excluded, filters, List.copyOf(notices));
    }

    private record Token(String text, boolean phrase, boolean negated, boolean or, String field) {
    }

    private static String clean(String raw, List<String> notices) {
        StringBuilder sb = new StringBuilder(Math.min(raw.length(), MAX_LENGTH));
        boolean control = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u3000') {
                c = ' ';
            } else if (c == '\uFF02' || c == '\u201C' || c == '\u201D') {
                c = '"';
            } else if (c == '\uFF1A') {
                c = ':';
            } else if (c == '\uFF0D') {
                c = '-';
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE && !validSurrogate(raw, i)) {
                control = true;
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        if (control) {
            notices.add("查询中的控制字符已忽略");
        }
        String text = sb.toString().strip();
        if (text.length() > MAX_LENGTH) {
            int cut = MAX_LENGTH;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            text = text.substring(0, cut);
            notices.add("查询过长，只按前 " + MAX_LENGTH + " 个字符检索");
        }
        return text;
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static List<Token> tokenize(String text, List<String> notices) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int n = text.length();
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                i++;
            } else if (c == '-' || c == '+') {
                i++;
                continue;
            }
            if (!negated && text.charAt(i) == '|') {
                tokens.add(new Token("", false, false, true, null));
                i++;
                continue;
            }
            String field = null;
            int colon = fieldPrefix(text, i);
            if (colon > 0) {
                field = FIELDS.get(text.substring(i, colon).toLowerCase(Locale.ROOT));
                i = colon + 1;
            }
            if (i < n && text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    notices.add("引号没有配对，已按普通词检索");
                    text = text.substring(0, i) + " " + text.substring(i + 1);
                    if (negated || field != null) {
                        i = unquotedWord(tokens, text, i, negated, field);
                    }
                    continue;
                }
                String phrase = text.substring(i + 1, close).strip();
                if (!phrase.isEmpty()) {
                    tokens.add(new Token(phrase, true, negated, false, field));
                } else {
                    notices.add("空引号已忽略");
                }
                i = close + 1;
                continue;
            }
            int end = wordEnd(text, i);
            String word = text.substring(i, end);
            i = end;
            if (word.isEmpty()) {
                if (field != null) {
                    notices.add("“" + field + ":”后面缺少内容，已忽略");
                }
                continue;
            }
            if (field == null && !negated && (word.equals("OR") || word.equals("||"))) {
                tokens.add(new Token("", false, false, true, null));
                continue;
            }
            if (field == null && !negated && (word.equals("AND") || word.equals("&&"))) {
                continue;
            }
            addWords(tokens, word, negated, field);
        }
        return tokens;
    }

    private static int wordEnd(String text, int i) {
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
            end++;
        }
        return end;
    }

    /** The word after a {@code -} or {@code field:} whose quote was not closed. */
    private static int unquotedWord(List<Token> tokens, String text, int i, boolean negated, String field) {
        int start = i;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = wordEnd(text, start);
        addWords(tokens, text.substring(start, end), negated, field);
        return end;
    }

    private static void addWords(List<Token> tokens, String text, boolean negated, String field) {
        String stripped = stripSyntax(text);
        if (!stripped.isEmpty()) {
            tokens.add(new Token(stripped, false, negated, false, field));
        }
    }

    /** Characters that are only syntax elsewhere: read as separators in plain words. */
    private static String stripSyntax(String word) {
        String spaced = word.replaceAll("[\"()\\[\\]{}^~*?\\\\/!|]+", " ").strip();
        return spaced.replaceAll("(^|\\s)-+", "$1").replaceAll("\\s+", " ").strip();
    }

    private static int fieldPrefix(String text, int i) {
        int j = i;
        while (j < text.length() && j - i <= 8 && (Character.isLetter(text.charAt(j)))) {
            j++;
        }
        if (j > i && j < text.length() && text.charAt(j) == ':'
                && FIELDS.containsKey(text.substring(i, j).toLowerCase(Locale.ROOT))) {
            return j;
        }
        return -1;
    }
}
