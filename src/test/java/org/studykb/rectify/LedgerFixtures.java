package org.studykb.rectify;

import java.io.IOException;
import java.nio.file.Path;

import org.studykb.index.IndexAnalyzers;

/** The rectification fixture index, for tests of other packages (the web pages). */
public final class LedgerFixtures {
    private LedgerFixtures() {
    }

    /** Copies the fixture corpus under {@code dir}, indexes it and returns the data folder. */
    public static Path indexed(Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        Path data = dir.resolve("data");
        FixtureCorpus.copyTo(corpus);
        FixtureCorpus.index(corpus, data);
        return data;
    }

    public static IndexAnalyzers analyzers() {
        return FixtureCorpus.ANALYZERS;
    }
}
