package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studykb.access.Viewer;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexBackend;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.index.IndexedDocument;
import org.studykb.index.IndexedDocuments;
import org.studykb.index.LuceneIndex;
import org.studykb.index.ManualValues;
import org.studykb.ingest.IngestPipeline;
import org.studykb.ingest.IngestResult;
import org.studykb.ingest.Passage;

/**
 * The index seen through its backend interfaces, over a real index of six small documents: every search hit keeps
 * its passages, whose offsets point at the passage's text in the stored document text; every document comes back
 * with its passages at one version; a write through the interface is seen after a commit and a refresh.
 */
class SearchBackendTest {
    @TempDir
    static Path corpus;
    @TempDir
    static Path data;
    static IndexAnalyzers analyzers;
    static IngestPipeline pipeline;
    static SearchBackend backend;

    @BeforeAll
    static void indexFixtures() throws IOException {
        write("意见建议汇总.txt", "意见建议汇总\n\n1. 领导干部下基层调研少，有时走马观花。\n\n"
                + "2. 会议多、文件多，会议时间长。\n\n3. 工程款拨付慢，拖欠施工企业进度款。");
        write("整改方案.txt", "领导班子整改落实方案\n\n一、建立班子成员基层联系点制度，每季度蹲点不少于3天。\n\n"
                + "二、精简会议文件，每周局务会控制在1次。\n\n三、工程款按合同节点拨付，不拖欠进度款。");
        write("心得体会.txt", "学习体会\n\n通过学习，我认识到以人为本是科学发展观的核心。\n\n作为党员要带头转变作风，"
                + "少开会、开短会，把时间用在基层。");
        write("脚本.txt", "含有标记的文档\n\n<script>alert('x')</script> 会议 & 落实\n\n<b>加粗</b> 整改");
        write("通知.txt", "关于开展五个一次活动的通知\n\n算一次账，办一次事，听一次意见，看一次点，问一次计。");
        write("总结.txt", "整改工作总结\n\n会议文件明显减少，局务会每周1次。\n\n进度款已全部拨付到位，"
                + "基层联系点制度坚持落实。");
        Path config = Path.of("indexer");
        analyzers = IndexAnalyzers.load(config);
        pipeline = IngestPipeline.load(config);
        new IndexCorpus(pipeline, 1).run(corpus, data, analyzers, IndexProgress.NONE);
        backend = SearchService.open(data, analyzers);
    }

    @AfterAll
    static void close() throws IOException {
        backend.close();
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"会议", "进度款", "基层联系点", "整改 落实", "科学发展观", "\"会议文件\"", "huiyi"})
    void everyHitKeepsItsPassagesAndTheirOffsetsPointIntoTheStoredText(String query) throws IOException {
        Map<String, IndexedDocument> docs = backend.documents().documents().stream()
                .collect(Collectors.toMap(IndexedDocument::id, Function.identity()));
        SearchResponse response = backend.search(SearchRequest.of(query, 10), Viewer.OPERATOR);
        assertThat(response.hits()).as(query).isNotEmpty();
        for (SearchHit hit : response.hits()) {
            assertThat(hit.passages()).as("%s: passages of %s", query, hit.id()).isNotEmpty();
            IndexedDocument doc = docs.get(hit.id());
            for (SearchHit.PassageHit p : hit.passages()) {
                String text = doc.body().substring(p.start(), p.end());
                Passage stored = doc.passages().get(p.ordinal());
                assertThat(stored.ordinal()).isEqualTo(p.ordinal());
                assertThat(text).as("%s: passage %d of %s", query, p.ordinal(), hit.id()).isEqualTo(stored.text());
                assertThat(text).contains(plain(p.snippet()));
                assertThat(p.snippet()).contains("<mark>");
            }
        }
    }

    /** A snippet without its marks and escapes: the characters of the passage it shows. */
    private static String plain(String html) {
        return html.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void theDocumentsComeBackWithTheirPassagesAndTheVersionTheyWereReadAt() throws IOException {
        IndexedDocuments read = backend.documents();
        assertThat(read.documents()).extracting(IndexedDocument::id).containsExactly("心得体会.txt", "总结.txt",
                "意见建议汇总.txt", "整改方案.txt", "脚本.txt", "通知.txt");
        assertThat(read.version()).isEqualTo(backend.version());
        assertThat(backend.documentCount()).isEqualTo(6);
        for (IndexedDocument d : read.documents()) {
            assertThat(d.passages()).as(d.id()).isNotEmpty().isEqualTo(backend.passages(d.id()));
            for (int i = 0; i < d.passages().size(); i++) {
                Passage p = d.passages().get(i);
                assertThat(p.ordinal()).isEqualTo(i);
                assertThat(d.body().substring(p.start(), p.end())).isEqualTo(p.text());
            }
            assertThat(d.internal()).isFalse();
        }
        assertThat(backend.passages("没有这个文件.txt")).isEmpty();
    }

    @Test
    void aDocumentWrittenThroughTheBackendIsFoundAfterCommitAndRefreshAndGoneAfterDelete(@TempDir Path other)
            throws IOException {
        Files.writeString(other.resolve("新文件.txt"), "新增文件\n\n巡察反馈问题清单已经印发。", StandardCharsets.UTF_8);
        Path copy = other.resolve("data");
        new IndexCorpus(pipeline, 1).run(corpus, copy, analyzers, IndexProgress.NONE);
        try (SearchBackend mine = SearchService.open(copy, analyzers)) {
            long before = mine.version();
            IngestResult read = pipeline.ingest(other, other.resolve("新文件.txt"));
            try (IndexBackend.Writer writer = mine.writer(analyzers)) {
                writer.put(((IngestResult.Ingested) read).document(), 10, 1, ManualValues.NONE);
                assertThat(mine.search(SearchRequest.of("巡察", 10)).hits()).as("not before the commit").isEmpty();
                writer.commit();
            }
            mine.refreshNow();
            assertThat(mine.version()).isGreaterThan(before);
            assertThat(mine.search(SearchRequest.of("巡察", 10)).hits()).extracting(SearchHit::id)
                    .containsExactly("新文件.txt");
            assertThat(mine.documentCount()).isEqualTo(7);
            try (IndexBackend.Writer writer = mine.writer(analyzers)) {
                writer.delete("新文件.txt");
                writer.commit();
            }
            mine.refreshNow();
            assertThat(mine.search(SearchRequest.of("巡察", 10)).hits()).isEmpty();
            assertThat(mine.passages("新文件.txt")).isEmpty();
        }
    }

    @Test
    void aDataFolderWithoutAnIndexIsNamedInTheError(@TempDir Path empty) throws IOException {
        assertThat(LuceneIndex.exists(empty)).isFalse();
        assertThatThrownBy(() -> LuceneIndex.open(empty)).isInstanceOf(IOException.class)
                .hasMessageContaining("没有找到索引").hasMessageContaining(empty.toString());
        LuceneIndex.createIfAbsent(empty, analyzers);
        try (IndexBackend index = LuceneIndex.open(empty)) {
            assertThat(index.documentCount()).isZero();
            assertThat(index.documents().documents()).isEmpty();
        }
    }

    @Test
    void anIndexHeldByAWriterIsInUse(@TempDir Path other) throws IOException {
        LuceneIndex.createIfAbsent(other, analyzers);
        LuceneIndex.ensureNotInUse(other);
        try (IndexBackend index = LuceneIndex.open(other); IndexBackend.Writer writer = index.writer(analyzers)) {
            assertThatThrownBy(() -> LuceneIndex.ensureNotInUse(other))
                    .isInstanceOf(LuceneIndex.IndexInUseException.class).hasMessageContaining("索引正被使用");
        }
    }
}
