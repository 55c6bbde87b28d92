package org.studykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns extracted text into the document text we keep: LF line ends, one non-empty trimmed line per paragraph,
 * without format artefacts (PDF line wraps and page numbers, OCR spaces between characters, web-page chrome).
 */
final class TextCleaner {

    /** What the text came from, for the artefacts each format leaves. */
    enum Source { PLAIN, HTML, PDF, SPREADSHEET, OTHER }

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—－–\\s]*\\d{1,4}[-—－–\\s]*|第\\s*\\d+\\s*页\\s*(/|，|,)?\\s*(共\\s*\\d+\\s*页)?|\\d+\\s*/\\s*\\d+");
    private static final Pattern SHEET_NAME = Pattern.compile("(?i)(sheet|工作表)\\s*\\d+");
    private static final String HAN = "[\\p{IsHan}，。、；：！？（）《》“”‘’【】〔〕…—]";
    private static final Pattern SPACE_HAN_ASCII = Pattern.compile("(?<=" + HAN + ") (?=[0-9A-Za-z%])");
    private static final Pattern SPACE_ASCII_HAN = Pattern.compile("(?<=[0-9A-Za-z%]) (?=" + HAN + ")");
    private static final Pattern SPACE_HAN_HAN = Pattern.compile("(?<=" + HAN + ")\\s+(?=" + HAN + ")");
    private static final Pattern ITEM_START = Pattern.compile(
            "([一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[、.．]|[①-⑳]|第[一二三四五六七八九十]+[，、条])");

    private TextCleaner() {
    }

    static String clean(String raw, Source source, boolean ocr, IngestSettings settings) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n').replace('\f', '\n')
                .replace('\u2028', '\n').replace('\u2029', '\n').replace('\u00A0', ' ');
        s = CONTROL.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\n", -1)) {
            String l = line.strip();
            if (source == Source.PDF || ocr) {
                l = SPACE_ASCII_HAN.matcher(SPACE_HAN_ASCII.matcher(l).replaceAll("")).replaceAll("");
            }
            if (ocr) {
                l = SPACE_HAN_HAN.matcher(l).replaceAll("");
            }
            if (l.isEmpty() || dropped(l, source, settings)) {
                continue;
            }
            lines.add(l);
        }
        if (source == Source.PDF) {
            lines = joinWrappedLines(lines);
        }
        if (source == Source.HTML) {
            lines = dropSiteHeader(raw, lines, settings);
        }
        return String.join("\n", lines);
    }

    /**
     * A web page's banner (site name, menus) stands above its breadcrumb (当前位置：首页 > … > 正文): when the
     * top lines hold a chrome line, the lines above the first one go too.
     */
    private static List<String> dropSiteHeader(String raw, List<String> kept, IngestSettings settings) {
        List<String> rawLines = raw.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(8).toList();
        for (int i = 0; i < rawLines.size(); i++) {
            if (settings.isChrome(rawLines.get(i))) {
                int above = (int) rawLines.subList(0, i).stream().filter(l -> !settings.isChrome(l)).count();
                return above > 0 && above < kept.size() ? kept.subList(above, kept.size()) : kept;
            }
        }
        return kept;
    }

    private static boolean dropped(String line, Source source, IngestSettings settings) {
        return switch (source) {
            case HTML, PLAIN -> settings.isChrome(line); // text saved from a web page keeps its chrome
            case PDF -> PAGE_NUMBER.matcher(line).matches();
            case SPREADSHEET -> SHEET_NAME.matcher(line).matches();
            default -> false;
        };
    }

    /**
     * PDF text breaks lines where the page did. A line (nearly) as wide as the widest line continues on the next
     * one, unless it ends a clause with a colon, or the next line starts a numbered item or is a date line.
     */
    static List<String> joinWrappedLines(List<String> lines) {
        double widest = lines.stream().mapToDouble(TextCleaner::width).max().orElse(0);
        if (widest < 12) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        String previous = null;
        for (String line : lines) {
            boolean continues = previous != null && width(previous) >= 0.85 * widest
                    && !previous.endsWith("：") && !previous.endsWith(":") && !ITEM_START.matcher(line).lookingAt()
                    && DateFinder.dated(new TextLine(0, 0, line)).isEmpty()
                    && DateFinder.dated(new TextLine(0, 0, previous)).isEmpty();
            if (continues) {
                char last = current.charAt(current.length() - 1);
                if (isAsciiLetter(last) && isAsciiLetter(line.charAt(0))) {
                    current.append(' ');
                }
                current.append(line);
            } else {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(line);
            }
            previous = line;
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    /** Display width: CJK and full-width characters count 1, others ½. */
    static double width(String line) {
        double w = 0;
        for (int i = 0; i < line.length(); i++) {
            w += line.charAt(i) >= 0x2E80 ? 1 : 0.5;
        }
        return w;
    }

    private static boolean isAsciiLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }
}
