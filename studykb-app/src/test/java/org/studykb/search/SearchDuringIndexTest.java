package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.index.IndexReport;
import org.studykb.ingest.IngestPipeline;

/**
 * Searches keep answering while an index run adds files and commits along the way: no error, totals never
 * go down, and every document a searcher sees comes with its passages (never half of a document).
 */
class SearchDuringIndexTest {
    static final int BEFORE = 150;
    static final int AFTER = 550;

    @TempDir
    Path corpus;
    @TempDir
    Path data;

    private void write(int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            Files.writeString(corpus.resolve(String.format("材料%04d.txt", i)), "学习材料第" + i + "号\n\n"
                    + "一、深入学习实践科学发展观，整改落实到位。\n\n二、建立联系点制度，编号" + i + "。\n\n"
                    + "三、" + "转变作风，服务群众。".repeat(40) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** One searcher's view: total of a term every file has, and whether each hit on the page had passages. */
    private record View(long total, boolean wholeDocuments) {
    }

    private static View look(SearchService search, boolean waitForRefresh) throws IOException {
        if (waitForRefresh) {
            search.refreshNow();
        } else {
            search.refresh();
        }
        SearchResponse r = search.search(new SearchRequest("整改落实", SearchRequest.Sort.RELEVANCE, 0, 20));
        boolean whole = r.hits().stream().allMatch(h -> !h.passages().isEmpty() && h.title() != null);
        return new View(r.total(), whole);
    }

    @Test
    void searchesDuringAnIndexRunSeeOnlyWholeCommitsAndNeverFewerDocuments() throws Exception {
        Path config = Path.of("indexer");
        IndexAnalyzers analyzers = IndexAnalyzers.load(config);
        IngestPipeline pipeline = IngestPipeline.load(config);
        write(0, BEFORE);
        assertThat(new IndexCorpus(pipeline, 1).run(corpus, data, analyzers, IndexProgress.NONE).documents())
                .isEqualTo(BEFORE);
        write(BEFORE, AFTER);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (SearchService search = SearchService.open(data, analyzers)) {
            AtomicBoolean indexing = new AtomicBoolean(true);
            List<Future<List<View>>> searchers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                searchers.add(pool.submit(() -> {
                    List<View> seen = new ArrayList<>();
                    while (indexing.get()) {
                        seen.add(look(search, false));
                    }
                    // refresh() returns at once while another thread refreshes: the last look waits for it
                    seen.add(look(search, true));
                    return seen;
                }));
            }
            IndexReport report;
            try {
                report = new IndexCorpus(pipeline, 1).committingEvery(java.time.Duration.ofMillis(200))
                        .run(corpus, data, analyzers, IndexProgress.NONE);
            } finally {
                indexing.set(false);
            }
            assertThat(report.documents()).isEqualTo(AFTER);
            long distinct = 0;
            for (Future<List<View>> f : searchers) {
                List<View> seen = f.get();
                assertThat(seen).hasSizeGreaterThan(1);
                assertThat(seen).allSatisfy(v -> {
                    assertThat(v.wholeDocuments()).isTrue();
                    assertThat(v.total()).isBetween((long) BEFORE, (long) AFTER);
                });
                for (int i = 1; i < seen.size(); i++) {
                    assertThat(seen.get(i).total()).as("totals never go down").isGreaterThanOrEqualTo(
                            seen.get(i - 1).total());
                }
                assertThat(seen.get(seen.size() - 1).total()).isEqualTo(AFTER);
                distinct = Math.max(distinct, seen.stream().mapToLong(View::total).distinct().count());
            }
            assertThat(distinct).as("searchers saw commits made during the run, not only the end").isGreaterThan(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
