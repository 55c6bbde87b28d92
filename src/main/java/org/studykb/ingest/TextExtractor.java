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

/**
 * Reads one file's text and metadata. The format is detected by content, never by name. Plain text and web pages
 * are decoded by {@link TextDecoder} first; everything else goes through Tika's {@link AutoDetectParser}, with
 * Tesseract OCR (chi_sim+eng) for images and scanned PDF pages when it is installed. Thread-safe.
 */
final class TextExtractor {

    static final String OCR_WARNING = "文字由OCR识别，可能有误";
    /** Extracted characters per file byte above which an archive is treated as a zip bomb. */
    private static final int BOMB_RATIO = 200;

    private final AutoDetectParser parser = new AutoDetectParser();
    private final JSoupParser html = new JSoupParser();
    private final IngestSettings settings;
    private final boolean ocr;

    TextExtractor(IngestSettings settings, boolean ocr) {
        this.settings = settings;
        this.ocr = ocr;
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
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, new BodyContentHandler(handler), metadata, context());
        } catch (Exception e) {
            if (!handler.truncated() && !WriteLimitReachedException.isWriteLimitReached(e)) {
                throw ReadFailure.of(e);
            }
        }
        if (handler.truncated()) {
            if (handler.text().length() > (long) BOMB_RATIO * size) {
                throw new ReadFailure(ReadFailure.ZIP_BOMB, "more than " + BOMB_RATIO + " characters per file byte");
            }
            warnings.add(truncated());
        }
        String contentType = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE)).orElse(base);
        boolean image = contentType.startsWith("image/");
        boolean fromOcr = handler.ocrChars() > 0 || (image && !handler.text().isBlank());
        String text = TextCleaner.clean(handler.text(), source(contentType), fromOcr, settings);
        if (text.isBlank()) {
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
