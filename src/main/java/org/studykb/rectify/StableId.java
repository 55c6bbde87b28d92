package org.studykb.rectify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids that survive re-indexing: a hash of the text (without spaces and punctuation) and the document path. */
final class StableId {
    private StableId() {
    }

    static String of(String path, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(normalise(text).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(c -> c >= 0xFF10 && c <= 0xFF5A ? c - 0xFEE0 : c)
                .map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
