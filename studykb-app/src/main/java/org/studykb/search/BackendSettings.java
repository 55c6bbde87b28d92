package org.studykb.search;

import java.nio.file.Path;
import java.util.List;

import org.studykb.index.IndexAnalyzers;

/**
 * Which index a command or the web works on, and how to reach it: the backend's name ({@value Backends#LUCENE}, the
 * embedded index under {@code data}; {@value Backends#SOLR}, a SolrCloud collection), and for SolrCloud the nodes'
 * URLs or the ZooKeeper host string, the collection, and the shards and replicas of a collection to create.
 *
 * @param data       the local data folder: the embedded index, the store, the run state
 * @param config     the {@code indexer/} folder (a new Solr collection's configset is generated from it)
 * @param solrUrls   Solr nodes, e.g. {@code http://localhost:8983/solr}; empty when {@code zkHost} is given
 * @param zkHost     ZooKeeper hosts {@code host:port[,host:port…][/chroot]}; empty when {@code solrUrls} are given
 * @param create     true: create the collection when the cluster lacks it (the {@code index} command)
 */
public record BackendSettings(String name, Path data, Path config, IndexAnalyzers analyzers, List<String> solrUrls,
                              String zkHost, String collection, int shards, int replicas, boolean create) {
    public BackendSettings {
        solrUrls = List.copyOf(solrUrls);
    }

    /** The embedded index under {@code data}. */
    public static BackendSettings lucene(Path data, Path config, IndexAnalyzers analyzers) {
        return new BackendSettings(Backends.LUCENE, data, config, analyzers, List.of(), "", "", 1, 1, false);
    }

    /** The same settings, creating the collection when it is missing. */
    public BackendSettings creating() {
        return new BackendSettings(name, data, config, analyzers, solrUrls, zkHost, collection, shards, replicas,
                true);
    }
}
