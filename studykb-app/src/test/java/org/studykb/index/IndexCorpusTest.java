package org.studykb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.ingest.IngestPipeline;

class IndexCorpusTest {
    static final Path CONFIG = Path.of("indexer");
    static IndexAnalyzers analyzers;
    static IngestPipeline pipeline;

    @TempDir
    Path corpus;
    @TempDir
    Path data;

    @BeforeAll
    static void load() {
        analyzers = IndexAnalyzers.load(CONFIG);
        pipeline = IngestPipeline.load(CONFIG);
    }

    private IndexReport index() throws IOException {
        return new IndexCorpus(pipeline, 2).run(corpus, data, analyzers, IndexProgress.NONE);
    }

    private Path write(String name, String text) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void threeDocuments() throws IOException {
        write("学习调研/党课讲稿.txt", "讲一天党课\n\n深入学习实践科学发展观，坚持以人为本。\n\n一、提高认识\n二、转变作风");
        write("分析检查/意见汇总.txt", "意见建议汇总\n\n1. 领导干部下基层调研少，有时走马观花。\n2. 会议多、文件多。");
        write("整改落实/整改方案 第2稿.txt", "整改方案\n\n建立班子成员基层联系点制度，每季度蹲点不少于3天。");
    }

    @Test
    void indexesEveryFileWithItsPassages() throws IOException {
        threeDocuments();
        IndexReport report = index();
        assertThat(report.files()).isEqualTo(3);
        assertThat(report.added()).isEqualTo(3);
        assertThat(report.failures()).isEmpty();
        assertThat(report.exitCode()).isZero();
        assertThat(report.documents()).isEqualTo(3);
        assertThat(report.passages()).isGreaterThanOrEqualTo(3);
        assertThat(IndexStats.read(data).documents()).isEqualTo(3);
    }

    /** The run through {@link IndexBackend} (as into SolrCloud), here on the embedded index as a backend. */
    private IndexReport indexThroughTheBackend() throws IOException {
        LuceneIndex.createIfAbsent(data, analyzers);
        try (LuceneIndex backend = LuceneIndex.open(data)) {
            return new IndexCorpus(pipeline, 2).run(corpus, data, backend, analyzers, IndexProgress.NONE);
        }
    }

    @Test
    void aRunThroughTheBackendInterfaceIndexesAndComparesAsTheEmbeddedRun() throws IOException {
        threeDocuments();
        write("分析检查/空白.txt", "");
        IndexReport first = indexThroughTheBackend();
        assertThat(first.added()).isEqualTo(3);
        assertThat(first.documents()).isEqualTo(3);
        assertThat(first.failures()).hasSize(1);
        assertThat(first).usingRecursiveComparison().comparingOnlyFields("passages", "byType", "byPhase", "byCampaign")
                .isEqualTo(new IndexCorpus(pipeline, 2).run(corpus, data, analyzers, IndexProgress.NONE));
        try (LuceneIndex backend = LuceneIndex.open(data);
             CorpusIndex writer = CorpusIndex.open(data, analyzers)) {
            // what the backend tells of the files is what the writer's last commit holds
            Map<String, IndexedFile> files = backend.indexedFiles();
            assertThat(files).isEqualTo(writer.indexedFiles());
            assertThat(files).hasSize(4);
            assertThat(files.get("学习调研/党课讲稿.txt").failed()).isFalse();
            assertThat(files.get("分析检查/空白.txt").failed()).isTrue();
            assertThat(backend.stats()).isEqualTo(IndexStats.read(data));
        }
        Files.delete(corpus.resolve("分析检查/意见汇总.txt"));
        write("整改落实/整改方案 第2稿.txt", "整改方案\n\n建立班子成员基层联系点制度，每月蹲点不少于5天。");
        IndexReport again = indexThroughTheBackend();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.deleted()).isEqualTo(1);
        assertThat(again.documents()).isEqualTo(2);
    }

    @Test
    void aStoredDateReadsBackAtItsPrecision() {
        assertThat(IndexCorpus.dateOf("")).isEmpty();
        assertThat(IndexCorpus.dateOf("2008").orElseThrow().iso()).isEqualTo("2008");
        assertThat(IndexCorpus.dateOf("2008-11").orElseThrow().iso()).isEqualTo("2008-11");
        assertThat(IndexCorpus.dateOf("2008-11-20").orElseThrow().iso()).isEqualTo("2008-11-20");
        assertThat(IndexCorpus.dateOf("2008-11").orElseThrow().value()).isEqualTo(java.time.LocalDate.of(2008, 11, 1));
    }

    @Test
    void secondRunOverUnchangedFolderReadsNothing() throws IOException {
        threeDocuments();
        index();
        IndexReport again = index();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.added() + again.updated() + again.deleted()).isZero();
        assertThat(again.documents()).isEqualTo(3);
    }

    @Test
    void touchedButUnchangedFileIsRecognisedByItsHash() throws IOException {
        threeDocuments();
        index();
        Path f = corpus.resolve("学习调研/党课讲稿.txt");
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 60_000));
        IndexReport again = index();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.updated()).isZero();
    }

    @Test
    void changedFilesAreReindexedAndDeletedOnesDisappear() throws IOException {
        threeDocuments();
        index();
        write("学习调研/党课讲稿.txt", "讲一天党课（修改稿）\n\n牢固树立宗旨意识，全心全意为人民服务。");
        Files.delete(corpus.resolve("分析检查/意见汇总.txt"));
        write("整改落实/建章立制.txt", "机关节能管理规定\n\n第一条 为建设节约型机关，制定本规定。");
        IndexReport again = index();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.deleted()).isEqualTo(1);
        assertThat(again.added()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.documents()).isEqualTo(3);
    }

    @Test
    void badFilesAreReportedByNameAndReasonWhileOthersAreIndexed() throws IOException {
        threeDocuments();
        write("空文件.txt", "");
        Files.write(corpus.resolve("损坏的文件.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 1, 2, 3});
        IndexReport report = index();
        assertThat(report.documents()).isEqualTo(3);
        assertThat(report.failures()).extracting(IndexReport.Problem::path)
                .containsExactly("损坏的文件.docx", "空文件.txt");
        assertThat(report.failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
        assertThat(report.exitCode()).isEqualTo(3);
        IndexReport again = index();
        assertThat(again.failures()).as("an unchanged bad file is still reported").hasSize(2);
        assertThat(again.exitCode()).isEqualTo(3);
    }

    @Test
    void symlinkLoopIsReportedAndHiddenAndLockFilesSkipped() throws IOException {
        threeDocuments();
        Files.createSymbolicLink(corpus.resolve("学习调研/回到上级"), corpus);
        write(".DS_Store", "junk");
        write("整改落实/~$整改方案.docx", "lock");
        IndexReport report = index();
        assertThat(report.documents()).isEqualTo(3);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("学习调研/回到上级");
            assertThat(f.reason()).contains("循环");
        });
        assertThat(report.skipped()).extracting(IndexReport.Problem::path)
                .containsExactlyInAnyOrder(".DS_Store", "整改落实/~$整改方案.docx");
    }

    @Test
    void aChangedDictionaryReanalysesEveryDocumentOnTheNextRun(@TempDir Path config) throws IOException {
        threeDocuments();
        index();
        for (String name : new String[] {"dictionary.txt", "synonyms.txt"}) {
            Files.copy(CONFIG.resolve(name), config.resolve(name));
        }
        Files.writeString(config.resolve("dictionary.txt"), "\n蹲点调研\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        IndexAnalyzers changed = IndexAnalyzers.load(config);
        assertThat(changed.version()).isNotEqualTo(analyzers.version());
        IndexReport again = new IndexCorpus(pipeline, 2).run(corpus, data, changed, IndexProgress.NONE);
        assertThat(again.updated()).isEqualTo(3);
        assertThat(again.unchanged()).isZero();
        IndexReport third = new IndexCorpus(pipeline, 2).run(corpus, data, changed, IndexProgress.NONE);
        assertThat(third.unchanged()).isEqualTo(3);
    }

    @Test
    void idsArePathsRelativeToTheCorpusWithSlashes() throws IOException {
        threeDocuments();
        index();
        try (CorpusIndex index = CorpusIndex.open(data, analyzers)) {
            assertThat(index.indexedFiles().keySet()).containsExactlyInAnyOrder(
                    "学习调研/党课讲稿.txt", "分析检查/意见汇总.txt", "整改落实/整改方案 第2稿.txt");
        }
    }

    @Test
    void changedManualValuesAreMappedFromTheIndexWithoutReadingTheFile(@TempDir Path fresh) throws IOException {
        threeDocuments();
        index();
        String id = "学习调研/党课讲稿.txt";
        Instant when = Instant.parse("2026-12-01T08:30:00Z");
        Overrides edited = Overrides.of(Map.of(id, new ManualValues(List.of(
                new ManualValues.Manual(Fields.PHASE, "整改落实", "编辑甲", when),
                new ManualValues.Manual(Fields.ACCESS, "LEADER", "编辑甲", when)))));
        long readsBefore = pipeline.filesRead();

        IndexReport run = new IndexCorpus(pipeline, 2, edited).run(corpus, data, analyzers, IndexProgress.NONE);

        assertThat(run.updated()).isEqualTo(1);
        assertThat(run.unchanged()).isEqualTo(2);
        assertThat(pipeline.filesRead()).as("no file read: Tika (and OCR) not run").isEqualTo(readsBefore);
        new IndexCorpus(pipeline, 2, edited).run(corpus, fresh, analyzers, IndexProgress.NONE);
        assertThat(IndexRecords.of(data, id)).isEqualTo(IndexRecords.of(fresh, id));
        assertThat(IndexRecords.of(data, id).get("doc").get("phase stored")).containsExactly("整改落实");
    }

    @Test
    void aLedgerThatWritesNoYearIsDatedFromItsFolder() throws IOException {
        String ledger = "整改落实/整改进展情况表（截至1月23日）.txt";
        write(ledger, "整改进展情况表（截至1月23日）\n问题\t时限\t进展情况\n调研少\t1月底前\t制度已于1月16日印发\n");
        write("整改落实/整改方案.txt", "领导班子整改落实方案\n\n建立联系点制度。\n\n中共滨河区建设工务局党组\n2008年12月28日");
        write("整改落实/整改报告.txt", "整改落实情况报告\n\n一、整改情况\n联系点制度已印发。\n\n2009年2月20日");
        write("学习调研/讲话.txt", "动员讲话\n\n深入学习实践科学发展观。\n\n2008年9月22日");
        index();
        try (CorpusIndex index = CorpusIndex.open(data, analyzers)) {
            var doc = index.stored(ledger).orElseThrow().document();
            assertThat(doc.date().value().orElseThrow().iso()).as("1月23日, the year of the folder's documents")
                    .isEqualTo("2009-01-23");
            assertThat(doc.date().provenance().describe()).isEqualTo("as-of 「1月23日 → 2009-01-23」");
            assertThat(doc.campaign().value()).contains("深入学习实践科学发展观活动");
        }
        Files.delete(corpus.resolve("整改落实/整改方案.txt"));
        write(ledger, "整改进展情况表（截至1月24日）\n问题\t时限\t进展情况\n调研少\t1月底前\t制度已于1月16日印发\n");
        index();
        try (CorpusIndex index = CorpusIndex.open(data, analyzers)) {
            assertThat(index.stored(ledger).orElseThrow().document().date().value().orElseThrow().iso())
                    .as("read again alone: the folder's other documents come from the index").isEqualTo("2009-01-24");
        }
    }
}
