package org.studykb.settings;

import java.nio.file.Files;
import java.nio.file.Path;

import org.studykb.index.IndexAnalyzers;
import org.studykb.ingest.IngestPipeline;
import org.studykb.rectify.RectifyRules;

/**
 * The {@code indexer/} folder as one object, read once per process and handed to every part: the analyzers
 * (dictionary, synonyms, stopwords: analysis), the ingest pipeline (types, campaigns and phases, titles, units,
 * OCR, access by path, with their cross-checks) and the rectification rules. Each part is read at its first use,
 * then kept; every file goes through the one YAML reader ({@code config.ConfigFile}) or the one dictionary reader.
 * A changed folder means a new process (or a new object), as a changed dictionary means a new analyzer.
 */
public final class IndexerSettings {
    private final Path folder;
    private IndexAnalyzers analyzers;
    private IngestPipeline pipeline;
    private RectifyRules rectify;

    private IndexerSettings(Path folder) {
        this.folder = folder;
    }

    /** The settings of this folder; refuses a folder that does not exist, naming it. */
    public static IndexerSettings of(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("配置目录不存在：" + folder + "（用 --config 指定 indexer 目录）");
        }
        return new IndexerSettings(folder);
    }

    public Path folder() {
        return folder;
    }

    public synchronized IndexAnalyzers analyzers() {
        if (analyzers == null) {
            analyzers = IndexAnalyzers.load(folder);
        }
        return analyzers;
    }

    public synchronized IngestPipeline pipeline() {
        if (pipeline == null) {
            pipeline = IngestPipeline.load(folder);
        }
        return pipeline;
    }

    public synchronized RectifyRules rectify() {
        if (rectify == null) {
            rectify = RectifyRules.load(folder);
        }
        return rectify;
    }
}
