package org.studykb.ingest;

import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

import org.studykb.config.ConfigFile;

/**
 * How scanned PDF pages are read (识别扫描件), from the {@code ocr:} block of {@code indexer/ingest.yml}.
 *
 * @param threads          pages read at once across all files; never more than the machine's cores
 * @param dpi              resolution the pages are rendered at for Tesseract
 * @param pageSegmentation Tesseract's {@code --psm} (3: automatic layout, 6: one block of text)
 * @param languages        Tesseract's {@code -l}, e.g. {@code chi_sim} or {@code chi_sim+eng}
 */
record OcrSettings(int threads, int dpi, int pageSegmentation, String languages) {

    /** What applies when {@code ingest.yml} has no {@code ocr:} block; chosen by docs/benchmarks.md's OCR table. */
    static final OcrSettings DEFAULT = new OcrSettings(cores(), 150, 3, "chi_sim");

    OcrSettings {
        if (threads < 1 || dpi < 50 || dpi > 1200 || pageSegmentation < 0 || pageSegmentation > 13
                || !languages.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new IllegalArgumentException("bad OCR settings: " + threads + ", " + dpi + ", "
                    + pageSegmentation + ", " + languages);
        }
        threads = Math.min(threads, cores());
    }

    static OcrSettings load(ConfigFile file, Node node) {
        Map<String, Node> ocr = file.mapping(node, Set.of("threads", "dpi", "page-segmentation", "languages"));
        int threads = DEFAULT.threads();
        if (ocr.containsKey("threads") && !file.scalar(ocr.get("threads")).equals("auto")) {
            threads = file.integer(ocr.get("threads"), 1);
        }
        int dpi = ocr.containsKey("dpi") ? file.integer(ocr.get("dpi"), 50) : DEFAULT.dpi();
        int psm = ocr.containsKey("page-segmentation") ? file.integer(ocr.get("page-segmentation"), 0)
                : DEFAULT.pageSegmentation();
        if (dpi > 1200) {
            throw file.error(ocr.get("dpi"), "分辨率应在 50 到 1200 之间: " + dpi);
        }
        if (psm > 13) {
            throw file.error(ocr.get("page-segmentation"), "版面分析方式（--psm）应在 0 到 13 之间: " + psm);
        }
        String languages = ocr.containsKey("languages") ? file.scalar(ocr.get("languages")) : DEFAULT.languages();
        if (!languages.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw file.error(ocr.get("languages"), "语言应写成 chi_sim 或 chi_sim+eng 这样: " + languages);
        }
        return new OcrSettings(threads, dpi, psm, languages);
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
