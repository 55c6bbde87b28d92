package org.studykb.eval;

import java.util.List;
import java.util.Locale;

/** Renders a scoreboard as Markdown: one main table, then each metric per query class. */
final class ResultsTable {
    private ResultsTable() {
    }

    /** Systems as rows; overall metrics, then nDCG@10 of each query class. The best value of a column is bold. */
    static String main(Scoreboard board, List<RunConfig> configs) {
        StringBuilder sb = new StringBuilder();
        List<String> classes = board.classes();
        sb.append("| system |");
        for (Scoreboard.Metric m : Scoreboard.Metric.values()) {
            sb.append(' ').append(m.label).append(" |");
        }
        for (String c : classes) {
            sb.append(' ').append(c).append(" (").append(board.summary(configs.get(0).name(), c).queries())
                    .append(") |");
        }
        sb.append('\n').append("|---|");
        sb.append("---:|".repeat(Scoreboard.Metric.values().length + classes.size())).append('\n');
        for (RunConfig rc : configs) {
            sb.append("| ").append(rc.label()).append(" |");
            for (Scoreboard.Metric m : Scoreboard.Metric.values()) {
                sb.append(' ').append(cell(board, configs, rc, Scoreboard.ALL, m)).append(" |");
            }
            for (String c : classes) {
                sb.append(' ').append(cell(board, configs, rc, c, Scoreboard.Metric.NDCG)).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Systems as rows, query classes as columns, for one metric. */
    static String byClass(Scoreboard board, List<RunConfig> configs, Scoreboard.Metric metric) {
        StringBuilder sb = new StringBuilder();
        List<String> classes = board.classes();
        sb.append("| ").append(metric.label).append(" |");
        classes.forEach(c -> sb.append(' ').append(c).append(" |"));
        sb.append(" all |\n|---|").append("---:|".repeat(classes.size() + 1)).append('\n');
        for (RunConfig rc : configs) {
            sb.append("| ").append(rc.label()).append(" |");
            for (String c : classes) {
                sb.append(' ').append(cell(board, configs, rc, c, metric)).append(" |");
            }
            sb.append(' ').append(cell(board, configs, rc, Scoreboard.ALL, metric)).append(" |\n");
        }
        return sb.toString();
    }

    /** What each row is. */
    static String legend(List<RunConfig> configs) {
        StringBuilder sb = new StringBuilder();
        for (RunConfig rc : configs) {
            sb.append("- **").append(rc.label()).append("** (`").append(rc.name()).append("`): ")
                    .append(rc.description()).append('\n');
        }
        return sb.toString();
    }

    private static String cell(Scoreboard board, List<RunConfig> configs, RunConfig rc, String c,
                               Scoreboard.Metric m) {
        double v = board.summary(rc.name(), c).get(m);
        double best = configs.stream().mapToDouble(o -> board.summary(o.name(), c).get(m)).max().orElse(v);
        String s = format(v);
        return format(best).equals(s) ? "**" + s + "**" : s;
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
