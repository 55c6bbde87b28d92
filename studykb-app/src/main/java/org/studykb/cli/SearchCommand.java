package org.studykb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.studykb.eval.TrecRun;
import org.studykb.index.IndexAnalyzers;
import org.studykb.search.SearchHit;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchResponse;
import org.studykb.search.Backends;
import org.studykb.search.SearchBackend;
import org.studykb.settings.IndexerSettings;
import org.studykb.store.DataFolder;

/**
 * {@code search --data DIR "查询" [--size N] [--json]} and
 * {@code search --data DIR --topics FILE.tsv --run FILE.trec [--size N]}.
 */
@Command(name = "search", mixinStandardHelpOptions = true, description = "检索索引，或对一组查询写出 TREC 结果文件")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(arity = "0..1", paramLabel = "查询", description = "检索式：词、\"精确短语\"、-排除、OR、type: phase: campaign: year: unit: title:")
    String query;

    @Option(names = "--size", paramLabel = "N", description = "返回条数，默认 10（--topics 时默认 100）")
    Integer size;

    @Option(names = "--json", description = "输出 JSON")
    boolean json;

    @Option(names = "--sort", paramLabel = "relevance|date", description = "排序：相关度（默认）或日期")
    String sort = "relevance";

    @Option(names = "--topics", paramLabel = "FILE.tsv", description = "查询集：每行 qid<TAB>查询")
    Path topics;

    @Option(names = "--run", paramLabel = "FILE.trec", description = "TREC 结果文件（与 --topics 同用）")
    Path run;

    @Mixin
    BackendOptions backend;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if ((topics == null) != (run == null)) {
            System.err.println("错误：--topics 和 --run 需要同时给出");
            return Main.EXIT_USAGE;
        }
        if (topics == null && query == null) {
            System.err.println("错误：请给出查询，或用 --topics 和 --run");
            return Main.EXIT_USAGE;
        }
        SearchRequest.Sort order;
        try {
            order = SearchRequest.Sort.valueOf(sort.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("错误：--sort 只能是 relevance 或 date");
            return Main.EXIT_USAGE;
        }
        if (topics != null && !Files.isReadable(topics)) {
            System.err.println("错误：无法读取查询集文件：" + topics);
            return Main.EXIT_USAGE;
        }
        if (!backend.problem().isEmpty()) {
            System.err.println("错误：" + backend.problem());
            return Main.EXIT_USAGE;
        }
        DataFolder.secure(options.data);
        IndexAnalyzers analyzers = IndexerSettings.of(options.config).analyzers();
        SearchBackend opened;
        try {
            opened = backend.open(options, analyzers);
        } catch (Backends.MissingBackendException e) {
            System.err.println("错误：" + e.getMessage());
            return Main.EXIT_USAGE;
        }
        try (SearchBackend service = opened) {
            if (topics != null) {
                int n = TrecRun.write(service, topics, run, size == null ? 100 : size, "studykb");
                out.println("已检索 " + n + " 个查询，结果写入 " + run);
                return 0;
            }
            SearchResponse response = service.search(new SearchRequest(query, order, 0, size == null ? 10 : size));
            out.print(json ? Json.pretty(response) : text(response));
            return 0;
        }
    }

    static String text(SearchResponse r) {
        StringBuilder sb = new StringBuilder();
        r.notices().forEach(n -> sb.append("提示：").append(n).append('\n'));
        if (!r.notFound().isEmpty()) {
            sb.append("未找到：").append(String.join("、", r.notFound())).append('\n');
        }
        sb.append(String.format("共 %d 篇，用时 %d 毫秒%n", r.total(), r.tookMs()));
        int rank = r.from();
        for (SearchHit h : r.hits()) {
            rank++;
            sb.append(String.format("%n%d. %s  [%s]%n", rank, h.title(), h.id()));
            sb.append("   ").append(String.join(" · ", nonNull(h.type(), h.phase(), h.date(), h.unit())))
                    .append(String.format("  得分 %.3f%n", h.score()));
            if (!h.lacking().isEmpty()) {
                sb.append("   部分匹配，缺少：").append(String.join("、", h.lacking())).append('\n');
            }
            for (String s : h.snippets()) {
                sb.append("   …").append(plain(s)).append("…\n");
            }
        }
        return sb.toString();
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isEmpty()).toList();
    }

    /** Snippets are HTML; on a terminal the marks become 【】 and entities are decoded. */
    static String plain(String html) {
        return html.replace("<mark>", "【").replace("</mark>", "】").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
