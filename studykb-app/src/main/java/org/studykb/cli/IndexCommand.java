package org.studykb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexReport;
import org.studykb.index.IndexRuns;
import org.studykb.index.Overrides;
import org.studykb.ingest.IngestPipeline;
import org.studykb.search.Backends;
import org.studykb.search.SearchBackend;
import org.studykb.settings.IndexerSettings;
import org.studykb.store.DataFolder;

/**
 * {@code index --corpus DIR [--data DIR] [--config DIR] [--report FILE.json]}; with {@code --backend solr --solr URL}
 * the same run into a SolrCloud collection, created when missing.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "索引一个文件夹：新文件和改过的文件重新读取，未变的跳过，删除的移出索引",
        exitCodeListHeading = "%n退出码:%n",
        exitCodeList = {"0:全部文件已索引", "3:部分文件无法读取（其余已索引，报告列出每个失败及原因）", "2:用法错误"})
final class IndexCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "要索引的文件夹")
    Path corpus;

    @Option(names = "--report", paramLabel = "FILE.json", description = "把索引报告写成 JSON")
    Path report;

    @Option(names = "--threads", paramLabel = "N", description = "并行读取文件的线程数，默认为 CPU 核数")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    BackendOptions backend;

    @Option(names = "--commit-every", paramLabel = "SECONDS",
            description = "每隔多少秒提交一次（被中断的运行保留已提交的部分），默认 30")
    int commitSeconds = 30;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(corpus)) {
            System.err.println("错误：语料文件夹不存在：" + corpus);
            return Main.EXIT_USAGE;
        }
        if (!Files.isDirectory(options.config)) {
            System.err.println("错误：配置目录不存在：" + options.config + "（用 --config 指定 indexer 目录）");
            return Main.EXIT_USAGE;
        }
        if (!backend.problem().isEmpty() || commitSeconds < 1) {
            System.err.println("错误：" + (commitSeconds < 1 ? "--commit-every 至少为 1 秒" : backend.problem()));
            return Main.EXIT_USAGE;
        }
        IndexerSettings settings = IndexerSettings.of(options.config);
        settings.readForIndexing();
        IndexAnalyzers analyzers = settings.analyzers();
        IngestPipeline pipeline = settings.pipeline();
        var progress = System.console() != null ? new BarProgress() : new LogProgress(out);
        DataFolder.createDirectories(options.data);
        DataFolder.secure(options.data);
        Overrides manual = ManualValuesOfTheStore.read(options.data);
        IndexCorpus run = new IndexCorpus(pipeline, threads, manual).committingEvery(Duration.ofSeconds(commitSeconds));
        IndexReport result;
        if (backend.embedded()) {
            result = run.run(corpus, options.data, analyzers, progress);
        } else {
            try (SearchBackend index = Backends.open(backend.settings(options, analyzers).creating())) {
                result = run.run(corpus, options.data, index, analyzers, progress);
            } catch (Backends.MissingBackendException e) {
                System.err.println("错误：" + e.getMessage());
                return Main.EXIT_USAGE;
            }
        }
        IndexRuns.record(options.data, result); // for the 索引状态 page
        DataFolder.secure(options.data); // the new index files: Lucene creates them with the process's umask
        printSummary(out, result);
        if (report != null) {
            Path parent = report.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(report, Json.pretty(result), StandardCharsets.UTF_8);
            out.println("报告已写入 " + report);
        }
        return result.exitCode();
    }

    static void printSummary(PrintStream out, IndexReport r) {
        out.printf("索引完成：%d 个文件，新增 %d，更新 %d，未变 %d，删除 %d，失败 %d；用时 %.1f 秒%n",
                r.files(), r.added(), r.updated(), r.unchanged(), r.deleted(), r.failed(), r.seconds());
        out.printf("索引中共 %d 篇文档、%d 个段落%n", r.documents(), r.passages());
        printCounts(out, "按类型", r.byType());
        printCounts(out, "按阶段", r.byPhase());
        printCounts(out, "按活动", r.byCampaign());
        if (!r.failures().isEmpty()) {
            out.println("无法读取的文件：");
            r.failures().forEach(f -> out.println("  " + f.path() + "：" + f.reason()));
        }
        if (!r.skipped().isEmpty()) {
            out.println("已跳过：");
            r.skipped().forEach(f -> out.println("  " + f.path() + "：" + f.reason()));
        }
    }

    private static void printCounts(PrintStream out, String label, Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("  ").append(label).append("：");
        counts.forEach((k, v) -> sb.append(k).append(' ').append(v).append("  "));
        out.println(sb.toString().stripTrailing());
    }
}
