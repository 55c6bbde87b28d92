package org.studykb.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} command on one page image. Each run is one process limited to one OpenMP thread
 * ({@code OMP_THREAD_LIMIT=1}): pages run in parallel instead, and Tesseract's own threads spin badly when the
 * cores are busy (a page took 32 s instead of 6 s on a loaded 2-core machine).
 */
final class Tesseract {

    private final OcrSettings settings;

    Tesseract(OcrSettings settings) {
        this.settings = settings;
    }

    /**
     * The text of {@code image} (a file Leptonica reads, e.g. PGM) rendered at {@code dpi}.
     *
     * @throws IOException when tesseract cannot start, fails or takes longer than {@code timeout}, with its message
     * @throws InterruptedException when the calling thread is interrupted; the process is then killed
     */
    String read(Path image, int dpi, Duration timeout) throws IOException, InterruptedException {
        Path out = image.resolveSibling(image.getFileName() + ".txt");
        Path log = image.resolveSibling(image.getFileName() + ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of("tesseract", image.toString(), "stdout",
                "-l", settings.languages(), "--psm", String.valueOf(settings.pageSegmentation()),
                "--dpi", String.valueOf(dpi)))
                .redirectOutput(out.toFile()).redirectError(log.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("tesseract took longer than " + timeout.toSeconds() + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException("tesseract exit " + p.exitValue() + ": " + tail(log));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly(); // a no-op after a normal exit; kills it on timeout or interruption
            Files.deleteIfExists(out);
            Files.deleteIfExists(log);
        }
    }

    private static String tail(Path log) throws IOException {
        String s = Files.readString(log, StandardCharsets.UTF_8).strip();
        return s.length() > 300 ? "…" + s.substring(s.length() - 300) : s;
    }
}
