package org.studykb.rectify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.studykb.store.DataFolder;

/**
 * Ids of problems, measures and outcomes that survive re-indexing and say nothing about what they stand for:
 * HMAC-SHA256 of the text (without spaces and punctuation) and the document path, keyed with the data folder's
 * secret {@code secret/problem-id.key}, 16 hex digits. The ids before were an unkeyed SHA-256 of the same
 * (12 hex digits), which anyone could recompute to confirm a guess about a hidden document; each instance
 * remembers which former id each id it gave replaces, so stored decisions can be moved over
 * ({@link DecisionStore#renameFormerIds}).
 */
final class StableId {
    static final String KEY_FILE = "problem-id.key";
    static final int LENGTH = 16;
    static final int FORMER_LENGTH = 12;

    private final SecretKeySpec key;
    private final Map<String, String> former = new ConcurrentHashMap<>();

    private StableId(SecretKeySpec key) {
        this.key = key;
    }

    /** The ids of a data folder, with its key (created at the first call). */
    static StableId of(Path data) {
        try {
            return new StableId(new SecretKeySpec(DataFolder.secret(data, KEY_FILE).getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或创建问题编号的密钥 " + DataFolder.secretFile(data, KEY_FILE)
                    + "：" + e.getMessage(), e);
        }
    }

    /** Ids under a key of this process alone (evaluation of documents outside any data folder, tests). */
    static StableId ephemeral() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new StableId(new SecretKeySpec(bytes, "HmacSHA256"));
    }

    /** The same key with nothing remembered yet, for one build of the ledger. */
    StableId fresh() {
        return new StableId(key);
    }

    String of(String path, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(normalise(text).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(path.getBytes(StandardCharsets.UTF_8));
            String id = HexFormat.of().formatHex(mac.doFinal(), 0, LENGTH / 2);
            former.put(unkeyed(path, text), id);
            return id;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Former id → id, for every id given so far. */
    Map<String, String> former() {
        return Map.copyOf(former);
    }

    /** The id the same text and path had before ids were keyed. */
    static String unkeyed(String path, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(normalise(text).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, FORMER_LENGTH / 2);
        } catch (GeneralSecurityException e) {
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
