package org.studykb.library;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.studykb.ingest.Provenance;

/**
 * Why a document's title, date, unit, type, campaign or phase is what it is, as a sentence for pages
 * (取自文件首行「…」; 标题中含「讲稿」; 按文件日期 2013-12-10 落在「整改落实、建章立制」阶段). It reads the one line the index
 * keeps ({@link Provenance#describe()}); the JSON API keeps that line as it is.
 */
public final class ReasonSentences {
    private static final Pattern RULE_MATCH = Pattern.compile("rule (.+?) matched 「(.*)」 in (title|body|filename)",
            Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile("([a-z-]+)(?: ([^「]+?))?(?: 「(.*)」)?", Pattern.DOTALL);
    private static final Pattern MOVES_ON = Pattern.compile("(.*) → the phase before: (.*)", Pattern.DOTALL);
    private static final Pattern IN_RANGE = Pattern.compile("(\\S+)( \\(mentioned in text\\))? in (\\S+)\\.\\.(\\S+)");
    private static final Pattern TYPE_PHASE = Pattern.compile("type (.+) belongs to (.+)", Pattern.DOTALL);
    private static final Pattern MANUAL = Pattern.compile("(.*人工设定)；原推断为「(.*?)」（(.*)）", Pattern.DOTALL);

    private ReasonSentences() {
    }

    /** The sentence for a provenance line; empty when nothing is known; a line of no known kind as it is. */
    public static String of(String line) {
        if (line == null || line.isBlank() || line.equals("none")) {
            return "";
        }
        Matcher rule = RULE_MATCH.matcher(line);
        if (rule.matches()) {
            return ruleMatch(rule.group(1), rule.group(2), rule.group(3));
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches() || !Provenance.SOURCES.contains(m.group(1))) {
            return line;
        }
        String name = m.group(2) == null ? "" : m.group(2);
        String evidence = m.group(3) == null ? "" : m.group(3);
        return switch (m.group(1)) {
            case "metadata" -> evidence.startsWith("created ")
                    ? "取自文件属性中的创建时间 " + evidence.substring("created ".length())
                    : quoted("取自文件属性", evidence);
            case "heading" -> quoted("取自文头", evidence);
            case "first-line" -> quoted("取自文件首行", evidence);
            case "signature" -> quoted("取自落款", evidence);
            case "text" -> quoted("取自正文", evidence);
            case "as-of" -> quoted("取自标题中的截至日期", evidence);
            case "table" -> quoted("取自表中报告的最晚日期（不计完成时限列）", evidence);
            case "filename" -> quoted("取自文件名", evidence);
            case "rule" -> name.isEmpty() ? quoted("按规则", evidence)
                    : "按 " + name + " 的规定" + (evidence.isEmpty() ? "" : "（「" + evidence + "」）");
            case "date-range" -> dateRange(name, evidence);
            case "type-phase" -> typePhase(name, evidence);
            case "manual" -> manual(evidence);
            case "none" -> "";
            default -> line;
        };
    }

    private static String ruleMatch(String rule, String text, String place) {
        String where = switch (place) {
            case "title" -> "标题";
            case "body" -> "正文";
            default -> "文件名";
        };
        Matcher moves = MOVES_ON.matcher(text);
        if (moves.matches()) {
            return where + "中含「" + moves.group(1) + "」，归入前一阶段「" + moves.group(2) + "」";
        }
        return where + "中含「" + text + "」（规则「" + rule + "」）";
    }

    private static String dateRange(String name, String evidence) {
        Matcher m = IN_RANGE.matcher(evidence);
        if (!m.matches()) {
            return quoted("按日期落在「" + name + "」的时间内", evidence);
        }
        String date = (m.group(2) != null ? "按正文提到的日期 " : "按文件日期 ") + m.group(1);
        int slash = name.indexOf('/');
        if (slash >= 0) {
            return date + " 落在「" + name.substring(slash + 1) + "」阶段";
        }
        return date + " 落在「" + name + "」的时间内（" + period(m.group(3), m.group(4)) + "）";
    }

    private static String period(String from, String to) {
        return (from.equals("?") ? "不限" : from) + " 至 " + (to.equals("?") ? "不限" : to);
    }

    private static String typePhase(String campaign, String evidence) {
        Matcher m = TYPE_PHASE.matcher(evidence);
        return m.matches() ? "按类型「" + m.group(1) + "」归入「" + m.group(2) + "」阶段"
                : quoted("按类型归入「" + campaign + "」的阶段", evidence);
    }

    private static String manual(String evidence) {
        if (evidence.isEmpty()) {
            return "人工设定";
        }
        Matcher m = MANUAL.matcher(evidence);
        if (m.matches()) {
            String before = of(m.group(3));
            return m.group(1) + "；原推断为「" + m.group(2) + "」" + (before.isEmpty() ? "" : "（" + before + "）");
        }
        return evidence.contains("人工设定") ? evidence : "人工设定：" + evidence;
    }

    private static String quoted(String head, String evidence) {
        return evidence.isEmpty() ? head : head + "「" + evidence + "」";
    }
}
