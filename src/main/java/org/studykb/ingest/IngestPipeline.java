package org.studykb.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.apache.tika.Tika;

/** Placeholder until the ingest branch lands: plain Tika text, no inference. */
public final class IngestPipeline {
    private final Tika tika = new Tika();

    private IngestPipeline() {
    }

    public static IngestPipeline load(Path configDir) {
        return new IngestPipeline();
    }

    public IngestResult ingest(Path corpusRoot, Path file) {
        String id = corpusRoot.relativize(file).toString().replace('\\', '/');
        try {
            byte[] bytes = Files.readAllBytes(file);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            String text;
            try (InputStream in = Files.newInputStream(file)) {
                text = tika.parseToString(in);
            }
            if (text.isBlank()) {
                return new IngestResult.Failed(new IngestFailure(id, "未提取到文字", ""));
            }
            String first = text.strip().lines().findFirst().orElse(id);
            Passage p = new Passage(0, 0, text.length(), "", text);
            return new IngestResult.Ingested(new IngestedDocument(id, hash, bytes.length, "", false, text,
                    Tagged.of(first, new Provenance("first-line", "", first)), Tagged.absent(), Tagged.absent(),
                    Tagged.absent(), Tagged.absent(), Tagged.absent(), Tagged.absent(), List.of(p), List.of()));
        } catch (Exception e) {
            return new IngestResult.Failed(new IngestFailure(id, "无法读取文件", e.toString()));
        }
    }
}
