package org.studykb.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.studykb.rectify.DecisionStore;
import org.studykb.rectify.Ledger;
import org.studykb.rectify.LedgerFilter;
import org.studykb.rectify.Problem;
import org.studykb.rectify.RectifyService;
import org.studykb.search.Backends;
import org.studykb.search.SearchBackend;
import org.studykb.settings.IndexerSettings;
import org.studykb.store.DataFolder;
import org.studykb.store.StoreDatabase;
import org.studykb.store.StoreSettings;

/** {@code problems --data DIR [--config DIR] [--json]}: the problem ledger (问题台账) of the index. */
@Command(name = "problems", mixinStandardHelpOptions = true,
        description = "问题台账：提出的问题、整改措施、成效和状态（读取 --data 下的索引和数据库中的人工确认）")
final class ProblemsCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--json", description = "输出 JSON 数组，每个问题一个对象")
    boolean json;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "按这一天判断是否超期，默认为各次活动最后一份文件的日期")
    String today;

    @Option(names = "--status", paramLabel = "状态", description = "只列出这一状态：未整改、整改中、已整改、已销号、超期")
    String status;

    @Option(names = "--open", description = "只列出未闭环的问题（未整改、整改中、超期：尚未整改完成或销号）")
    boolean open;

    @Option(names = "--overdue", description = "只列出超期的问题")
    boolean overdue;

    @Option(names = "--xlsx", paramLabel = "FILE.xlsx", description = "把台账写成 Excel 文件")
    Path xlsx;

    @Mixin
    BackendOptions backend;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Optional<LocalDate> day;
        try {
            day = today == null ? Optional.empty() : Optional.of(LocalDate.parse(today));
        } catch (DateTimeParseException e) {
            System.err.println("错误：--today 应为 YYYY-MM-DD，例如 2009-02-28");
            return Main.EXIT_USAGE;
        }
        if (!Files.isDirectory(options.config)) {
            System.err.println("错误：配置目录不存在：" + options.config + "（用 --config 指定 indexer 目录）");
            return Main.EXIT_USAGE;
        }
        if (!backend.problem().isEmpty()) {
            System.err.println("错误：" + backend.problem());
            return Main.EXIT_USAGE;
        }
        DataFolder.secure(options.data);
        IndexerSettings settings = IndexerSettings.of(options.config);
        if (backend.embedded()) {
            RectifyService service = RectifyService.open(options.data, settings.rectify(), settings.analyzers(),
                    store(options.data), day);
            return print(out, service);
        }
        SearchBackend opened;
        try {
            opened = backend.open(options, settings.analyzers());
        } catch (Backends.MissingBackendException e) {
            System.err.println("错误：" + e.getMessage());
            return Main.EXIT_USAGE;
        }
        try (SearchBackend index = opened) {
            return print(out, RectifyService.open(index, options.data, settings.rectify(), settings.analyzers(),
                    store(options.data), day));
        }
    }

    private int print(PrintStream out, RectifyService service) throws IOException {
        Ledger ledger = service.ledger();
        List<Problem> problems = ledger.filter(new LedgerFilter("", "", status, "", overdue, open));
        ledger.warnings().forEach(w -> System.err.println("提示：" + w));
        if (xlsx != null) {
            try (OutputStream file = Files.newOutputStream(xlsx)) {
                service.exportXlsx(problems, file);
            }
            System.err.println("台账已写入 " + xlsx);
        }
        out.print(json ? Json.pretty(problems) : table(problems));
        return 0;
    }

    /**
     * The store serve uses ({@link StoreSettings}: a server database when the settings name one, else the
     * embedded store under {@code DIR/store} when it exists); none when it cannot be opened. The ledger only reads
     * it, but for decisions still under former problem ids, which it moves to the new ids once. While serve holds
     * the embedded store, this reaches it through serve (H2 mixed mode).
     */
    static Optional<DecisionStore> store(Path data) {
        StoreSettings settings = StoreSettings.current();
        DataSource ds;
        if (settings.server()) {
            try {
                ds = settings.open(data);
            } catch (RuntimeException e) {
                System.err.println("提示：无法连接数据库 " + settings.describe(data) + "：台账未含人工确认和改定。"
                        + e.getMessage());
                return Optional.empty();
            }
        } else {
            Path file = data.resolve("store").resolve("studykb.mv.db");
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            ds = StoreDatabase.h2(data, StoreDatabase.h2Url(data) + ";IFEXISTS=TRUE");
        }
        DecisionStore store = new DecisionStore(ds);
        try {
            store.ready();
            return Optional.of(store);
        } catch (IllegalStateException e) {
            System.err.println("提示：无法读取数据库 " + settings.describe(data) + "："
                    + "台账未含人工确认和改定。" + e.getMessage());
            return Optional.empty();
        }
    }

    static String table(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        Ledger.counts(problems).forEach((s, n) -> sb.append(s).append(' ').append(n).append("  "));
        sb.append(String.format("共 %d 个问题%n%n", problems.size()));
        sb.append(String.format("%-4s %-4s %-10s %-8s %-14s %s%n", "序号", "状态", "类别", "责任领导", "完成时限", "问题"));
        int i = 0;
        for (Problem p : problems) {
            i++;
            String flags = (p.reopened() ? " [回头看未通过]" : "") + (p.relapseOf().isEmpty() ? "" : " [反弹回潮]")
                    + (p.overridden() ? " [已改定]" : "");
            sb.append(String.format("%-6d %-4s %-10s %-8s %-14s %s%s%n", i, p.status(), p.category(),
                    p.leader().isEmpty() ? "—" : p.leader(), p.deadline().isEmpty() ? "—" : p.deadline(),
                    shorten(p.text(), 50), flags));
            sb.append(String.format("       出处 %d 处，首次 %s 《%s》；措施 %d，成效 %d%n", p.sources().size(),
                    p.firstRaised(), p.sources().get(0).title(), p.linksOf("measure").size(),
                    p.linksOf("outcome").size() + p.linksOf("rule").size()));
        }
        return sb.toString();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
