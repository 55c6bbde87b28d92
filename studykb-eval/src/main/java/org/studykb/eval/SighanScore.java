package org.studykb.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.studykb.analysis.Dictionaries;
import org.studykb.analysis.StudyAnalyzer;

/**
 * Scores the word analyzer's coarse segmentation (query mode, no synonyms) on a SIGHAN 2005
 * bakeoff test set: word-boundary precision, recall, F1, OOV recall and characters per second.
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) org.studykb.eval.SighanScore pku|msr
 *      [--no-dict] [--data ../shared/data/sighan2005] [--config indexer] [--out FILE]
 * </pre>
 *
 * The bakeoff files are research-only: they are read where they are and never copied. The
 * analyzer drops punctuation; the characters it does not emit are scored as one word per run of
 * the same character (。 or ——), which is how the gold segments punctuation.
 */
public final class SighanScore {
    static final int TIMED_PASSES = 3;
    static final Path DEFAULT_DATA = Path.of("..", "shared", "data", "sighan2005");

    private SighanScore() {}

    public static void main(String[] args) throws IOException {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        if (a.isEmpty() || !(a.get(0).equals("pku") || a.get(0).equals("msr"))) {
            System.err.println("usage: SighanScore pku|msr [--no-dict] [--data DIR] [--config DIR] [--out FILE]");
            System.exit(2);
        }
        String corpus = a.remove(0);
        boolean noDict = a.remove("--no-dict");
        Path data = Path.of(option(a, "--data", DEFAULT_DATA.toString()));
        Path config = Path.of(option(a, "--config", "indexer"));
        String out = option(a, "--out", null);
        if (!a.isEmpty()) {
            System.err.println("unknown arguments: " + a);
            System.exit(2);
        }
        Dictionaries dicts = noDict ? Dictionaries.builtIn() : Dictionaries.load(config).withoutSynonyms();
        List<String> test = lines(data.resolve(corpus + "_test.utf8"));
        List<String> gold = lines(data.resolve(corpus + "_test_gold.utf8"));
        Set<String> training = new HashSet<>(lines(data.resolve(corpus + "_training_words.utf8")));
        if (test.size() != gold.size()) {
            throw new IllegalStateException(corpus + ": " + test.size() + " test lines but " + gold.size() + " gold lines");
        }
        try (Analyzer analyzer = new StudyAnalyzer(dicts, StudyAnalyzer.Mode.QUERY)) {
            List<List<String>> segmented = segmentAll(analyzer, test); // warm-up (JIT, dictionaries)
            long chars = test.stream().mapToLong(String::length).sum();
            long t0 = System.nanoTime();
            for (int pass = 0; pass < TIMED_PASSES; pass++) {
                segmented = segmentAll(analyzer, test);
            }
            double seconds = (System.nanoTime() - t0) / 1e9 / TIMED_PASSES;
            // scored as one stream, like the bakeoff's diff-based script: in MSR a few opening
            // quotes sit at the end of the previous gold line but the start of the next test line
            List<String> goldWords = new ArrayList<>();
            List<String> predictedWords = new ArrayList<>();
            for (int i = 0; i < test.size(); i++) {
                goldWords.addAll(words(gold.get(i)));
                predictedWords.addAll(segmented.get(i));
            }
            SighanMetrics m = new SighanMetrics();
            m.add(goldWords, predictedWords, training);
            if (out != null) {
                write(Path.of(out), segmented);
            }
            System.out.printf(Locale.ROOT, "%s dictionary=%s (%d terms) P=%.4f R=%.4f F1=%.4f OOV-rate=%.4f OOV-R=%.4f IV-R=%.4f"
                            + " words gold=%d predicted=%d correct=%d speed=%.0f chars/s (%d chars, %.2f s per pass, mean of " + TIMED_PASSES + " passes after a warm-up)%n",
                    corpus, noDict ? "none" : config, dicts.termCount(), m.precision(), m.recall(), m.f1(),
                    m.oovRate(), m.oovRecall(), m.ivRecall(), m.goldWords(), m.predictedWords(), m.correctWords(),
                    chars / seconds, chars, seconds);
        }
    }

    private static List<List<String>> segmentAll(Analyzer analyzer, List<String> lines) {
        List<List<String>> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(segment(analyzer, line));
        }
        return out;
    }

    /** The line's words: the analyzer's tokens, plus runs of the characters it skipped; no whitespace. */
    public static List<String> segment(Analyzer analyzer, String line) {
        List<String> words = new ArrayList<>();
        int covered = 0;
        try (TokenStream ts = analyzer.tokenStream("body", line)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (offset.startOffset() < covered) {
                    continue; // stacked token (not in query mode without synonyms, but be safe)
                }
                addSkipped(line, covered, offset.startOffset(), words);
                words.add(line.substring(offset.startOffset(), offset.endOffset()));
                covered = offset.endOffset();
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        addSkipped(line, covered, line.length(), words);
        return words;
    }

    private static void addSkipped(String line, int from, int to, List<String> words) {
        int i = from;
        while (i < to) {
            int cp = line.codePointAt(i);
            int n = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += n;
                continue;
            }
            int end = i + n;
            while (end < to && line.codePointAt(end) == cp) {
                end += n;
            }
            words.add(line.substring(i, end));
            i = end;
        }
    }

    static List<String> words(String goldLine) {
        List<String> out = new ArrayList<>();
        for (String w : goldLine.strip().split("[\\s\u3000]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return out;
    }

    private static void write(Path file, List<List<String>> segmented) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (List<String> line : segmented) {
                w.write(String.join("  ", line));
                w.write("\r\n");
            }
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        if (i < 0) {
            return fallback;
        }
        if (i + 1 >= args.size()) {
            System.err.println(name + " needs a value");
            System.exit(2);
        }
        String value = args.remove(i + 1);
        args.remove(i);
        return value;
    }
}
