package org.studykb.rectify;

import java.io.IOException;
import java.nio.file.Path;

import org.studykb.index.IndexAnalyzers;

/** The rectification fixture index, for tests of other packages (the web pages). */
public final class LedgerFixtures {
    private LedgerFixtures() {
    }

    /** The same indexed with the {@code indexer/} files of {@code config} (an access.yml that marks documents 内部). */
    public static Path indexed(Path dir, Path config) throws IOException {
        Path corpus = dir.resolve("corpus");
        Path data = dir.resolve("data");
        FixtureCorpus.copyTo(corpus);
        new org.studykb.index.IndexCorpus(org.studykb.ingest.IngestPipeline.load(config), 2).run(corpus, data,
                FixtureCorpus.ANALYZERS, org.studykb.index.IndexProgress.NONE);
        return data;
    }

    /** Copies the fixture corpus under {@code dir}, indexes it and returns the data folder. */
    public static Path indexed(Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        Path data = dir.resolve("data");
        FixtureCorpus.copyTo(corpus);
        FixtureCorpus.index(corpus, data);
        return data;
    }

    /**
     * The same with the ledger saved on 2009-02-10 and a 回头看 report of 2009-02-26 finding the 基层联系点 task, declared
     * done, not done ({@code src/test/resources/rectify/review}).
     */
    public static Path indexedWithReview(Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        Path data = dir.resolve("data");
        FixtureCorpus.copyTo(corpus);
        FixtureCorpus.writeLedger(corpus.resolve(FixtureCorpus.LEDGER), java.util.Optional.of(ReviewFindingTest.LEDGER_DAY));
        java.nio.file.Files.copy(Path.of("studykb-app/src/test/resources/rectify/review").resolve(ReviewFindingTest.REVIEW),
                corpus.resolve(ReviewFindingTest.REVIEW), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        FixtureCorpus.index(corpus, data);
        return data;
    }

    public static IndexAnalyzers analyzers() {
        return FixtureCorpus.ANALYZERS;
    }
}
