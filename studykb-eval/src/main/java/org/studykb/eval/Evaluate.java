package org.studykb.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code scripts/eval.sh}: for each collection (the demo one and another unit's, listed in
 * {@code scripts/eval/collections.tsv}), indexes its corpus, writes a TREC run per system into the
 * output folder, scores every run against the judgments, prints the table; RESULTS.md holds the tables
 * of all collections. {@code --verify} checks each collection's scores against its expected file,
 * {@code --write-expected} rewrites them. {@code --corpus}/{@code --eval} score one collection kept as the
 * demo one is instead. Exit codes: 0 done, 1 a score fell below its expectation (or a listed collection
 * is missing under --verify), 2 bad usage or unreadable input.
 */
final class Evaluate {
    private Evaluate() {
    }

    /** Command-line options; paths default to the repository layout. */
    record Options(List<EvalCollection> collections, Path results, Path config, Path out, String commit,
                   boolean verify, boolean writeExpected) {

        static Options parse(String... args) throws IOException {
            Path corpus = null;
            Path config = Path.of("indexer");
            Path evalDir = null;
            Path collectionsFile = Path.of("scripts/eval/collections.tsv");
            Path out = Path.of("target/eval");
            String commit = "unknown";
            boolean verify = false;
            boolean writeExpected = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--verify" -> verify = true;
                    case "--write-expected" -> writeExpected = true;
                    case "--corpus", "--config", "--eval", "--collections", "--out", "--commit" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(a + " 后面缺少值");
                        }
                        String v = args[++i];
                        switch (a) {
                            case "--corpus" -> corpus = Path.of(v);
                            case "--config" -> config = Path.of(v);
                            case "--eval" -> evalDir = Path.of(v);
                            case "--collections" -> collectionsFile = Path.of(v);
                            case "--out" -> out = Path.of(v);
                            default -> commit = v;
                        }
                    }
                    default -> throw new IllegalArgumentException("未知参数：" + a + "（可用：--collections FILE "
                            + "--corpus DIR --eval DIR --config DIR --out DIR --commit SHA --verify --write-expected）");
                }
            }
            if (corpus != null || evalDir != null) {
                Path c = corpus == null ? Path.of("corpus") : corpus;
                Path e = evalDir == null ? Path.of("scripts/eval") : evalDir;
                return new Options(List.of(EvalCollection.inFolder("demo", c, e)), e.resolve("RESULTS.md"), config,
                        out, commit, verify, writeExpected);
            }
            if (!Files.isRegularFile(collectionsFile)) {
                throw new IllegalArgumentException("文件不存在：" + collectionsFile);
            }
            Path results = collectionsFile.toAbsolutePath().getParent().resolve("RESULTS.md");
            return new Options(EvalCollection.read(collectionsFile, Path.of("")), results, config, out, commit,
                    verify, writeExpected);
        }

        /** Where a collection's runs go: the output folder itself when there is one collection. */
        Path outFor(EvalCollection c) {
            return collections.size() == 1 ? out : out.resolve(c.name());
        }
    }

    /** One collection's scores. */
    private record Scored(EvalCollection collection, Scoreboard board, WriteRuns.Result runs, int queries,
                          MetadataScore.Result metadata) {
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
        BaselineLibraries.require(BaselineLibraries.REQUIRED);
        List<Scored> scored = new ArrayList<>();
        List<String> shortfalls = new ArrayList<>();
        for (EvalCollection c : o.collections()) {
            List<String> missing = c.missing();
            if (!missing.isEmpty()) {
                if (o.collections().size() == 1) {
                    throw new IllegalArgumentException(String.join("；", missing));
                }
                String note = "集合 " + c.name() + " 缺少：" + String.join("；", missing);
                out.println((o.verify() ? "验证失败：" : "跳过：") + note);
                if (o.verify()) {
                    shortfalls.add(note);
                }
                continue;
            }
            Scored s = score(c, o, out);
            scored.add(s);
            shortfalls.addAll(check(s, o, out));
        }
        String results = results(scored, o);
        if (!o.verify()) {
            Files.writeString(o.results(), results, StandardCharsets.UTF_8);
            out.println("已写入 " + o.results());
            return 0;
        }
        out.println(shortfalls.isEmpty() ? "验证通过：没有分数低于期望的容差"
                : "验证失败：" + shortfalls.size() + " 项低于期望");
        return shortfalls.isEmpty() ? 0 : 1;
    }

    private static Scored score(EvalCollection c, Options o, PrintStream out) throws IOException {
        List<Topics.Topic> topics = Topics.read(c.topics());
        Qrels qrels = Qrels.read(c.qrels());
        QueryClasses classes = QueryClasses.read(c.classes());
        for (Topics.Topic t : topics) {
            if (classes.of(t.id()) == null || qrels.of(t.id()).isEmpty()) {
                throw new IllegalArgumentException(c.name() + "：" + t.id() + " 缺少类别或评判（"
                        + c.classes().getFileName() + " / " + c.qrels().getFileName() + "）");
            }
        }
        Path runsOut = o.outFor(c);
        out.println("== " + c.name() + " ==");
        WriteRuns.Result runs = WriteRuns.write(c.corpus(), o.config(), topics, runsOut, out);
        runs.failures().forEach(f -> out.println("注意：未能读取 " + f.path() + "：" + f.reason()
                + "（所有系统都不含此文件）"));
        Scoreboard board = new Scoreboard(topics.stream().map(Topics.Topic::id).toList(), qrels, classes);
        for (RunConfig rc : runs.configs()) {
            board.add(rc.name(), TrecRun.read(WriteRuns.runFile(runsOut, rc)));
        }
        out.println();
        out.println(ResultsTable.main(board, runs.configs()));
        MetadataScore.Result metadata = null;
        if (c.docs() != null) {
            metadata = MetadataScore.score(c.docs(), c.types(), runs.metadata());
            out.println(metadataTable(metadata));
            Files.writeString(runsOut.resolve("metadata-misses.tsv"), MetadataScore.missesTsv(metadata),
                    StandardCharsets.UTF_8);
        }
        out.println(runs.pinyin().line());
        out.println();
        Files.writeString(runsOut.resolve("pinyin-misses.tsv"), String.join("\n", runs.pinyin().misses()) + "\n",
                StandardCharsets.UTF_8);
        Scored s = new Scored(c, board, runs, topics.size(), metadata);
        Files.writeString(runsOut.resolve("RESULTS.md"), results(List.of(s), o), StandardCharsets.UTF_8);
        Files.writeString(runsOut.resolve("per-query.tsv"), perQuery(board, topics), StandardCharsets.UTF_8);
        out.println("运行文件、逐题得分和结果表在 " + runsOut + "/");
        return s;
    }

    /** Writes or checks the collection's expected scores; the shortfalls found (none when not verifying). */
    private static List<String> check(Scored s, Options o, PrintStream out) throws IOException {
        Path expectedFile = s.collection().expected();
        if (o.writeExpected()) {
            Files.writeString(expectedFile, ExpectedScores.render(s.board(), s.runs().configs(), s.runs().stats(),
                    s.metadata(), s.collection().name(), o.commit()), StandardCharsets.UTF_8);
            out.println("已写入 " + expectedFile);
        }
        if (!o.verify()) {
            return List.of();
        }
        ExpectedScores expected = ExpectedScores.read(expectedFile);
        String name = s.collection().name();
        expected.improvements(s.board()).forEach(x -> out.println(name + " 高于期望（可更新 "
                + expectedFile.getFileName() + "）：" + x));
        List<String> shortfalls = new ArrayList<>(expected.shortfalls(s.board(), s.runs().stats()));
        shortfalls.addAll(expected.metadataShortfalls(s.metadata()));
        shortfalls.forEach(x -> out.println(name + " 低于期望：" + x));
        if (shortfalls.isEmpty()) {
            out.println(name + "：没有分数低于 " + expectedFile + " 的容差");
        }
        return shortfalls;
    }

    private static String results(List<Scored> scored, Options o) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Retrieval evaluation\n\n")
                .append("Generated by `scripts/eval.sh` — do not edit by hand; run the script again.  \n")
                .append("Commit `").append(o.commit()).append("`, ").append(LocalDate.now()).append(". ")
                .append("How the demo set was built: `docs/evaluation.md`.\n\n")
                .append("nDCG@10 (gains 2^g−1), MRR (first grade ≥ 1), Recall@10 and MAP over runs of depth ")
                .append(WriteRuns.DEPTH).append("; judged@10 is the share of the top 10 that has a judgment (an ")
                .append("unjudged document counts as not relevant); class columns are nDCG@10 (number of queries in ")
                .append("brackets). Best value of each column in bold.\n\n");
        for (Scored s : scored) {
            WriteRuns.Result runs = s.runs();
            sb.append("## ").append(s.collection().name()).append("\n\n")
                    .append("Corpus `").append(s.collection().corpus()).append("`: ").append(runs.stats().documents())
                    .append(" documents, ").append(runs.stats().passages()).append(" passages; ").append(s.queries())
                    .append(" queries (`").append(s.collection().topics()).append("`), judged in `")
                    .append(s.collection().qrels()).append("`.\n\n")
                    .append(ResultsTable.main(s.board(), runs.configs())).append('\n');
            if (s.metadata() != null) {
                sb.append("Metadata read by ingest against `").append(s.collection().docs()).append("` (types mapped by `")
                        .append(s.collection().types()).append("`; misses in `target/eval/")
                        .append(s.collection().name()).append("/metadata-misses.tsv`):\n\n")
                        .append(metadataTable(s.metadata())).append('\n');
            }
            sb.append(runs.pinyin().line()).append(" (misses in `target/eval/").append(s.collection().name())
                    .append("/pinyin-misses.tsv`)\n\n");
            for (Scoreboard.Metric m : List.of(Scoreboard.Metric.MRR, Scoreboard.Metric.RECALL,
                    Scoreboard.Metric.MAP)) {
                sb.append("### ").append(m.label).append(" per query class\n\n")
                        .append(ResultsTable.byClass(s.board(), runs.configs(), m)).append('\n');
            }
            if (!runs.failures().isEmpty()) {
                sb.append("Files that could not be read (left out of every system):\n\n");
                runs.failures().forEach(f -> sb.append("- `").append(f.path()).append("`: ").append(f.reason())
                        .append('\n'));
                sb.append('\n');
            }
        }
        if (!scored.isEmpty()) {
            sb.append("## Systems\n\n").append(ResultsTable.legend(scored.get(0).runs().configs())).append('\n');
        }
        return sb.toString();
    }

    private static String metadataTable(MetadataScore.Result m) {
        StringBuilder head = new StringBuilder("| metadata (" + m.files() + " files) |");
        StringBuilder rule = new StringBuilder("|---|");
        StringBuilder row = new StringBuilder("| accuracy |");
        m.accuracy().forEach((field, v) -> {
            head.append(' ').append(field).append(" |");
            rule.append("---:|");
            row.append(' ').append(ResultsTable.format(v)).append(" |");
        });
        return head + "\n" + rule + "\n" + row + "\n";
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
