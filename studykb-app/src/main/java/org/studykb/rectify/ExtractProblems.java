package org.studykb.rectify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds where problems are raised in an opinion or inspection document: the items of lists under
 * headings such as 存在的问题 / 突出问题 / 意见建议 (and the problem column of a summary table) are
 * problems on their own; sentences of speeches and meeting reports that sound like a problem are
 * kept to join a problem raised elsewhere. Headings, 原因分析 and 努力方向 sections are left out.
 */
final class ExtractProblems {
    static final int MIN_LENGTH = 4;
    static final int MAX_LENGTH = 400;
    static final int HEADING_MAX = 40;
    private static final Pattern META = Pattern.compile(
            "^(时间|地点|主持人|参加人员|列席人员|出席|记录人?|记录|评议时间|附件|备注|检查人|发言人|会议议程)[：:]");
    private static final String TERMINAL = "。！？；;!?…";

    private final RectifyRules rules;
    private final StableId ids;

    ExtractProblems(RectifyRules rules, StableId ids) {
        this.rules = rules;
        this.ids = ids;
    }

    List<Raised> extract(SourceDoc doc) {
        List<Raised> out = new ArrayList<>();
        List<Line> lines = Line.split(doc.text());
        String[] headings = new String[3];
        TableHeader table = null;
        int i = skipTitleBlock(lines);
        headings[0] = doc.title() + " " + String.join(" ", lines.subList(0, i).stream().map(Line::text).toList());
        boolean afterHeading = false;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean leads = afterHeading;
            afterHeading = false;
            if (line.isTableRow()) {
                List<String> cells = line.cells();
                Optional<TableHeader> header = table == null
                        ? TableHeader.detect(cells, rules.columns()) : Optional.empty();
                if (header.isPresent()) {
                    table = header.get();
                } else if (table != null && table.has(TableHeader.Column.PROBLEM)
                        && context(headings) != RectifyRules.SectionKind.EXCLUDED) {
                    String text = table.cell(cells, TableHeader.Column.PROBLEM);
                    add(out, doc, line.cellStart(table.index(TableHeader.Column.PROBLEM)), "", text,
                            headings, true);
                }
                continue;
            }
            table = null;
            if (isHeading(line)) {
                int level = line.level() == 2 ? 2 : 1;
                headings[level] = line.text();
                for (int k = level + 1; k < headings.length; k++) {
                    headings[k] = null;
                }
                afterHeading = true;
                continue;
            }
            RectifyRules.SectionKind context = context(headings);
            if (context == RectifyRules.SectionKind.EXCLUDED || META.matcher(line.text()).find()
                    || line.text().endsWith("：") || line.text().endsWith(":")) {
                continue;
            }
            paragraph(out, doc, line, headings, context == RectifyRules.SectionKind.PROBLEM, leads);
        }
        return out;
    }

    /** The longest first sentence that reads as an item's title (「医药领域不正之风仍有发生。」). */
    static final int TITLE_SENTENCE_MAX = 24;

    /**
     * @param leads true when the line comes right after a section heading: in a problem section an unlabelled
     *              paragraph there that opens with a short titling sentence and goes on (「（四）在廉洁自律方面」 then
     *              「医药领域不正之风仍有发生。个别医务人员……」) is that section's one item, as a labelled one would be
     */
    private void paragraph(List<Raised> out, SourceDoc doc, Line line, String[] headings, boolean problemSection,
                           boolean leads) {
        String body = line.body();
        int bodyStart = line.start() + line.text().length() - body.length();
        var speaker = Clauses.SPEAKER.matcher(body);
        if (line.level() == 0 && speaker.find()) {
            bodyStart += speaker.end();
            body = body.substring(speaker.end());
        }
        List<Clauses.Piece> pieces = Clauses.split(body);
        boolean labelled = line.level() > 0;
        boolean enumerated = pieces.stream().anyMatch(Clauses.Piece::enumerated);
        int firstStop = body.indexOf('。');
        boolean titled = leads && line.level() == 0 && body.equals(line.body()) && firstStop > 0
                && firstStop <= TITLE_SENTENCE_MAX && firstStop < Clauses.trimEnd(body).length() - 1;
        if ((labelled || titled) && problemSection && !enumerated) {
            add(out, doc, bodyStart, line.label(), Clauses.trimEnd(body), headings, true);
            return;
        }
        for (Clauses.Piece p : pieces) {
            boolean listed = p.enumerated() && (problemSection || p.introduced());
            if (listed || p.introduced() || rules.hasProblemCue(p.text())) {
                add(out, doc, bodyStart + p.offset(), labelled ? line.label() : "", p.text(), headings, listed);
            }
        }
    }

    private void add(List<Raised> out, SourceDoc doc, int offset, String label, String text, String[] headings,
                     boolean listed) {
        String t = text.strip();
        if (t.length() < MIN_LENGTH || rules.isNotProblem(t)) {
            return;
        }
        if (t.length() > MAX_LENGTH) {
            t = t.substring(0, MAX_LENGTH) + "…";
        }
        String heading = String.join(" ", java.util.Arrays.stream(headings, 1, headings.length)
                .filter(h -> h != null).toList());
        out.add(new Raised(ids.of(doc.id(), t), doc.id(), doc.title(), doc.type(), doc.campaign(), doc.date(),
                doc.passageAt(offset), label, t, heading, listed));
    }

    /** The kind of the innermost heading that says something; neutral when none does. */
    private RectifyRules.SectionKind context(String[] headings) {
        for (int k = headings.length - 1; k >= 0; k--) {
            if (headings[k] == null) {
                continue;
            }
            RectifyRules.SectionKind kind = rules.sectionKind(headings[k]);
            if (kind != RectifyRules.SectionKind.NEUTRAL) {
                return kind;
            }
        }
        return RectifyRules.SectionKind.NEUTRAL;
    }

    /** The title, its subtitle and 附件 lines at the top are not section headings. */
    static int skipTitleBlock(List<Line> lines) {
        int i = 0;
        while (i < lines.size() && i < 4 && isHeadingLike(lines.get(i)) && lines.get(i).level() == 0) {
            i++;
        }
        return i;
    }

    /** A section heading: 一、 （一） or an unlabelled line, short and without a full stop. */
    static boolean isHeading(Line line) {
        return (line.level() == 0 || line.level() == 1 || line.level() == 2) && isHeadingLike(line);
    }

    static boolean isHeadingLike(Line line) {
        String t = stripTrailingNote(line.body());
        if (t.isEmpty() || t.length() > HEADING_MAX || line.isTableRow()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return TERMINAL.indexOf(last) < 0 && last != '：' && last != ':' && !t.contains("。");
    }

    /** 「…规模偏大。（网上留言）」 ends where the sentence ends, not with the note. */
    static String stripTrailingNote(String t) {
        String s = t.strip();
        if (s.endsWith("）") || s.endsWith(")")) {
            int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
            if (open > 0) {
                return s.substring(0, open).strip();
            }
        }
        return s;
    }
}
