package org.studykb.rectify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labelled fields in prose, named like ledger columns: 「整改措施：… 责任领导：陈立明　责任单位：办公室　完成时限：2009年1月底前」.
 */
final class LabelledFields {
    private final Pattern markers;
    private final Map<String, TableHeader.Column> byName = new java.util.HashMap<>();

    LabelledFields(List<RectifyRules.ColumnNames> columns) {
        List<String> names = new ArrayList<>();
        for (RectifyRules.ColumnNames c : columns) {
            if (c.column() == TableHeader.Column.SEQ) {
                continue;
            }
            for (String n : c.names()) {
                byName.putIfAbsent(n, c.column());
                names.add(n);
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        markers = Pattern.compile("(?<=^|[\\s\u3000；;。，,])(" + String.join("|", names.stream().map(Pattern::quote).toList())
                + ")[：:]");
    }

    /** A field value and where it starts in the line. */
    record Value(String text, int offset) {
    }

    /** The fields of a line, by column; text before the first field is not a field. */
    Map<TableHeader.Column, Value> of(String line) {
        Map<TableHeader.Column, Value> out = new EnumMap<>(TableHeader.Column.class);
        Matcher m = markers.matcher(line);
        List<int[]> found = new ArrayList<>();
        List<TableHeader.Column> columns = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
            columns.add(byName.get(m.group(1)));
        }
        for (int i = 0; i < found.size(); i++) {
            int from = found.get(i)[1];
            int to = i + 1 < found.size() ? found.get(i + 1)[0] : line.length();
            out.putIfAbsent(columns.get(i), new Value(Clauses.trimEnd(line.substring(from, to).strip()), from));
        }
        return out;
    }

    /** Offset of the first field in the line, or the line's length when it has none. */
    int firstFieldAt(String line) {
        Matcher m = markers.matcher(line);
        return m.find() ? m.start() : line.length();
    }
}
