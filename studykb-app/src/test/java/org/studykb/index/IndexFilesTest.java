package org.studykb.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.index.ManualValues.Manual;
import org.studykb.ingest.IngestPipeline;
import org.studykb.ingest.IngestResult;
import org.studykb.ingest.TestFiles;

/** Edits of manual values map a document's records again from the index, the same as an index run writes them. */
class IndexFilesTest {
    static final Path CONFIG = Path.of("indexer");
    static final String NOTICE = "学习调研/关于开展学习实践活动的通知.txt";
    static final String SCAN = "分析检查/扫描件.pdf";
    static final Instant WHEN = Instant.parse("2026-12-01T08:30:00Z");
    static IndexAnalyzers analyzers;
    static IngestPipeline pipeline;

    @TempDir
    Path corpus;
    @TempDir
    Path data;
    @TempDir
    Path fresh;

    @BeforeAll
    static void load() {
        analyzers = IndexAnalyzers.load(CONFIG);
        pipeline = IngestPipeline.load(CONFIG);
    }

    private void write(String name, String text) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void notice() throws IOException {
        write(NOTICE, "中共某县委员会文件\n\n县委发〔2009〕5号\n\n关于开展深入学习实践科学发展观活动的通知\n\n"
                + "各乡镇党委，县直各单位：\n\n根据中央部署，县委决定开展深入学习实践科学发展观活动。\n\n"
                + "一、指导思想\n坚持以人为本，解决突出问题。\n\n二、方法步骤\n学习调研、分析检查、整改落实。\n\n"
                + "中共某县委员会\n2009年3月5日\n");
    }

    private IndexReport index(Path into, Overrides manual) throws IOException {
        return new IndexCorpus(pipeline, 2, manual).run(corpus, into, analyzers, IndexProgress.NONE);
    }

    private static Overrides manual(String id, Manual... values) {
        return Overrides.of(Map.of(id, new ManualValues(List.of(values))));
    }

    private static Manual set(String field, String value) {
        return new Manual(field, value, "编辑甲", WHEN);
    }

    @Test
    void editGivesTheRecordsAFreshIndexRunWouldWrite() throws IOException {
        notice();
        write("整改落实/整改方案.txt", "整改方案\n\n建立班子成员基层联系点制度，每季度蹲点不少于3天。");
        assertThat(index(data, Overrides.NONE).failures()).isEmpty();
        Overrides edited = manual(NOTICE, set(Fields.TYPE, "实施方案"), set(Fields.PHASE, "分析检查"),
                set(Fields.CAMPAIGN, "深入学习实践科学发展观活动"), set(Fields.TAG, "动员"), set(Fields.TAG, "部署"),
                set(Fields.ACCESS, "LEADER,ADMIN"));
        IngestResult result = new IndexFiles(pipeline, analyzers, data).reindex(NOTICE, edited);
        assertThat(result).isInstanceOf(IngestResult.Ingested.class);
        index(fresh, edited);

        Map<String, Map<String, List<String>>> afterEdit = IndexRecords.of(data, NOTICE);
        assertThat(afterEdit).containsKey("doc").hasSizeGreaterThan(3);
        assertThat(afterEdit.get("doc")).containsKeys("date stored", "date_day point", "unit stored",
                "docno stored", "title_why stored", "$facet_phase dv", "body postings");
        assertThat(afterEdit.get("doc").get("phase stored")).containsExactly("分析检查");
        assertThat(afterEdit.get("passage 1").get("phase postings")).containsExactly("分析检查 x1");
        assertThat(afterEdit).isEqualTo(IndexRecords.of(fresh, NOTICE));
    }

    @Test
    void clearingManualValuesBringsBackTheInferredOnes() throws IOException {
        notice();
        index(data, manual(NOTICE, set(Fields.TYPE, "实施方案"), set(Fields.PHASE, "整改落实"),
                set(Fields.ACCESS, "LEADER,ADMIN")));
        new IndexFiles(pipeline, analyzers, data).reindex(NOTICE, Overrides.NONE);
        index(fresh, Overrides.NONE);
        assertThat(IndexRecords.of(data, NOTICE)).isEqualTo(IndexRecords.of(fresh, NOTICE));
        assertThat(IndexRecords.of(data, NOTICE).get("doc")).doesNotContainKey("access stored");
    }

    @Test
    void anEditAppliesTheFolderRulesOfAccessYmlAsTheyAreNow(@TempDir Path config) throws IOException {
        try (var files = Files.list(CONFIG)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, config.resolve(f.getFileName().toString()));
            }
        }
        String feedback = "督导组/反馈.txt";
        write(feedback, "巡视反馈意见\n\n小金库问题在个别单位仍然存在。\n");
        Files.writeString(config.resolve("access.yml"), "rules:\n  - path: \"督导组/**\"\n    roles: [WRITER]\n",
                StandardCharsets.UTF_8);
        IngestPipeline ruled = IngestPipeline.load(config);
        new IndexCorpus(ruled, 2, Overrides.NONE).run(corpus, data, analyzers, IndexProgress.NONE);
        Overrides tagged = manual(feedback, set(Fields.TAG, "巡视"));

        new IndexFiles(ruled, analyzers, data).reindex(feedback, tagged);
        new IndexCorpus(ruled, 2, tagged).run(corpus, fresh, analyzers, IndexProgress.NONE);
        assertThat(IndexRecords.of(data, feedback).get("doc").get("access stored")).containsExactly("WRITER", "ADMIN");
        assertThat(IndexRecords.of(data, feedback)).isEqualTo(IndexRecords.of(fresh, feedback));

        Files.writeString(config.resolve("access.yml"), "rules: []\n", StandardCharsets.UTF_8);
        IngestPipeline unruled = IngestPipeline.load(config);
        new IndexFiles(unruled, analyzers, data).reindex(feedback, Overrides.NONE);
        assertThat(IndexRecords.of(data, feedback).get("doc")).doesNotContainKey("access stored");
    }

    @Test
    void editOfAScannedPdfNeedsNeitherTheFileNorOcr() throws IOException {
        assumeTrue(pipeline.ocrEnabled(), "tesseract with chi_sim is not installed");
        Files.createDirectories(corpus.resolve("分析检查"));
        Path scan = TestFiles.scannedPdf(corpus.resolve(SCAN),
                List.of("关于开展群众满意度测评的通知", "局机关各科室：", "为检验学习实践活动成效，决定开展测评。"));
        index(data, Overrides.NONE);
        Map<String, Map<String, List<String>>> before = IndexRecords.of(data, SCAN);
        assertThat(before.get("doc").get("ocr stored")).containsExactly("true");
        Files.delete(scan);

        Overrides edited = manual(SCAN, set(Fields.PHASE, "整改落实"));
        long readsBefore = pipeline.filesRead();
        IngestResult result = new IndexFiles(pipeline, analyzers, data).reindex(SCAN, edited);
        assertThat(pipeline.filesRead()).as("no Tika, no OCR").isEqualTo(readsBefore);

        assertThat(result).as("the deleted file was not read").isInstanceOf(IngestResult.Ingested.class);
        Map<String, Map<String, List<String>>> after = IndexRecords.of(data, SCAN);
        assertThat(after.get("doc").get("body stored")).isEqualTo(before.get("doc").get("body stored"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        try (FSDirectory dir = FSDirectory.open(CorpusIndex.indexDir(data));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.PHASE, "整改落实")), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ID, SCAN)), BooleanClause.Occur.FILTER).build();
            assertThat(searcher.count(query)).as("the document and its passages").isEqualTo(before.size());
        }
    }

    @Test
    void recordOfAnOlderLayoutIsReadFromTheFileAgain() throws IOException {
        notice();
        index(data, Overrides.NONE);
        try (CorpusIndex index = CorpusIndex.open(data, analyzers)) {
            assertThat(index.stored(NOTICE).orElseThrow().document().text()).contains("以人为本");
        }
        try (FSDirectory dir = FSDirectory.open(CorpusIndex.indexDir(data));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzers.indexing()))) {
            Document old = new Document();
            old.add(new StringField(Fields.KIND, Fields.KIND_DOC, Field.Store.YES));
            old.add(new StringField(Fields.ID, NOTICE, Field.Store.YES));
            old.add(new StoredField(Fields.BODY, "旧的正文"));
            old.add(new Field(Fields.BODY, "旧的正文", DocumentMapper.INDEXED_WITH_OFFSETS));
            writer.updateDocuments(new Term(Fields.ID, NOTICE), List.of(old));
        }
        try (CorpusIndex index = CorpusIndex.open(data, analyzers)) {
            assertThat(index.stored(NOTICE)).as("no layout field: written before records held everything").isEmpty();
        }

        IngestResult result = new IndexFiles(pipeline, analyzers, data).reindex(NOTICE,
                manual(NOTICE, set(Fields.PHASE, "整改落实")));

        assertThat(result).isInstanceOf(IngestResult.Ingested.class);
        Map<String, List<String>> doc = IndexRecords.of(data, NOTICE).get("doc");
        assertThat(doc.get("body stored").get(0)).startsWith("中共某县委员会文件");
        assertThat(doc.get("phase stored")).containsExactly("整改落实");
        assertThat(doc.get("layout stored")).containsExactly("#" + Fields.LAYOUT_REBUILDABLE);
    }
}
