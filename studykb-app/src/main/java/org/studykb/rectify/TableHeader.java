package org.studykb.rectify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a ledger or summary table, found by reading its header row whatever the order
 * of the columns: 问题/问题描述, 整改措施, 责任领导/责任人, 责任单位, 完成时限, 完成情况/进展情况, 是否销号/销号情况.
 */
record TableHeader(Map<Column, Integer> columns) {

    enum Column { SEQ, PROBLEM, MEASURE, LEADER, UNIT, DEADLINE, PROGRESS, CLOSED }

    /** The header of a table when {@code cells} is one: two known columns, one of them problem or measure. */
    static Optional<TableHeader> detect(List<String> cells, List<RectifyRules.ColumnNames> names) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.size(); i++) {
            String cell = normalise(cells.get(i));
            if (cell.isEmpty() || cell.length() > 12) {
                continue;
            }
            Optional<Column> column = exact(cell, names).or(() -> containing(cell, names));
            final int index = i;
            column.ifPresent(c -> found.putIfAbsent(c, index));
        }
        boolean useful = found.containsKey(Column.PROBLEM) || found.containsKey(Column.MEASURE);
        return found.size() >= 2 && useful ? Optional.of(new TableHeader(Map.copyOf(found))) : Optional.empty();
    }

    boolean has(Column c) {
        return columns.containsKey(c);
    }

    /** The cell of a row in a column; empty when the table has no such column or the row is short. */
    String cell(List<String> row, Column c) {
        Integer i = columns.get(c);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
    }

    int index(Column c) {
        return columns.getOrDefault(c, -1);
    }

    private static Optional<Column> exact(String cell, List<RectifyRules.ColumnNames> names) {
        for (RectifyRules.ColumnNames n : names) {
            if (n.names().contains(cell)) {
                return Optional.of(n.column());
            }
        }
        return Optional.empty();
    }

    private static Optional<Column> containing(String cell, List<RectifyRules.ColumnNames> names) {
        for (RectifyRules.ColumnNames n : names) {
            if (n.names().stream().anyMatch(cell::contains)) {
                return Optional.of(n.column());
            }
        }
        return Optional.empty();
    }

    /** Without spaces and without a bracketed note: 「完成时限（月）」 → 完成时限. */
    static String normalise(String cell) {
        return cell.replaceAll("[（(][^）)]*[）)]", "").replaceAll("[\\s\u3000*＊]", "");
    }
}
