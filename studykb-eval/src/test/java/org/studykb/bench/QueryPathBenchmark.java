package org.studykb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.ingest.IngestPipeline;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchResponse;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchService;

/**
 * The query path over a small real index (the demo corpus, {@code corpus/}, indexed in the set-up):
 * each op is the next eval query ({@code scripts/eval/topics.tsv}, in turn). {@code rank} builds the
 * query and collects the top 10 documents; {@code page} is what a results page costs: the same plus
 * passage snippets with highlighting, facet counts and the did-you-mean check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryPathBenchmark {
    private Path data;
    private SearchService service;
    private List<String> queries;
    private int next;

    @Setup(Level.Trial)
    public void index() throws IOException {
        Path config = Path.of(System.getProperty("bench.config", "indexer"));
        IndexAnalyzers analyzers = IndexAnalyzers.load(config);
        data = Files.createTempDirectory("jmh-query-path");
        new IndexCorpus(IngestPipeline.load(config), 2).run(Path.of(System.getProperty("bench.corpus", "corpus")),
                data, analyzers, IndexProgress.NONE);
        service = SearchService.open(data, analyzers);
        queries = SearchBench.queries(Path.of(System.getProperty("bench.topics", "scripts/eval/topics.tsv")));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        service.close();
        Measure.deleteTree(data);
    }

    private String nextQuery() {
        String q = queries.get(next);
        next = (next + 1) % queries.size();
        return q;
    }

    @Benchmark
    public List<SearchBackend.ScoredId> rank() throws IOException {
        return service.rankScored(nextQuery(), 10);
    }

    @Benchmark
    public SearchResponse page() throws IOException {
        return service.search(SearchRequest.of(nextQuery(), 10));
    }
}
