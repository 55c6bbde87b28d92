package org.studykb.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes plain-text and HTML bytes ourselves, before Tika: a BOM wins, then valid UTF-8 (strict), then GB18030.
 * Generic detectors guess wrong on short Chinese text, so we do not let them guess.
 */
final class TextDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    /** Text and the charset it was read with. */
    record Decoded(String text, Charset charset) {
    }

    private TextDecoder() {
    }

    /** Decodes a text file: BOM, else strict UTF-8, else strict GB18030; empty when none of them fits. */
    static Optional<Decoded> decode(byte[] bytes) {
        Optional<Decoded> bom = withBom(bytes);
        if (bom.isPresent()) {
            return bom;
        }
        return strict(bytes, 0, StandardCharsets.UTF_8).or(() -> strict(bytes, 0, GB18030));
    }

    /** Decodes a web page: a declared charset is trusted only when the bytes decode cleanly in it. */
    static Optional<Decoded> decodeHtml(byte[] bytes) {
        Optional<Decoded> bom = withBom(bytes);
        if (bom.isPresent()) {
            return bom;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Optional<Decoded> declared = declared(m.group(1)).flatMap(cs -> strict(bytes, 0, cs));
            if (declared.isPresent()) {
                return declared;
            }
        }
        return decode(bytes);
    }

    /** True when decoded text is really binary: NULs, or more than 1% control characters. */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls > Math.max(2, text.length() / 100);
    }

    private static Optional<Charset> declared(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("cp936") || n.equals("gb18030")) {
            return Optional.of(GB18030); // the superset: pages declared gb2312 routinely contain GBK characters
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    private static Optional<Decoded> withBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x84 && (b[1] & 0xFF) == 0x31 && (b[2] & 0xFF) == 0x95
                && (b[3] & 0xFF) == 0x33) {
            return strict(b, 4, GB18030);
        }
        return Optional.empty();
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return Optional.of(new Decoded(text, charset));
        } catch (CharacterCodingException e) {
            return Optional.empty(); // not this charset: the caller tries the next one
        }
    }
}
