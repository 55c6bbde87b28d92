package org.studykb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.studykb.analysis.Dictionaries;
import org.studykb.analysis.NgramAnalyzer;
import org.studykb.analysis.StudyAnalyzer;

/**
 * The tokenizer alone: one op analyses the same {@value #CHARS}-character stretch of real text (the
 * opening of the reports in {@code ../shared/data/reports}, or {@code -Dbench.reports=DIR}) and consumes
 * every token. {@code query} is HanLP's segmentation as queries see it (the floor of indexing),
 * {@code index} adds the stacked word graph of the words field, {@code ngram} is the safety-net field.
 * Chars per second = {@value #CHARS} × ops/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzerBenchmark {
    static final int CHARS = 20_000;

    @Param({"query", "index", "ngram"})
    public String analyzer;

    private Analyzer chosen;
    private String text;

    @Setup
    public void load() throws IOException {
        Dictionaries dicts = Dictionaries.load(Path.of(System.getProperty("bench.config", "indexer")));
        chosen = switch (analyzer) {
            case "query" -> new StudyAnalyzer(dicts, StudyAnalyzer.Mode.QUERY);
            case "index" -> new StudyAnalyzer(dicts, StudyAnalyzer.Mode.INDEX);
            case "ngram" -> new NgramAnalyzer(StudyAnalyzer.Mode.INDEX);
            default -> throw new IllegalArgumentException("unknown analyzer " + analyzer);
        };
        text = reportText(Path.of(System.getProperty("bench.reports", "../shared/data/reports")), CHARS);
    }

    @Benchmark
    public int analyze() throws IOException {
        int n = 0;
        try (TokenStream ts = chosen.tokenStream("body", text)) {
            ts.reset();
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
        }
        return n;
    }

    /** The first {@code chars} characters of the reports, taken in file-name order, a slice of each. */
    static String reportText(Path dir, int chars) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no .txt reports in " + dir);
        }
        StringBuilder b = new StringBuilder(chars);
        int each = Math.max(1, chars / files.size());
        for (int round = 0; b.length() < chars; round++) {
            for (Path f : files) {
                String s = Files.readString(f, StandardCharsets.UTF_8);
                int from = Math.min(s.length(), round * each);
                b.append(s, from, Math.min(s.length(), from + each));
                if (b.length() >= chars) {
                    break;
                }
            }
        }
        return b.substring(0, chars);
    }
}
