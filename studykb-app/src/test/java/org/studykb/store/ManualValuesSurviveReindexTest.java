package org.studykb.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.studykb.index.CorpusIndex;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexFiles;
import org.studykb.index.IndexProgress;
import org.studykb.index.IndexReport;
import org.studykb.ingest.IngestPipeline;
import org.studykb.search.DocumentView;
import org.studykb.search.Documents;
import org.studykb.access.Viewer;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchService;

/**
 * What people set lives in the store and every index run applies it: an incremental run, a run of the
 * {@code index} command (which reads the store), a rebuild from nothing, and a single-file update.
 */
class ManualValuesSurviveReindexTest {
    static final Path CONFIG = Path.of("indexer");

    @TempDir
    Path corpus;
    @TempDir
    Path data;
    IndexAnalyzers analyzers;
    IngestPipeline pipeline;
    ManualValuesStore store;

    @BeforeEach
    void setUp() throws IOException {
        analyzers = IndexAnalyzers.load(CONFIG);
        pipeline = IngestPipeline.load(CONFIG);
        DataSource ds = StoreDatabase.openH2(data);
        store = new ManualValuesStore(ds, new AuditLog(ds));
        write("讲稿.txt", "讲一天党课\n\n深入学习实践科学发展观，坚持以人为本。\n");
        write("汇总.txt", "意见建议汇总\n\n领导干部下基层调研少，有时走马观花。\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
    }

    private IndexReport indexLikeTheCommand() throws IOException {
        return new IndexCorpus(pipeline, 2, store.snapshot()).run(corpus, data, analyzers, IndexProgress.NONE);
    }

    private long count(String query) throws IOException {
        try (SearchService search = SearchService.open(data, analyzers)) {
            return search.search(SearchRequest.of(query, 10)).total();
        }
    }

    private DocumentView doc(String id) throws IOException {
        try (SearchService search = SearchService.open(data, analyzers)) {
            return search.byId().get(id, Viewer.OPERATOR).orElseThrow();
        }
    }

    @Test
    void theIndexCommandAppliesTheSnapshotAndKeepsItOnEveryRun() throws IOException {
        store.set("讲稿.txt", new ManualEdit("党课讲稿", "学习调研", "学习实践活动", List.of("党课")), "张三");
        IndexReport first = indexLikeTheCommand();
        assertThat(first.byType()).containsEntry("党课讲稿", 1);
        assertThat(count("type:党课讲稿")).isEqualTo(1);
        assertThat(count("tag:党课 phase:学习调研")).isEqualTo(1);
        DocumentView v = doc("讲稿.txt");
        assertThat(v.values()).filteredOn(x -> x.field().equals("type")).singleElement()
                .satisfies(x -> {
                    assertThat(x.manual()).isTrue();
                    assertThat(x.why()).startsWith("manual").contains("张三");
                });
        IndexReport again = indexLikeTheCommand();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(count("type:党课讲稿")).isEqualTo(1);
    }

    @Test
    void aChangedManualValueReindexesAnUnchangedFile() throws IOException {
        indexLikeTheCommand();
        store.set("汇总.txt", new ManualEdit("党课讲稿", null, null, null), "张三");
        IndexReport run = indexLikeTheCommand();
        assertThat(run.updated()).isEqualTo(1);
        assertThat(run.unchanged()).isEqualTo(1);
        assertThat(count("type:党课讲稿 走马观花")).isEqualTo(1);
        store.set("汇总.txt", new ManualEdit("", null, null, null), "张三");
        indexLikeTheCommand();
        assertThat(count("type:党课讲稿 走马观花")).as("the inferred type is back").isZero();
    }

    @Test
    void aRebuildFromNothingKeepsEveryManualValue() throws IOException {
        store.set("讲稿.txt", new ManualEdit("党课讲稿", null, null, List.of("重点")), "张三");
        indexLikeTheCommand();
        deleteRecursively(CorpusIndex.indexDir(data));
        IndexReport rebuilt = new IndexCorpus(pipeline, 2, store).run(corpus, data, analyzers, IndexProgress.NONE);
        assertThat(rebuilt.added()).isEqualTo(2);
        assertThat(count("type:党课讲稿 tag:重点")).isEqualTo(1);
    }

    @Test
    void aSingleDocumentIsUpdatedAtOnceAndReconcileCatchesMissedEdits() throws IOException {
        indexLikeTheCommand();
        IndexFiles files = new IndexFiles(pipeline, analyzers, data);
        store.set("汇总.txt", new ManualEdit(null, "分析检查", null, null), "张三");
        files.reindex("汇总.txt", store);
        assertThat(count("phase:分析检查")).isEqualTo(1);
        store.set("讲稿.txt", ManualEdit.tags(List.of("漏掉的")), "张三");
        assertThat(files.reconcile(store)).containsExactly("讲稿.txt");
        assertThat(files.reconcile(store)).isEmpty();
        assertThat(count("tag:漏掉的")).isEqualTo(1);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
