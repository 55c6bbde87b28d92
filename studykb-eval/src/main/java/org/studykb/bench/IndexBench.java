package org.studykb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.studykb.analysis.Dictionaries;
import org.studykb.analysis.StudyAnalyzer;
import org.studykb.index.CorpusIndex;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.index.IndexReport;
import org.studykb.index.ScratchIndex;
import org.studykb.ingest.IngestPipeline;

/**
 * Indexing cost of one generated folder, in one JVM: raw HanLP segmentation of all its text (our
 * analyzer's token stream consumed, no index), our full {@link IndexCorpus} run, and a plain Lucene
 * index with {@link StandardAnalyzer} as the floor. Segmentation and the floor run on one thread, and so
 * does the "ours" row the ratios use; a second run of ours uses every core.
 *
 * <pre>IndexBench CORPUS DATA_DIR [CONFIG=indexer] [ALL_CORES=yes]</pre> DATA_DIR is where our index is left for
 * SearchBench; {@code ALL_CORES=no} leaves out the second run of ours on every core.
 */
public final class IndexBench {
    private IndexBench() {
    }

    record Text(String title, String body) {
        int chars() {
            return title.length() + body.length();
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: IndexBench CORPUS DATA_DIR [CONFIG=indexer] [ALL_CORES=yes|no]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Path config = Path.of(args.length > 2 ? args[2] : "indexer");
        boolean allCores = args.length <= 3 || !"no".equals(args[3]);
        List<Text> texts = read(corpus);
        long chars = texts.stream().mapToLong(Text::chars).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        Measure.report("documents", Integer.toString(texts.size()));
        Measure.report("characters", String.format("%,d", chars));

        Dictionaries dicts = Dictionaries.load(config);
        Analyzer query = new StudyAnalyzer(dicts, StudyAnalyzer.Mode.QUERY);
        segment(query, texts.subList(0, Math.min(100, texts.size()))); // warm-up: dictionaries, JIT
        Measure.resetPeakHeap();
        long t0 = System.nanoTime();
        long tokens = segment(query, texts);
        double segSeconds = seconds(t0);
        row("segmentation (HanLP, 1 thread)", texts.size(), chars, segSeconds, Measure.peakHeapBytes(), -1);
        System.err.printf("IndexBench: %d tokens segmented%n", tokens);

        Path floorDir = Files.createTempDirectory("bench-standard");
        standardIndex(texts.subList(0, Math.min(100, texts.size())), floorDir); // warm-up
        Measure.deleteTree(floorDir);
        Measure.resetPeakHeap();
        t0 = System.nanoTime();
        standardIndex(texts, floorDir);
        double stdSeconds = seconds(t0);
        row("StandardAnalyzer index (1 thread)", texts.size(), chars, stdSeconds, Measure.peakHeapBytes(),
                Measure.sizeOnDisk(floorDir));
        Measure.deleteTree(floorDir);

        IngestPipeline pipeline = IngestPipeline.load(config);
        IndexAnalyzers analyzers = IndexAnalyzers.load(config);
        warmUpOurs(pipeline, analyzers, corpus, 50);
        double oursSeconds = ours(pipeline, analyzers, corpus, data, 1, texts.size(), chars);
        if (cores > 1 && allCores) {
            ours(pipeline, analyzers, corpus, data, cores, texts.size(), chars);
        }
        Measure.report("ours / segmentation (time, 1 thread)", Measure.num(oursSeconds / segSeconds) + "×");
        Measure.report("ours / StandardAnalyzer (time, 1 thread)", Measure.num(oursSeconds / stdSeconds) + "×");
    }

    /** Our full run into a fresh data folder; the last one is left in {@code data} for the search bench. */
    private static double ours(IngestPipeline pipeline, IndexAnalyzers analyzers, Path corpus, Path data,
                               int threads, int docs, long chars) throws IOException {
        Measure.deleteTree(data);
        Files.createDirectories(data);
        Measure.resetPeakHeap();
        long t0 = System.nanoTime();
        IndexReport report = new IndexCorpus(pipeline, threads).run(corpus, data, analyzers, IndexProgress.NONE);
        double s = seconds(t0);
        if (!report.failures().isEmpty()) {
            System.err.println("IndexBench: " + report.failures().size() + " failures, first: "
                    + report.failures().get(0));
        }
        row("ours: IndexCorpus (" + threads + (threads == 1 ? " thread)" : " threads)"), docs, chars, s,
                Measure.peakHeapBytes(), Measure.sizeOnDisk(CorpusIndex.indexDir(data)));
        return s;
    }

    /** One unmeasured run over the first files, so Tika's and the pipeline's start-up is not counted. */
    private static void warmUpOurs(IngestPipeline pipeline, IndexAnalyzers analyzers, Path corpus, int files)
            throws IOException {
        Path sample = Files.createTempDirectory("bench-warmup-corpus");
        Path data = Files.createTempDirectory("bench-warmup-data");
        try (Stream<Path> s = Files.walk(corpus)) {
            int i = 0;
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(files).toList()) {
                Files.copy(f, sample.resolve(i++ + ".txt"));
            }
        }
        new IndexCorpus(pipeline, 1).run(sample, data, analyzers, IndexProgress.NONE);
        Measure.deleteTree(sample);
        Measure.deleteTree(data);
    }

    private static void row(String name, int docs, long chars, double seconds, long peakHeap, long diskBytes) {
        Measure.report(name + ": docs/s", Measure.num(docs / seconds));
        Measure.report(name + ": chars/s", Measure.num(chars / seconds));
        Measure.report(name + ": peak heap", Measure.mib(peakHeap));
        if (diskBytes >= 0) {
            Measure.report(name + ": index size", Measure.mib(diskBytes));
        }
    }

    static long segment(Analyzer analyzer, List<Text> texts) throws IOException {
        long tokens = 0;
        for (Text t : texts) {
            tokens += consume(analyzer, "title", t.title());
            tokens += consume(analyzer, "body", t.body());
        }
        return tokens;
    }

    private static long consume(Analyzer analyzer, String field, String text) throws IOException {
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            ts.reset();
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
        }
        return n;
    }

    private static void standardIndex(List<Text> texts, Path dir) throws IOException {
        List<Document> records = new ArrayList<>(texts.size());
        int i = 0;
        for (Text t : texts) {
            Document doc = new Document();
            doc.add(new StringField("id", Integer.toString(i++), Field.Store.YES));
            doc.add(new TextField("title", t.title(), Field.Store.YES));
            doc.add(new TextField("body", t.body(), Field.Store.YES));
            records.add(doc);
        }
        ScratchIndex.onDisk(dir, new StandardAnalyzer(), records);
    }

    static List<Text> read(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Text> texts = new ArrayList<>(files.size());
        for (Path f : files) {
            String s = Files.readString(f, StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            texts.add(nl < 0 ? new Text(s, "") : new Text(s.substring(0, nl), s.substring(nl + 1)));
        }
        return texts;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
