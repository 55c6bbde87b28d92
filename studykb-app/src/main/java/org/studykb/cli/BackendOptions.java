package org.studykb.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import picocli.CommandLine.Option;

import org.studykb.index.IndexAnalyzers;
import org.studykb.search.BackendSettings;
import org.studykb.search.Backends;
import org.studykb.search.SearchBackend;

/**
 * {@code --backend lucene|solr} and how to reach SolrCloud ({@code --solr URL[,URL…]} or {@code --zk HOST:PORT[/chroot]},
 * {@code --collection}, {@code --shards}, {@code --replicas}), shared by {@code serve}, {@code index}, {@code search}
 * and {@code problems}. Without {@code --backend} every command works on the embedded index under {@code --data}.
 */
final class BackendOptions {
    @Option(names = "--backend", paramLabel = "lucene|solr",
            description = "索引后端：lucene（默认，--data 下的嵌入式索引）或 solr（SolrCloud 集合）")
    String backend = Backends.LUCENE;

    @Option(names = "--solr", paramLabel = "URL[,URL…]", split = ",",
            description = "SolrCloud 节点地址，如 http://localhost:8983/solr（与 --zk 二选一）")
    List<String> solrUrls = List.of();

    @Option(names = "--zk", paramLabel = "HOST:PORT[/chroot]", description = "SolrCloud 的 ZooKeeper 地址（与 --solr 二选一）")
    String zkHost = "";

    @Option(names = "--collection", paramLabel = "NAME", description = "SolrCloud 集合名，默认 studykb")
    String collection = "studykb";

    @Option(names = "--shards", paramLabel = "N", description = "新建集合的分片数，默认 2")
    int shards = 2;

    @Option(names = "--replicas", paramLabel = "N", description = "新建集合每个分片的副本数，默认 2")
    int replicas = 2;

    /** True for the embedded index. */
    boolean embedded() {
        return Backends.LUCENE.equals(backend);
    }

    /** What is wrong with the options, for a usage error; empty when they make sense. */
    String problem() {
        if (!Arrays.asList(Backends.LUCENE, Backends.SOLR).contains(backend)) {
            return "--backend 只能是 lucene 或 solr：" + backend;
        }
        boolean solrGiven = !solrUrls.isEmpty() || !zkHost.isEmpty();
        if (embedded()) {
            return solrGiven ? "--solr 和 --zk 只用于 --backend solr" : "";
        }
        if (solrUrls.isEmpty() == zkHost.isEmpty()) {
            return "--backend solr 需要 --solr URL[,URL…] 或 --zk HOST:PORT[/chroot]（二选一）";
        }
        if (!collection.matches("[A-Za-z0-9_][A-Za-z0-9._-]*")) {
            return "--collection 只能含字母、数字、点、下划线和连字符：" + collection;
        }
        if (shards < 1 || replicas < 1) {
            return "--shards 和 --replicas 至少为 1";
        }
        return "";
    }

    BackendSettings settings(ConfigOptions options, IndexAnalyzers analyzers) {
        return new BackendSettings(backend, options.data, options.config, analyzers, solrUrls, zkHost, collection,
                shards, replicas, false);
    }

    /** The backend these options name; the caller closes it. */
    SearchBackend open(ConfigOptions options, IndexAnalyzers analyzers) throws IOException {
        return Backends.open(settings(options, analyzers));
    }

    /** A short name of where the index is, for messages. */
    String describe(ConfigOptions options) {
        if (embedded()) {
            return options.data.resolve("index").toString();
        }
        return "SolrCloud " + (solrUrls.isEmpty() ? "zk " + zkHost : String.join(",", solrUrls)) + " 集合 " + collection;
    }
}
