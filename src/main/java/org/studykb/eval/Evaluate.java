package org.studykb.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code scripts/eval.sh}: indexes the corpus, writes a TREC run per system into the output
 * folder, scores every run against the judgments, prints the table and writes RESULTS.md;
 * {@code --verify} checks the scores against expected.yaml, {@code --write-expected} rewrites it.
 * Exit codes: 0 done, 1 a score fell below its expectation, 2 bad usage or unreadable input.
 */
final class Evaluate {
    private Evaluate() {
    }

    /** Command-line options; paths default to the repository layout. */
    record Options(Path corpus, Path config, Path evalDir, Path out, String commit, boolean verify,
                   boolean writeExpected) {
        Path topics() {
            return evalDir.resolve("topics.tsv");
        }

        static Options parse(String... args) {
            Path corpus = Path.of("corpus");
            Path config = Path.of("indexer");
            Path evalDir = Path.of("scripts/eval");
            Path out = Path.of("target/eval");
            String commit = "unknown";
            boolean verify = false;
            boolean writeExpected = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--verify" -> verify = true;
                    case "--write-expected" -> writeExpected = true;
                    case "--corpus", "--config", "--eval", "--out", "--commit" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(a + " 后面缺少值");
                        }
                        String v = args[++i];
                        switch (a) {
                            case "--corpus" -> corpus = Path.of(v);
                            case "--config" -> config = Path.of(v);
                            case "--eval" -> evalDir = Path.of(v);
                            case "--out" -> out = Path.of(v);
                            default -> commit = v;
                        }
                    }
                    default -> throw new IllegalArgumentException("未知参数：" + a
                            + "（可用：--corpus DIR --config DIR --eval DIR --out DIR --commit SHA --verify --write-expected）");
                }
            }
            return new Options(corpus, config, evalDir, out, commit, verify, writeExpected);
        }
    }

    public static void main(String[] args) {
        System.exit(run(new PrintStream(System.out, true, StandardCharsets.UTF_8), args));
    }

    static int run(PrintStream out, String... args) {
        try {
            return evaluate(Options.parse(args), out);
        } catch (IllegalArgumentException | IOException e) {
            out.println("错误：" + e.getMessage());
            return 2;
        }
    }

    static int evaluate(Options o, PrintStream out) throws IOException {
        for (Path p : List.of(o.corpus(), o.evalDir())) {
            if (!Files.isDirectory(p)) {
                throw new IllegalArgumentException("文件夹不存在：" + p);
            }
        }
        List<Topics.Topic> topics = Topics.read(o.topics());
        Qrels qrels = Qrels.read(o.evalDir().resolve("qrels.txt"));
        QueryClasses classes = QueryClasses.read(o.evalDir().resolve("classes.tsv"));
        for (Topics.Topic t : topics) {
            if (classes.of(t.id()) == null || qrels.of(t.id()).isEmpty()) {
                throw new IllegalArgumentException(t.id() + " 缺少类别或评判（classes.tsv / qrels.txt）");
            }
        }
        WriteRuns.Result runs = WriteRuns.write(o.corpus(), o.config(), topics, o.out(), out);
        runs.failures().forEach(f -> out.println("注意：未能读取 " + f.path() + "：" + f.reason()
                + "（所有系统都不含此文件）"));

        Scoreboard board = new Scoreboard(topics.stream().map(Topics.Topic::id).toList(), qrels, classes);
        for (RunConfig rc : runs.configs()) {
            board.add(rc.name(), TrecRun.read(WriteRuns.runFile(o.out(), rc)));
        }
        String results = results(board, runs, o, topics.size());
        out.println();
        out.println(ResultsTable.main(board, runs.configs()));
        Files.writeString(o.out().resolve("RESULTS.md"), results, StandardCharsets.UTF_8);
        Files.writeString(o.out().resolve("per-query.tsv"), perQuery(board, topics), StandardCharsets.UTF_8);
        out.println("运行文件、逐题得分和结果表在 " + o.out() + "/");

        Path expectedFile = o.evalDir().resolve("expected.yaml");
        if (o.writeExpected()) {
            Files.writeString(expectedFile, ExpectedScores.render(board, runs.configs(), runs.stats(), o.commit()),
                    StandardCharsets.UTF_8);
            out.println("已写入 " + expectedFile);
        }
        if (!o.verify()) {
            Files.writeString(o.evalDir().resolve("RESULTS.md"), results, StandardCharsets.UTF_8);
            out.println("已写入 " + o.evalDir().resolve("RESULTS.md"));
            return 0;
        }
        ExpectedScores expected = ExpectedScores.read(expectedFile);
        expected.improvements(board).forEach(s -> out.println("高于期望（可更新 expected.yaml）：" + s));
        List<String> shortfalls = expected.shortfalls(board, runs.stats());
        shortfalls.forEach(s -> out.println("低于期望：" + s));
        out.println(shortfalls.isEmpty() ? "验证通过：没有分数低于 " + expectedFile + " 的容差"
                : "验证失败：" + shortfalls.size() + " 项低于期望");
        return shortfalls.isEmpty() ? 0 : 1;
    }

    private static String results(Scoreboard board, WriteRuns.Result runs, Options o, int queries) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Retrieval evaluation\n\n")
                .append("Generated by `scripts/eval.sh` — do not edit by hand; run the script again.  \n")
                .append("Commit `").append(o.commit()).append("`, ").append(LocalDate.now()).append(". Corpus: ")
                .append(runs.stats().documents()).append(" documents, ").append(runs.stats().passages())
                .append(" passages; ").append(queries).append(" queries (`scripts/eval/topics.tsv`), judged in ")
                .append("`scripts/eval/qrels.txt`. How the set was built: `docs/evaluation.md`.\n\n")
                .append("nDCG@10 (gains 2^g−1), MRR (first grade ≥ 1), Recall@10 and MAP over runs of depth ")
                .append(WriteRuns.DEPTH).append("; class columns are nDCG@10 (number of queries in brackets). ")
                .append("Best value of each column in bold.\n\n")
                .append(ResultsTable.main(board, runs.configs())).append('\n')
                .append(ResultsTable.legend(runs.configs())).append('\n');
        for (Scoreboard.Metric m : List.of(Scoreboard.Metric.MRR, Scoreboard.Metric.RECALL, Scoreboard.Metric.MAP)) {
            sb.append("## ").append(m.label).append(" per query class\n\n")
                    .append(ResultsTable.byClass(board, runs.configs(), m)).append('\n');
        }
        if (!runs.failures().isEmpty()) {
            sb.append("Files that could not be read (left out of every system):\n\n");
            runs.failures().forEach(f -> sb.append("- `").append(f.path()).append("`: ").append(f.reason()).append('\n'));
        }
        return sb.toString();
    }

    private static String perQuery(Scoreboard board, List<Topics.Topic> topics) {
        Map<String, String> text = new java.util.HashMap<>();
        topics.forEach(t -> text.put(t.id(), t.query()));
        StringBuilder sb = new StringBuilder("system\tqid\tclass\tquery\tndcg@10\trr\trecall@10\tap\n");
        for (String system : board.systems()) {
            for (Scoreboard.QueryScore s : board.perQuery(system)) {
                sb.append(String.join("\t", system, s.qid(), s.queryClass(), text.get(s.qid()),
                        ResultsTable.format(s.ndcg()), ResultsTable.format(s.rr()), ResultsTable.format(s.recall()),
                        ResultsTable.format(s.ap()))).append('\n');
            }
        }
        return sb.toString();
    }
}
