package org.studykb.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.LoggerFactory;

/**
 * Reads the scanned pages of a PDF with {@link Tesseract}, several pages at once. One pool of
 * {@link OcrSettings#threads()} threads serves every file being read, so indexing files in parallel never runs
 * more Tesseract processes than that. Pages are rendered one after another on the calling thread (a PDFBox
 * document is not thread-safe) and OCR'd on the pool; a page that fails is reported and the others are kept.
 * Thread-safe.
 */
final class ScannedPages {

    /** Larger pages are not rendered: 60 million pixels is an A1 sheet at 300 dpi, 57 MB of grey. */
    static final long MAX_PIXELS = 60_000_000L;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final OcrSettings settings;
    private final Tesseract tesseract;
    private final ExecutorService pool;
    private final AtomicInteger reading = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    ScannedPages(OcrSettings settings) {
        this.settings = settings;
        this.tesseract = new Tesseract(settings);
        this.pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "ingest-ocr-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** What OCR made of one page (numbered from 1). */
    sealed interface Page {
        int number();

        record Read(int number, String text) implements Page {
        }

        record Failed(int number, String reason) implements Page {
        }
    }

    /**
     * OCRs {@code pages} (numbered from 1) of {@code pdf}; the result is in page order, one entry per page asked.
     *
     * @throws IOException when the PDF cannot be opened or no work folder can be made
     * @throws InterruptedException when interrupted (the file's time is up): pages still running are stopped
     */
    List<Page> read(Path pdf, List<Integer> pages, Duration timeout) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("studykb-ocr-");
        List<Future<Page>> running = new ArrayList<>();
        Semaphore ahead = new Semaphore(2 * settings.threads()); // rendered pages waiting on disk at most
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int number : pages) {
                ahead.acquire();
                Path image = work.resolve("page-" + number + ".pgm");
                Optional<Page.Failed> failed = render(doc, renderer, number, image);
                if (failed.isPresent()) {
                    ahead.release();
                    running.add(CompletableFuture.completedFuture(failed.get()));
                    continue;
                }
                running.add(pool.submit(() -> {
                    peak.accumulateAndGet(reading.incrementAndGet(), Math::max);
                    try {
                        return new Page.Read(number, tesseract.read(image, settings.dpi(), timeout));
                    } catch (IOException | RuntimeException e) {
                        return new Page.Failed(number, "OCR 出错：" + e.getMessage());
                    } finally {
                        reading.decrementAndGet();
                        Files.deleteIfExists(image);
                        ahead.release();
                    }
                }));
            }
            List<Page> out = new ArrayList<>();
            for (Future<Page> f : running) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            throw new IOException("OCR task failed", e.getCause());
        } finally {
            running.forEach(f -> f.cancel(true)); // no-op for finished pages; stops the rest when interrupted
            deleteQuietly(work);
        }
    }

    /** The most pages this instance has had in Tesseract at the same moment: never more than its threads. */
    int peakParallelPages() {
        return peak.get();
    }

    /**
     * The pages (from 1) Tika's AUTO strategy would OCR, from the per-page counts Tika records while extracting the
     * text layer: at most {@code totalCharsPerPage} characters, or more unmapped characters than allowed (a font
     * without a Unicode map). Thresholds are Tika's own defaults, so a PDF with a text layer is read as before.
     */
    static List<Integer> needOcr(Metadata metadata) {
        PDFParserConfig.OCRStrategyAuto auto = new PDFParserConfig().getOcrStrategyAuto();
        String[] chars = metadata.getValues(PDF.CHARACTERS_PER_PAGE);
        String[] unmapped = metadata.getValues(PDF.UNMAPPED_UNICODE_CHARS_PER_PAGE);
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < chars.length; i++) {
            int total = Integer.parseInt(chars[i]);
            int bad = i < unmapped.length ? Integer.parseInt(unmapped[i]) : 0;
            float limit = auto.getUnmappedUnicodeCharsPerPage();
            boolean tooManyUnmapped = total > auto.getTotalCharsPerPage()
                    && (limit < 1 ? (float) bad / total > limit : bad > limit);
            if (total <= auto.getTotalCharsPerPage() || tooManyUnmapped) {
                pages.add(i + 1);
            }
        }
        return pages;
    }

    /** Renders one page to {@code image}; a page too large or impossible to render is a failure, not an image. */
    private Optional<Page.Failed> render(PDDocument doc, PDFRenderer renderer, int number, Path image) {
        try {
            PDRectangle box = doc.getPage(number - 1).getCropBox();
            long width = Math.round(box.getWidth() / 72.0 * settings.dpi());
            long height = Math.round(box.getHeight() / 72.0 * settings.dpi());
            if (width * height > MAX_PIXELS) {
                return Optional.of(new Page.Failed(number, "页面太大（" + width + "×" + height + " 像素，上限 "
                        + MAX_PIXELS + "），未识别"));
            }
            writePgm(renderer.renderImageWithDPI(number - 1, settings.dpi(), ImageType.GRAY), image);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(new Page.Failed(number, "无法渲染页面：" + ReadFailure.describe(e)));
        }
    }

    /** Binary PGM: Leptonica reads it, and it takes no compressing (PNG costs 0.3 s a page). */
    private static void writePgm(BufferedImage img, Path file) throws IOException {
        int w = img.getWidth();
        int h = img.getHeight();
        Raster raster = img.getRaster();
        byte[] row = new byte[w];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            for (int y = 0; y < h; y++) {
                raster.getDataElements(0, y, w, 1, row);
                out.write(row);
            }
        }
    }

    /** Deletes the work folder; tasks being stopped may delete their own files meanwhile, so it tries twice. */
    private static void deleteQuietly(Path dir) {
        for (int attempt = 0; attempt < 2 && Files.exists(dir); attempt++) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                LoggerFactory.getLogger(ScannedPages.class).debug("deleting {}: {}", dir, e.toString());
            }
        }
    }
}
