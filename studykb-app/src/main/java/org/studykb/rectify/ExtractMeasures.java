package org.studykb.rectify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.studykb.rectify.TableHeader.Column;

/**
 * Finds measures in 整改方案 (prose items: 问题 · 整改措施 · 责任领导 · 责任单位 · 完成时限) and in
 * 整改台账 (table rows, columns found from the header row whatever their order).
 */
final class ExtractMeasures {
    private static final Pattern PAREN_UNIT = Pattern.compile("^(.*?)[（(]([^）)]+)[）)]\\s*$");

    private final RectifyRules rules;
    private final StableId ids;
    private final LabelledFields fields;
    private final ParseDeadline deadlines;

    ExtractMeasures(RectifyRules rules, StableId ids) {
        this.rules = rules;
        this.ids = ids;
        this.fields = new LabelledFields(rules.columns());
        this.deadlines = new ParseDeadline(rules.thresholds().immediateDays());
    }

    List<Measure> extract(SourceDoc doc) {
        List<Measure> out = new ArrayList<>();
        List<Line> lines = Line.split(doc.text());
        TableHeader table = null;
        Pending pending = null;
        String statement = "";
        for (int i = ExtractProblems.skipTitleBlock(lines); i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isTableRow()) {
                List<String> cells = line.cells();
                Optional<TableHeader> header = TableHeader.detect(cells, rules.columns());
                if (header.isPresent() && (table == null || !header.get().equals(table))) {
                    table = header.get();
                } else if (table != null && table.has(Column.MEASURE)) {
                    row(doc, line, cells, table).ifPresent(out::add);
                }
                continue;
            }
            table = null;
            Map<Column, LabelledFields.Value> f = fields.of(line.text());
            if (f.containsKey(Column.MEASURE)) {
                emit(out, doc, pending);
                String before = line.text().substring(0, fields.firstFieldAt(line.text()));
                String problem = f.containsKey(Column.PROBLEM) ? f.get(Column.PROBLEM).text()
                        : !Clauses.trimEnd(before).isEmpty() ? Clauses.trimEnd(ItemLabel.at(before).marker().isEmpty()
                        ? before : before.substring(ItemLabel.at(before).marker().length())) : statement;
                LabelledFields.Value m = f.get(Column.MEASURE);
                pending = new Pending(line.start() + m.offset(), problem, new StringBuilder(m.text()), f);
                if (pending.responsible()) {
                    emit(out, doc, pending);
                    pending = null;
                }
            } else if (pending != null && (f.containsKey(Column.LEADER) || f.containsKey(Column.UNIT)
                    || f.containsKey(Column.DEADLINE))) {
                f.forEach(pending.fields::putIfAbsent);
                emit(out, doc, pending);
                pending = null;
            } else if (pending != null && line.level() >= 3 && !ExtractProblems.isHeading(line)) {
                pending.text.append(pending.text.isEmpty() ? "" : "；").append(line.text());
            } else {
                emit(out, doc, pending);
                pending = null;
                statement = line.level() > 0 || ExtractProblems.isHeadingLike(line) ? Clauses.trimEnd(line.body()) : "";
            }
        }
        emit(out, doc, pending);
        if (out.isEmpty()) {
            out.addAll(items(doc, lines));
        }
        return out;
    }

    /**
     * The commitments of a document that raises problems: the numbered items of its own 整改措施 / 努力方向
     * section (the headings {@code source-measure-sections} names), each a measure with whatever 责任/时限 it
     * names. A 对照检查材料 answers the problems it lists there, in its own words.
     */
    List<Measure> commitments(SourceDoc doc) {
        List<Measure> out = new ArrayList<>();
        List<Line> lines = Line.split(doc.text());
        boolean inSection = false;
        for (int i = ExtractProblems.skipTitleBlock(lines); i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isTableRow()) {
                continue;
            }
            if (line.level() <= 1 && ExtractProblems.isHeading(line)) {
                inSection = rules.isCommitmentSection(line.text());
                continue;
            }
            if (!inSection || line.level() <= 1 || line.body().length() < 8) {
                continue;
            }
            String body = line.body();
            Map<Column, LabelledFields.Value> f = fields.of(body);
            String text = body.substring(0, fields.firstFieldAt(body));
            out.add(measure(doc, doc.passageAt(line.start()), "", text, value(f, Column.LEADER), value(f, Column.UNIT),
                    value(f, Column.DEADLINE), "", false));
        }
        return out;
    }

    /**
     * A plan written as plain numbered items (一、建立联系点制度…；二、精简会议文件…): each item outside
     * 总体要求 / 保障措施 is a measure, with whatever 责任/时限 it names.
     */
    private List<Measure> items(SourceDoc doc, List<Line> lines) {
        List<Measure> out = new ArrayList<>();
        String section = "";
        for (int i = ExtractProblems.skipTitleBlock(lines); i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isTableRow()) {
                continue;
            }
            if (ExtractProblems.isHeading(line)) {
                section = line.level() <= 1 ? line.text() : section;
                continue;
            }
            if (line.level() == 0 || rules.isPlanExcluded(section) || line.body().length() < 8) {
                continue;
            }
            String body = line.body();
            Map<Column, LabelledFields.Value> f = fields.of(body);
            String text = body.substring(0, fields.firstFieldAt(body));
            out.add(measure(doc, doc.passageAt(line.start()), "", text, value(f, Column.LEADER), value(f, Column.UNIT),
                    value(f, Column.DEADLINE), "", false));
        }
        return out;
    }

    private static String value(Map<Column, LabelledFields.Value> f, Column c) {
        LabelledFields.Value v = f.get(c);
        return v == null ? "" : v.text();
    }

    /** A measure being read: it ends with its 责任/时限 line or where the next item starts. */
    private record Pending(int offset, String problem, StringBuilder text, Map<Column, LabelledFields.Value> fields) {
        boolean responsible() {
            return fields.containsKey(Column.DEADLINE) && (fields.containsKey(Column.LEADER)
                    || fields.containsKey(Column.UNIT));
        }

        String field(Column c) {
            LabelledFields.Value v = fields.get(c);
            return v == null ? "" : v.text();
        }
    }

    private void emit(List<Measure> out, SourceDoc doc, Pending p) {
        if (p == null || p.text.toString().isBlank()) {
            return;
        }
        out.add(measure(doc, doc.passageAt(p.offset), p.problem, p.text.toString(), p.field(Column.LEADER),
                p.field(Column.UNIT), p.field(Column.DEADLINE), p.field(Column.PROGRESS), false));
    }

    private Optional<Measure> row(SourceDoc doc, Line line, List<String> cells, TableHeader table) {
        String text = table.cell(cells, Column.MEASURE);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int offset = line.cellStart(table.index(Column.MEASURE));
        Measure m = measure(doc, doc.passageAt(offset), table.cell(cells, Column.PROBLEM), text,
                table.cell(cells, Column.LEADER), table.cell(cells, Column.UNIT), table.cell(cells, Column.DEADLINE),
                table.cell(cells, Column.PROGRESS), true);
        String closed = table.cell(cells, Column.CLOSED);
        return Optional.of(closed.isEmpty() ? m : new Measure(m.id(), m.path(), m.title(), m.campaign(), m.date(),
                m.dateEnd(), m.passage(), m.problemText(), m.text(), m.leader(), m.unit(), m.deadline(), m.progress(),
                true, closed));
    }

    private Measure measure(SourceDoc doc, int passage, String problem, String text, String leader, String unit,
                            String deadline, String progress, boolean row) {
        String l = leader.strip();
        String u = unit.strip();
        Matcher m = PAREN_UNIT.matcher(l);
        if (m.matches()) {
            l = m.group(1).strip();
            u = u.isEmpty() ? m.group(2).strip() : u;
        }
        String t = Clauses.trimEnd(text.strip());
        return new Measure(ids.of(doc.id(), t), doc.id(), doc.title(), doc.campaign(), doc.date(), doc.dateEnd(),
                passage, Clauses.trimEnd(problem.strip()), t, l, u, deadlines.parse(deadline, doc.date()),
                progress.strip(), row);
    }
}
