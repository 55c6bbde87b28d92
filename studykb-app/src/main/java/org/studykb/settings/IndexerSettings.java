package org.studykb.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.studykb.index.IndexAnalyzers;
import org.studykb.ingest.IngestPipeline;
import org.studykb.rectify.RectifyRules;

/**
 * The {@code indexer/} folder as one object, read once per process and handed to every part: the analyzers
 * (dictionary, synonyms, stopwords: analysis), the ingest pipeline (types, campaigns and phases, titles, units,
 * OCR, access by path, with their cross-checks) and the rectification rules. Each part is read at its first use,
 * then kept; every file goes through the one YAML reader ({@code config.ConfigFile}) or the one dictionary reader.
 * A changed folder means a new process (or a new object), as a changed dictionary means a new analyzer. Each part
 * has its own lock, so two parts can be read at once ({@link #readForIndexing()}).
 */
public final class IndexerSettings {
    private final Path folder;
    private final Part<IndexAnalyzers> analyzers = new Part<>(IndexAnalyzers::load);
    private final Part<IngestPipeline> pipeline = new Part<>(IngestPipeline::load);
    private final Part<RectifyRules> rectify = new Part<>(RectifyRules::load);

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

    public IndexAnalyzers analyzers() {
        return analyzers.of(folder);
    }

    public IngestPipeline pipeline() {
        return pipeline.of(folder);
    }

    public RectifyRules rectify() {
        return rectify.of(folder);
    }

    /**
     * Reads the analyzers and the ingest pipeline at once, the pipeline on a thread of its own: the first is mostly
     * HanLP's dictionaries and our synonyms, the second mostly Tika's parsers, and on a start of {@code index} the two
     * are most of the time before the first file is read. A fault in either is thrown as reading it alone throws it.
     */
    public void readForIndexing() {
        CompletableFuture<IngestPipeline> ingest = CompletableFuture.supplyAsync(this::pipeline, task -> {
            Thread reader = new Thread(task, "read-ingest-settings");
            reader.setDaemon(true);
            reader.start();
        });
        analyzers();
        try {
            ingest.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException fault) {
                throw fault;
            }
            if (e.getCause() instanceof Error fault) {
                throw fault;
            }
            throw e;
        }
    }

    /** One part of the folder, read at its first use under its own lock, then kept. */
    private static final class Part<T> {
        private final Function<Path, T> reader;
        private T value;

        Part(Function<Path, T> reader) {
            this.reader = reader;
        }

        synchronized T of(Path folder) {
            if (value == null) {
                value = reader.apply(folder);
            }
            return value;
        }
    }
}
