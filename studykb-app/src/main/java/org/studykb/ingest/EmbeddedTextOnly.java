package org.studykb.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;

/**
 * Reads documents embedded in a file (an attachment, a spreadsheet in a report) but not embedded pictures:
 * thumbnails, logos, seals and photos only add OCR noise to the text. File names are not written into the text.
 */
final class EmbeddedTextOnly extends ParsingEmbeddedDocumentExtractor {

    private static final Pattern PICTURE = Pattern.compile(
            ".*(thumbnail.*|\\.(png|jpe?g|gif|bmp|tiff?|wmf|emf|svg|webp|pict?))", Pattern.CASE_INSENSITIVE);

    EmbeddedTextOnly(ParseContext context) {
        super(context);
        setWriteFileNameToContent(false);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        String name = String.valueOf(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY)).toLowerCase(Locale.ROOT);
        String type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE));
        return !PICTURE.matcher(name).matches() && !type.startsWith("image/") && super.shouldParseEmbedded(metadata);
    }
}
