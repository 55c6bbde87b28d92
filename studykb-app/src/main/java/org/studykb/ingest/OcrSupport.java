package org.studykb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Whether Tesseract with Simplified Chinese (chi_sim) can be used; checked once per JVM. */
final class OcrSupport {

    private static final Logger LOG = LoggerFactory.getLogger(OcrSupport.class);

    private OcrSupport() {
    }

    static boolean available() {
        return Holder.AVAILABLE;
    }

    private static final class Holder {
        static final boolean AVAILABLE = probe();
    }

    private static boolean probe() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                LOG.warn("OCR disabled: `tesseract --list-langs` did not finish");
                return false;
            }
            boolean chiSim = out.lines().anyMatch(l -> l.strip().equals("chi_sim"));
            if (!chiSim) {
                LOG.warn("OCR disabled: tesseract has no chi_sim language (install tesseract-ocr-chi-sim)");
            }
            return chiSim;
        } catch (IOException e) {
            LOG.info("OCR disabled: tesseract not found ({})", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("OCR disabled: interrupted while checking tesseract");
            return false;
        }
    }
}
