package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studykb.index.CorpusIndex;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.ingest.IngestPipeline;
import org.studykb.ingest.IngestResult;
import org.studykb.ingest.IngestedDocument;

/**
 * The passages of a page and the snippets they give their documents, over a real index of five documents, and
 * over a copy of it without the passage doc values (an index written before they existed).
 */
class PagePassagesTest {
    @TempDir
    static Path corpus;
    @TempDir
    static Path data;
    @TempDir
    static Path oldData;
    static IndexAnalyzers analyzers;
    static SearchService search;
    static SearchService oldSearch;
    static final String SUGGESTIONS = "意见建议汇总\n\n1. 领导干部下基层调研少，有时走马观花。\n\n"
            + "2. 会议多、文件多，会议时间长。\n\n3. 工程款拨付慢，拖欠施工企业进度款。\n\n"
            + "4. 会议室预约难，小会议也要排队。\n\n5. 基层反映会议通知下发晚。";

    @BeforeAll
    static void indexFixtures() throws IOException {
        write("意见建议汇总.txt", SUGGESTIONS);
        write("整改方案.txt", "领导班子整改落实方案\n\n一、建立班子成员基层联系点制度，每季度蹲点不少于3天。\n\n"
                + "二、精简会议文件，每周局务会控制在1次。\n\n三、工程款按合同节点拨付，不拖欠进度款。");
        write("心得体会.txt", "学习体会\n\n通过学习，我认识到以人为本是科学发展观的核心。\n\n作为党员要带头转变作风。");
        write("脚本.txt", "含有标记的文档\n\n<script>alert('x')</script> 会议 & 落实\n\n<b>加粗</b> 整改");
        write("通知.txt", "关于开展五个一次活动的通知\n\n算一次账，办一次事，听一次意见，看一次点，问一次计。");
        Path config = Path.of("indexer");
        analyzers = IndexAnalyzers.load(config);
        new IndexCorpus(IngestPipeline.load(config), 2).run(corpus, data, analyzers, IndexProgress.NONE);
        copyWithoutPassageValues(data, oldData);
        search = SearchService.open(data, analyzers);
        oldSearch = SearchService.open(oldData, analyzers);
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
        oldSearch.close();
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static SearchResponse find(SearchService service, String query) throws IOException {
        return service.search(SearchRequest.of(query, 10));
    }

    @Test
    void passageDocValuesMatchTheStoredValues() throws IOException {
        int passages = 0;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(CorpusIndex.indexDir(data)))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                SortedDocValues ids = r.getSortedDocValues(Fields.P_ID_VALUES);
                NumericDocValues ordinals = r.getNumericDocValues(Fields.P_ORDINAL_VALUES);
                NumericDocValues starts = r.getNumericDocValues(Fields.P_START_VALUES);
                NumericDocValues ends = r.getNumericDocValues(Fields.P_END_VALUES);
                SortedDocValues labels = r.getSortedDocValues(Fields.P_LABEL_VALUES);
                StoredFields stored = r.storedFields();
                Bits live = r.getLiveDocs();
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc);
                    boolean passage = Fields.KIND_PASSAGE.equals(d.get(Fields.KIND));
                    assertThat(ids != null && ids.advanceExact(doc)).isEqualTo(passage);
                    if (!passage) {
                        continue;
                    }
                    passages++;
                    assertThat(ids.lookupOrd(ids.ordValue()).utf8ToString()).isEqualTo(d.get(Fields.ID));
                    assertThat(ordinals.advanceExact(doc) && starts.advanceExact(doc) && ends.advanceExact(doc))
                            .isTrue();
                    assertThat(ordinals.longValue()).isEqualTo(d.getField(Fields.P_ORDINAL).numericValue().longValue());
                    assertThat(starts.longValue()).isEqualTo(d.getField(Fields.P_START).numericValue().longValue());
                    assertThat(ends.longValue()).isEqualTo(d.getField(Fields.P_END).numericValue().longValue());
                    assertThat(labels.advanceExact(doc)).isTrue();
                    assertThat(labels.lookupOrd(labels.ordValue()).utf8ToString()).isEqualTo(d.get(Fields.P_LABEL));
                }
            }
        }
        assertThat(passages).isGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"会议", "会议 工程款", "基层 OR 以人为本", "\"会议时间长\"", "落实 -方案", "title:学习体会",
            "huiyi", "type:意见建议汇总 会议"})
    void anIndexWithoutPassageDocValuesAnswersTheSame(String query) throws IOException {
        SearchResponse now = find(search, query);
        SearchResponse old = find(oldSearch, query);
        assertThat(old.total()).isEqualTo(now.total());
        assertThat(old.hits()).isEqualTo(now.hits());
        assertThat(now.hits().stream().mapToInt(h -> h.passages().size()).sum() > 0
                || query.startsWith("title:")).isTrue();
    }

    @Test
    void documentSnippetsAreTheBestMatchedSentencesOfItsPassages() throws IOException {
        SearchHit hit = find(search, "会议").hits().stream().filter(h -> h.id().equals("意见建议汇总.txt"))
                .findFirst().orElseThrow();
        assertThat(hit.passages()).hasSize(SearchService.PASSAGES_PER_HIT);
        assertThat(hit.snippets()).hasSize(SearchService.SNIPPETS)
                .allSatisfy(s -> assertThat(s).contains("<mark>会议</mark>"));
        assertThat(hit.snippets()).contains(hit.passages().get(0).snippet());
        // in text order, as the highlighter orders a document's snippets
        List<Integer> at = new ArrayList<>();
        for (String snippet : hit.snippets()) {
            at.add(SUGGESTIONS.indexOf(snippet.replace("<mark>", "").replace("</mark>", "").strip()));
        }
        assertThat(at).doesNotContain(-1).isSorted();
    }

    @Test
    void snippetsFromPassagesAreEscaped() throws IOException {
        SearchHit hit = find(search, "会议 落实").hits().stream().filter(h -> h.id().equals("脚本.txt"))
                .findFirst().orElseThrow();
        assertThat(hit.passages()).isNotEmpty();
        assertThat(String.join("", hit.snippets())).contains("&lt;script&gt;").contains("&amp;")
                .contains("<mark>").doesNotContain("<script>");
    }

    @Test
    void aTitleOnlyMatchHasTheStartOfItsBodyAsSnippet() throws IOException {
        SearchHit hit = find(search, "title:学习体会").hits().get(0);
        assertThat(hit.id()).isEqualTo("心得体会.txt");
        assertThat(hit.snippets()).isNotEmpty();
        assertThat(hit.snippets().get(0)).startsWith("学习体会").doesNotContain("<mark>");
    }

    @Test
    void passagesOfAReplacedVersionAreNotShown(@TempDir Path files, @TempDir Path index) throws IOException {
        IngestPipeline pipeline = IngestPipeline.load(Path.of("indexer"));
        Path file = files.resolve("方案.txt");
        // the second version replaces the first one's records in the same writer session
        try (CorpusIndex writer = CorpusIndex.open(index, analyzers)) {
            Files.writeString(file, "整改方案\n\n一、旧的措施：会议每周一次。\n\n二、旧的措施：会议记录。",
                    StandardCharsets.UTF_8);
            writer.put(ingested(pipeline, files, file), 1, 1);
            Files.writeString(file, "整改方案\n\n一、新的措施：会议每月召开一次。", StandardCharsets.UTF_8);
            writer.put(ingested(pipeline, files, file), 2, 2);
            writer.commit();
        }
        try (SearchService s = SearchService.open(index, analyzers)) {
            SearchHit hit = s.search(SearchRequest.of("会议", 10)).hits().get(0);
            assertThat(hit.passages()).singleElement()
                    .satisfies(p -> assertThat(p.snippet()).contains("新的措施").doesNotContain("旧"));
            assertThat(hit.snippets()).allSatisfy(t -> assertThat(t).doesNotContain("旧"));
        }
    }

    private static IngestedDocument ingested(IngestPipeline pipeline, Path root, Path file) {
        return ((IngestResult.Ingested) pipeline.ingest(root, file)).document();
    }

    /** The index under {@code from}, copied without the passage doc values into {@code to}. */
    private static void copyWithoutPassageValues(Path from, Path to) throws IOException {
        Set<String> hidden = Set.of(Fields.P_ID_VALUES, Fields.P_ORDINAL_VALUES, Fields.P_START_VALUES,
                Fields.P_END_VALUES, Fields.P_LABEL_VALUES);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(CorpusIndex.indexDir(from)));
             FSDirectory dir = FSDirectory.open(CorpusIndex.indexDir(to));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            List<CodecReader> leaves = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                leaves.add(SlowCodecReaderWrapper.wrap(new FilterLeafReader(leaf.reader()) {
                    @Override
                    public FieldInfos getFieldInfos() {
                        List<FieldInfo> kept = new ArrayList<>();
                        for (FieldInfo f : in.getFieldInfos()) {
                            if (!hidden.contains(f.name)) {
                                kept.add(f);
                            }
                        }
                        return new FieldInfos(kept.toArray(new FieldInfo[0]));
                    }

                    @Override
                    public NumericDocValues getNumericDocValues(String field) throws IOException {
                        return hidden.contains(field) ? null : in.getNumericDocValues(field);
                    }

                    @Override
                    public SortedDocValues getSortedDocValues(String field) throws IOException {
                        return hidden.contains(field) ? null : in.getSortedDocValues(field);
                    }

                    @Override
                    public CacheHelper getCoreCacheHelper() {
                        return null;
                    }

                    @Override
                    public CacheHelper getReaderCacheHelper() {
                        return null;
                    }
                }));
            }
            writer.addIndexes(leaves.toArray(new CodecReader[0]));
            writer.commit();
        }
        try (DirectoryReader copy = DirectoryReader.open(FSDirectory.open(CorpusIndex.indexDir(to)))) {
            assertThat(copy.leaves()).allSatisfy(l ->
                    assertThat(l.reader().getFieldInfos().fieldInfo(Fields.P_ID_VALUES)).isNull());
        }
    }
}
