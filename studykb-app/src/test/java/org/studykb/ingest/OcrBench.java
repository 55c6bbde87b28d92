package org.studykb.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * OCR speed and accuracy on one scanned PDF against the text it was made from: for each configuration, wall seconds
 * per page (the file's time over its pages; median of the runs, which go round-robin over the configurations after
 * one warm-up), Tesseract's CPU seconds per page (median), and the character error rate. Run by
 * {@code scripts/ocr-bench.sh}, which explains the arguments; prints a Markdown table.
 *
 * <p>CER = Levenshtein distance (insert, delete, substitute one code point, each cost 1) between the extracted text
 * and the source text, over the source's length, after removing every whitespace code point from both
 * ({@link Character#isWhitespace} or {@link Character#isSpaceChar}: spaces, line ends, U+3000, no-break spaces).
 * Nothing else is changed: a half-width {@code (} or {@code :} for the source's full-width {@code （} or {@code ：}
 * counts as an error. The second CER column also folds both texts with NFKC (full-width to half-width), which the
 * search analyzer does anyway.
 */
public final class OcrBench {

    private OcrBench() {
    }

    /** {@code before} or {@code threads:dpi:psm:languages}, e.g. {@code 2:150:3:chi_sim}. */
    record Config(String spec) {
        boolean before() {
            return spec.equals("before");
        }

        OcrSettings settings() {
            String[] p = spec.split(":");
            return new OcrSettings(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), p[3]);
        }

        String label() {
            if (before()) {
                return "before: Tika page after page, 300 dpi, psm 1, chi_sim+eng, OpenMP threads";
            }
            OcrSettings s = settings();
            return s.threads() + " thread" + (s.threads() > 1 ? "s" : "") + ", " + s.dpi() + " dpi, psm "
                    + s.pageSegmentation() + ", " + s.languages();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: OcrBench PDF SOURCE.txt RUNS CONFIG...  (CONFIG: before | threads:dpi:psm:langs)");
            System.exit(2);
        }
        Path pdf = Path.of(args[0]);
        String source = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        int runs = Integer.parseInt(args[2]);
        List<Config> configs = Arrays.stream(args, 3, args.length).map(Config::new).toList();
        IngestSettings base = IngestSettings.load(Path.of("indexer"));
        int pages;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "file: %s (%d pages, %d source characters without whitespace)%n",
                pdf.getFileName(), pages, compact(source, false).length());
        System.out.println();
        System.out.println("| configuration | wall s/page: median (min–max) | tesseract CPU s/page | CER | CER, NFKC "
                + "| load average at its first run |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        List<TextExtractor> extractors = new ArrayList<>();
        for (Config c : configs) {
            extractors.add(c.before() ? null : new TextExtractor(new IngestSettings(base.limits(), c.settings(),
                    base.htmlChrome(), base.junkTitles(), base.notTitleLines(), base.issuerLines(), base.unitRewrites(),
                    base.unitAliases(), base.deadlineColumns()), true));
        }
        new TextExtractor(base, true).extract(pdf, Files.size(pdf)); // warm-up: class loading, JIT
        double[][] wall = new double[configs.size()][runs];
        double[][] cpu = new double[configs.size()][runs];
        String[] text = new String[configs.size()];
        String[] loadBefore = new String[configs.size()];
        for (int i = 0; i < runs; i++) { // round-robin, so a change in the machine's load hits every row alike
            for (int k = 0; k < configs.size(); k++) {
                if (i == 0) {
                    loadBefore[k] = loadAverage();
                }
                long children = childrenCpuTicks();
                long t = System.nanoTime();
                text[k] = configs.get(k).before() ? before(pdf, base)
                        : extractors.get(k).extract(pdf, Files.size(pdf)).text();
                wall[k][i] = (System.nanoTime() - t) / 1e9 / pages;
                cpu[k][i] = (childrenCpuTicks() - children) / (double) CLOCK_TICKS / pages;
            }
        }
        Path out = Path.of("target/ocr-bench");
        Files.createDirectories(out);
        for (int k = 0; k < configs.size(); k++) {
            Arrays.sort(wall[k]);
            Arrays.sort(cpu[k]);
            System.out.printf(Locale.ROOT, "| %s | %.2f (%.2f–%.2f) | %.2f | %.2f %% | %.2f %% | %s |%n",
                    configs.get(k).label(), wall[k][runs / 2], wall[k][0], wall[k][runs - 1], cpu[k][runs / 2],
                    100 * cer(text[k], source, false), 100 * cer(text[k], source, true), loadBefore[k]);
            Files.writeString(out.resolve(configs.get(k).spec().replace(':', '_') + ".txt"), text[k],
                    StandardCharsets.UTF_8);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "runs per configuration: %d; %d cores; load average at the end: %s%n", runs,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.exit(0); // the extractors' OCR pools are daemon threads, but Tika's may not be
    }

    /** The code before: Tika's PDF parser OCRs the pages itself, one after another, with Tika's Tesseract defaults. */
    private static String before(Path pdf, IngestSettings settings) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        ParseContext context = new ParseContext();
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setLanguage("chi_sim+eng");
        tesseract.setTimeoutSeconds((int) settings.limits().maxTime().toSeconds());
        context.set(TesseractOCRConfig.class, tesseract);
        PDFParserConfig config = new PDFParserConfig();
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        config.setExtractBookmarksText(false);
        context.set(PDFParserConfig.class, config);
        context.set(org.apache.tika.parser.Parser.class, parser);
        context.set(org.apache.tika.extractor.EmbeddedDocumentExtractor.class, new EmbeddedTextOnly(context));
        ParagraphHandler handler = new ParagraphHandler(settings.limits().maxChars());
        try (TikaInputStream in = TikaInputStream.get(pdf)) {
            parser.parse(in, new BodyContentHandler(handler), new Metadata(), context);
        }
        return TextCleaner.clean(handler.text(), TextCleaner.Source.PDF, true, settings);
    }

    static double cer(String ocr, String source, boolean nfkc) {
        int[] a = compact(ocr, nfkc).codePoints().toArray();
        int[] b = compact(source, nfkc).codePoints().toArray();
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length] / (double) Math.max(1, b.length);
    }

    static String compact(String s, boolean nfkc) {
        String t = nfkc ? Normalizer.normalize(s, Normalizer.Form.NFKC) : s;
        StringBuilder out = new StringBuilder(t.length());
        t.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static final long CLOCK_TICKS = 100; // USER_HZ on Linux

    /** CPU time of this process's finished children (the tesseract runs), from /proc/self/stat; 0 elsewhere. */
    private static long childrenCpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[13]) + Long.parseLong(f[14]); // cutime, cstime (fields 16 and 17)
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
