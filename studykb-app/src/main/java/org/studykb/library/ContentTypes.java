package org.studykb.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/** The type of an uploaded file, from its content alone (never its name), and whether we accept it. */
public final class ContentTypes {
    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final List<String> allowed;

    ContentTypes(List<String> allowed) {
        this.allowed = allowed.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    /** The media type Tika detects from the bytes, without parameters, e.g. {@code application/pdf}. */
    String detect(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString().toLowerCase(Locale.ROOT);
        }
    }

    boolean allowed(String type) {
        return allowed.contains(type);
    }

    /** The usual extension of a type, with the dot ({@code .docx}); {@code .bin} when unknown. */
    String extension(String type) {
        try {
            String ext = mimeTypes.forName(type).getExtension();
            return ext == null || ext.isEmpty() ? ".bin" : ext;
        } catch (MimeTypeException e) {
            return ".bin";
        }
    }

    /** The accepted types for people: 「Word、Excel、PDF …」. */
    public static String describe() {
        return "Word（doc、docx）、Excel（xls、xlsx）、PowerPoint（ppt、pptx）、PDF、网页（html）、纯文本（txt）、RTF、"
                + "OpenDocument（odt、ods）、图片（png、jpg、tif，需 OCR）";
    }
}
