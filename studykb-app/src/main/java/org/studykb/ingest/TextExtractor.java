package org.studykb.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one file's text and metadata. The format is detected by content, never by name. Plain text and web pages
 * are decoded by {@link TextDecoder} first; everything else goes through Tika's {@link AutoDetectParser}, with
 * Tesseract OCR when it is installed: Tika's (chi_sim+eng) for images, and {@link ScannedPages} (settings in
 * {@code ingest.yml}, several pages at once) for the scanned pages of a PDF. Thread-safe.
 */
final class TextExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(TextExtractor.class);
    static final String OCR_WARNING = "文字由OCR识别，可能有误";
    /** Extracted characters per file byte above which an archive is treated as a zip bomb. */
    private static final int BOMB_RATIO = 200;

    private final AutoDetectParser parser = new AutoDetectParser();
    private final JSoupParser html = new JSoupParser();
    private final IngestSettings settings;
    private final boolean ocr;
    private final ScannedPages scans;

    TextExtractor(IngestSettings settings, boolean ocr) {
        this.settings = settings;
        this.ocr = ocr;
        this.scans = new ScannedPages(settings.ocr());
        ZipBombCheck.restorePoiRatioCheck(); // after AutoDetectParser loaded OOXMLParser, which turns it off
    }

    boolean ocrEnabled() {
        return ocr;
    }

    Extraction extract(Path file, long size) throws ReadFailure {
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            type = parser.getDetector().detect(in, new Metadata());
        } catch (IOException e) {
            throw ReadFailure.ofAccess(e);
        }
        String base = type.getBaseType().toString();
        if (base.startsWith("text/") || base.equals("application/xhtml+xml") || base.equals("application/octet-stream")) {
            Optional<Extraction> text = readAsText(file, base);
            if (text.isPresent()) {
                return text.get();
            }
            throw ReadFailure.unreadableAsText(file, base);
        }
        return parse(file, size, base);
    }

    private Extraction parse(Path file, long size, String base) throws ReadFailure {
        ZipBombCheck.check(file);
        ParagraphHandler handler = new ParagraphHandler(settings.limits().maxChars());
        Metadata metadata = new Metadata();
        List<String> warnings = new ArrayList<>();
        boolean pdf = ocr && base.equals("application/pdf"); // its scanned pages are OCR'd below, in parallel
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, new BodyContentHandler(handler), metadata, pdf ? pdfContext() : context());
        } catch (Exception e) {
            if (!handler.truncated() && !WriteLimitReachedException.isWriteLimitReached(e)) {
                throw ReadFailure.of(e);
            }
        }
        String raw = handler.text();
        int ocrChars = handler.ocrChars();
        boolean truncated = handler.truncated();
        if (pdf) {
            PageSplice spliced = ocrScannedPages(file, handler, metadata, warnings);
            raw = spliced.text();
            ocrChars += spliced.ocrChars();
            if (raw.length() > settings.limits().maxChars()) {
                raw = raw.substring(0, settings.limits().maxChars());
                truncated = true;
            }
        }
        if (truncated) {
            if (raw.length() > (long) BOMB_RATIO * size) {
                throw new ReadFailure(ReadFailure.ZIP_BOMB, "more than " + BOMB_RATIO + " characters per file byte");
            }
            warnings.add(truncated());
        }
        String contentType = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE)).orElse(base);
        boolean image = contentType.startsWith("image/");
        boolean fromOcr = ocrChars > 0 || (image && !raw.isBlank());
        String text = TextCleaner.clean(raw, source(contentType), fromOcr, settings);
        if (text.isBlank()) {
            if (!warnings.isEmpty() && pdf) {
                throw new ReadFailure(ReadFailure.NO_TEXT, String.join("; ", warnings));
            }
            throw ReadFailure.noText(file, contentType, ocr);
        }
        if (fromOcr) {
            warnings.add(0, OCR_WARNING);
        }
        if (metadata.get(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING) != null) {
            warnings.add("部分内容读取时出错，文字可能不完整");
        }
        return new Extraction(text, contentType, Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE))
                .map(String::strip).filter(t -> !t.isEmpty()), created(metadata), handler.headings(), fromOcr,
                List.copyOf(warnings));
    }

    private Optional<Extraction> readAsText(Path file, String base) throws ReadFailure {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ReadFailure.ofAccess(e);
        }
        boolean isHtml = base.equals("text/html") || base.equals("application/xhtml+xml");
        Optional<TextDecoder.Decoded> decoded = isHtml ? TextDecoder.decodeHtml(bytes) : TextDecoder.decode(bytes);
        if (decoded.isEmpty() || TextDecoder.looksBinary(decoded.get().text())) {
            return Optional.empty();
        }
        String raw = decoded.get().text();
        Optional<String> title = Optional.empty();
        List<String> headings = List.of();
        List<String> warnings = new ArrayList<>();
        if (isHtml) {
            ParagraphHandler handler = new ParagraphHandler(settings.limits().maxChars());
            Metadata metadata = new Metadata();
            try {
                html.parseString(raw, new BodyContentHandler(handler), metadata, new ParseContext());
            } catch (Exception e) {
                if (!handler.truncated()) {
                    throw ReadFailure.of(e);
                }
            }
            raw = handler.text();
            headings = handler.headings();
            if (handler.truncated()) {
                warnings.add(truncated());
            }
            title = Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE)).map(String::strip)
                    .filter(t -> !t.isEmpty());
        }
        if (raw.length() > settings.limits().maxChars()) {
            raw = raw.substring(0, settings.limits().maxChars());
            warnings.add(truncated());
        }
        String text = TextCleaner.clean(raw, isHtml ? TextCleaner.Source.HTML : TextCleaner.Source.PLAIN, false,
                settings);
        if (text.isBlank()) {
            throw new ReadFailure(ReadFailure.NO_TEXT, "blank after decoding as " + decoded.get().charset());
        }
        String type = (isHtml ? "text/html" : "text/plain") + "; charset=" + decoded.get().charset().name();
        return Optional.of(new Extraction(text, type, title, Optional.empty(), headings, false, List.copyOf(warnings)));
    }

    private String truncated() {
        return "文字太长，只收录了前 " + settings.limits().maxChars() + " 字";
    }

    private record PageSplice(String text, int ocrChars) {
    }

    /**
     * OCRs the pages Tika's own AUTO strategy would (a page with at most 10 characters, or more than 10 it cannot map
     * to Unicode: {@link ScannedPages#needOcr}) and puts each page's text at that page's end, where Tika puts it.
     * A page that fails becomes a warning naming it; the other pages are kept.
     */
    private PageSplice ocrScannedPages(Path file, ParagraphHandler handler, Metadata metadata, List<String> warnings)
            throws ReadFailure {
        List<Integer> ends = handler.pageEnds();
        List<Integer> pages = ScannedPages.needOcr(metadata).stream().filter(p -> p <= ends.size()).toList();
        String text = handler.text();
        if (pages.isEmpty()) {
            return new PageSplice(text, 0);
        }
        List<ScannedPages.Page> read;
        try {
            read = scans.read(file, pages, settings.limits().maxTime());
        } catch (IOException e) {
            LOG.warn("OCR of {} failed: {}", file, e.toString());
            warnings.add("扫描页未能识别（OCR 出错），文字可能不完整");
            return new PageSplice(text, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadFailure("读取被中断", "interrupted during OCR of " + file);
        }
        StringBuilder out = new StringBuilder(text.length() + 2000 * read.size());
        int from = 0;
        int ocrChars = 0;
        for (ScannedPages.Page page : read) {
            int end = ends.get(page.number() - 1);
            out.append(text, from, end);
            from = end;
            if (page instanceof ScannedPages.Page.Read r && !r.text().isBlank()) {
                out.append(r.text().strip()).append('\n');
                ocrChars += (int) r.text().chars().filter(c -> !Character.isWhitespace(c)).count();
            } else if (page instanceof ScannedPages.Page.Failed f) {
                LOG.warn("OCR of {} page {} failed: {}", file, f.number(), f.reason());
                warnings.add("第 " + f.number() + " 页未能识别（OCR）：" + f.reason());
            }
        }
        out.append(text, from, text.length());
        return new PageSplice(out.toString(), ocrChars);
    }

    /**
     * For a PDF read by us: Tika extracts its text layer without OCR, and its attachments are read as everywhere
     * else (an attached scanned PDF is OCR'd by Tika, one page after another).
     */
    private ParseContext pdfContext() {
        ParseContext context = context();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractBookmarksText(false);
        context.set(PDFParserConfig.class, pdf);
        context.set(org.apache.tika.extractor.EmbeddedDocumentExtractor.class, new EmbeddedTextOnly(context()));
        return context;
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setLanguage("chi_sim+eng");
        tesseract.setSkipOcr(!ocr);
        tesseract.setTimeoutSeconds((int) Math.max(1, settings.limits().maxTime().toSeconds()));
        context.set(TesseractOCRConfig.class, tesseract);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractBookmarksText(false);
        context.set(PDFParserConfig.class, pdf);
        context.set(org.apache.tika.parser.Parser.class, parser);
        context.set(org.apache.tika.extractor.EmbeddedDocumentExtractor.class, new EmbeddedTextOnly(context));
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(false);
        office.setUseSAXDocxExtractor(true); // streams document.xml: the same words as the DOM extractor, a third less time
        office.setUseSAXPptxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    private static TextCleaner.Source source(String contentType) {
        if (contentType.startsWith("application/pdf")) {
            return TextCleaner.Source.PDF;
        }
        if (contentType.contains("spreadsheet") || contentType.contains("excel") || contentType.contains("ms-et")) {
            return TextCleaner.Source.SPREADSHEET;
        }
        return contentType.startsWith("text/html") ? TextCleaner.Source.HTML : TextCleaner.Source.OTHER;
    }

    private static Optional<LocalDate> created(Metadata metadata) {
        String value = metadata.get(TikaCoreProperties.CREATED);
        if (value == null) {
            return Optional.empty();
        }
        try {
            LocalDate date = value.length() > 10 ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value);
            return DateParser.plausible(date) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty(); // an unparseable metadata date is no date: the text decides
        }
    }
}
