package org.studykb.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.hankcs.hanlp.summary.TextRankSentence;
import org.apache.lucene.analysis.TokenStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a document's keywords and summary cost beside its word analysis, and the summary's sentence ranking by HanLP's
 * {@link TextRankSentence} against {@link SentenceRank}, in one process: one op treats every text of a folder
 * ({@code demo}: {@code scripts/corpus/src}, the UTF-8 sources of the demo corpus; {@code reports}: the long texts
 * of {@code ../shared/data/reports}, read in place). {@code analysis} is the body's word analysis, {@code gist}
 * {@link Gists#of(String, Words)} from its words (keywords and summary), {@code rankHanLP} and {@code rankArrays}
 * the summary's ranking alone over the same candidate sentences. In studykb-eval's tests beside the other
 * benchmarks (its package is the analysis's, whose package-private parts it times). Run, once
 * {@code scripts/jmh.sh} has compiled the tests and written the class path:
 * <pre>
 * java -cp studykb-eval/target/test-classes:studykb-eval/target/classes:$(cat target/jmh/classpath.txt) \
 *     org.openjdk.jmh.Main GistBenchmark -f 1 -wi 3 -w 2s -i 5 -r 3s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GistBenchmark {
    @Param({"demo", "reports"})
    public String texts;

    @Param({"analysis", "gist", "rankHanLP", "rankArrays"})
    public String step;

    private StudyAnalyzer analyzer;
    private Gists gists;
    private final List<String> read = new ArrayList<>();
    private final List<Words> words = new ArrayList<>();
    private final List<List<List<String>>> candidates = new ArrayList<>();

    @Setup
    public void load() throws IOException {
        Dictionaries dicts = Dictionaries.load(Path.of(System.getProperty("bench.config", "indexer")));
        analyzer = new StudyAnalyzer(dicts, StudyAnalyzer.Mode.INDEX);
        gists = new Gists(analyzer);
        Path dir = Path.of(texts.equals("demo") ? "scripts/corpus/src" : "../shared/data/reports");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f);
            Words w = words(text);
            read.add(text);
            words.add(w);
            candidates.add(Gists.candidates(text, w).words());
        }
    }

    @Benchmark
    public int run() throws IOException {
        int n = 0;
        for (int i = 0; i < read.size(); i++) {
            List<List<String>> c = candidates.get(i);
            n += switch (step) {
                case "analysis" -> words(read.get(i)).size();
                case "gist" -> gists.of(read.get(i), words.get(i)).summary().length();
                case "rankHanLP" -> c.size() <= Gists.SENTENCES ? 0
                        : new TextRankSentence(c).getTopSentence(Gists.SENTENCES)[0];
                case "rankArrays" -> c.size() <= Gists.SENTENCES ? 0 : SentenceRank.top(c, Gists.SENTENCES)[0];
                default -> throw new IllegalArgumentException("unknown step " + step);
            };
        }
        return n;
    }

    private Words words(String text) throws IOException {
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            Words.Collector collector = Words.collector(ts).orElseThrow();
            ts.reset();
            while (ts.incrementToken()) {
                collector.take();
            }
            ts.end();
            return collector.words();
        }
    }
}
