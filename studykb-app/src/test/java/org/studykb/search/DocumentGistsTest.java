package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.ingest.IngestPipeline;

/** 关键词 and 摘要: drawn from each text at index time, stored on the document, counted as a facet. */
class DocumentGistsTest {
    static final String RESEARCH = "调研报告.txt";
    static final String PLAN = "整改方案.txt";
    static final String RESEARCH_TEXT = "关于基层调查研究情况的报告\n\n"
            + "今年以来，我们围绕群众反映强烈的突出问题开展调查研究。调查研究覆盖全县十二个乡镇和三十个村。"
            + "调研组发现，基层干部作风问题仍然突出，群众办事难的问题没有根本解决。"
            + "针对调查研究中发现的问题，我们提出了整改措施。"
            + "下一步要把调查研究作为经常性工作，推动问题整改落实。";
    static final String PLAN_TEXT = "领导班子整改落实方案\n\n"
            + "根据调查研究和征求意见的情况，领导班子制定本整改方案。"
            + "一是整改干部作风问题，建立基层联系点制度。"
            + "二是整改群众办事难问题，推行一站式服务。"
            + "三是建立整改台账，明确责任人和完成时限，按期销号。"
            + "整改落实情况向群众公开，接受群众监督。";

    @TempDir
    static Path corpus;
    @TempDir
    static Path data;
    static SearchService search;

    @BeforeAll
    static void indexTwoDocuments() throws IOException {
        Files.writeString(corpus.resolve(RESEARCH), RESEARCH_TEXT, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve(PLAN), PLAN_TEXT, StandardCharsets.UTF_8);
        Path config = Path.of("indexer");
        IndexAnalyzers analyzers = IndexAnalyzers.load(config);
        assertThat(new IndexCorpus(IngestPipeline.load(config), 1).run(corpus, data, analyzers, IndexProgress.NONE)
                .documents()).isEqualTo(2);
        search = SearchService.open(data, analyzers);
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    private static DocumentView view(String id) throws IOException {
        return search.byId().get(id, Viewer.OPERATOR).orElseThrow();
    }

    @Test
    void keywordsAreWordsOfTheTextWithoutStopWordsOrSingleCharacters() throws IOException {
        for (Map.Entry<String, String> doc : Map.of(RESEARCH, RESEARCH_TEXT, PLAN, PLAN_TEXT).entrySet()) {
            List<String> keywords = view(doc.getKey()).keywords();
            assertThat(keywords).as(doc.getKey()).hasSizeBetween(5, 8).doesNotHaveDuplicates()
                    .allSatisfy(k -> {
                        assertThat(doc.getValue()).contains(k);
                        assertThat(k.codePointCount(0, k.length())).isGreaterThanOrEqualTo(2);
                        assertThat(CoreStopWordDictionary.contains(k)).as(k).isFalse();
                    })
                    .doesNotContain("我们", "今年", "以来", "发现", "提出", "根据");
        }
        assertThat(view(RESEARCH).keywords()).contains("调查研究", "作风").doesNotContain("整改方案");
        assertThat(view(PLAN).keywords()).contains("整改方案", "领导班子").doesNotContain("调研组");
    }

    @Test
    void theSummaryIsTwoOrThreeWholeSentencesOfTheTextInTheirOrder() throws IOException {
        for (Map.Entry<String, String> doc : Map.of(RESEARCH, RESEARCH_TEXT, PLAN, PLAN_TEXT).entrySet()) {
            String summary = view(doc.getKey()).summary();
            List<String> sentences = List.of(summary.split("(?<=。)"));
            assertThat(sentences).as(summary).hasSizeBetween(2, 3);
            int at = -1;
            for (String s : sentences) {
                assertThat(s).endsWith("。");
                int found = doc.getValue().indexOf(s);
                assertThat(found).as(s).isGreaterThan(at);
                assertThat(found == 0 || "。\n".indexOf(doc.getValue().charAt(found - 1)) >= 0)
                        .as("starts a sentence: " + s).isTrue();
                at = found;
            }
        }
        assertThat(view(RESEARCH).summary()).doesNotContain("整改方案").contains("调查研究");
    }

    @Test
    void keywordsAreAFacetAndAFilterButNoSearchWords() throws IOException {
        SearchResponse both = search.search(SearchRequest.of("群众", 10));
        assertThat(both.total()).isEqualTo(2);
        Map<String, Long> counts = new java.util.HashMap<>();
        both.facets().get(Fields.KEYWORD).forEach(v -> counts.put(v.value(), v.count()));
        assertThat(counts).containsEntry("群众", 2L).containsEntry("干部", 2L).containsEntry("调查研究", 1L)
                .containsEntry("整改方案", 1L);
        assertThat(counts).hasSize(new java.util.HashSet<>(
                java.util.stream.Stream.concat(view(RESEARCH).keywords().stream(), view(PLAN).keywords().stream())
                        .toList()).size());
        assertThat(search.search(SearchRequest.of("群众 关键词:调查研究", 10)).hits())
                .extracting(SearchHit::id).containsExactly(RESEARCH);
        assertThat(search.search(SearchRequest.of("keyword:干部", 10)).total()).isEqualTo(2);
        assertThat(search.search(SearchRequest.of("调研组", 10)).hits()).extracting(SearchHit::id)
                .containsExactly(RESEARCH);
    }
}
