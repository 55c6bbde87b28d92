package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.ingest.IngestPipeline;

/** Phrases typed in pinyin that span several words, over a real index of six small documents. */
class PinyinPhraseTest {
    @TempDir
    static Path corpus;
    @TempDir
    static Path data;
    static SearchService search;

    @BeforeAll
    static void indexFixtures() throws IOException {
        write("主题教育方案.txt", "关于开展“不忘初心、牢记使命”主题教育的实施方案\n\n按照中央部署，在全局开展“不忘初心、牢记使命”"
                + "主题教育，守初心、担使命，找差距、抓落实。");
        write("民主生活会.txt", "局党组专题会议情况报告\n\n局党组召开专题民主生活会，班子成员逐一对照检查，开展批评和自我批评。");
        write("评议.txt", "民主评议党员工作安排\n\n开展民主评议，生活困难党员另行慰问，会后通报结果。");
        write("学习计划.txt", "学习计划\n\n深入学习实践科学发展观，领导干部带头讲党课。");
        write("简报.txt", "工作简报\n\n主题教育期间，各支部召开组织生活会。");
        write("台账.txt", "整改台账\n\n进度款拨付慢的问题已整改到位。");
        Path config = Path.of("indexer");
        IndexAnalyzers analyzers = IndexAnalyzers.load(config);
        new IndexCorpus(IngestPipeline.load(config), 1).run(corpus, data, analyzers, IndexProgress.NONE);
        search = SearchService.open(data, analyzers);
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(String query) throws IOException {
        return search.search(SearchRequest.of(query, 10)).hits().stream().map(SearchHit::id).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"minzhushenghuohui", "minzhu shenghuo hui", "min zhu sheng huo hui", "MinZhuShengHuoHui",
            "mzshh"})
    void aPhraseOfSeveralWordsIsFoundByItsPinyinAndInitials(String typed) throws IOException {
        assertThat(ids(typed)).as(typed).first().isEqualTo("民主生活会.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"minzhushenghuohui", "mzshh"})
    void theCharactersApartAreNotThePhrase(String typed) throws IOException {
        assertThat(ids(typed)).as("民主评议…生活困难…会后").doesNotContain("评议.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"buwangchuxinlaojishimingzhutijiaoyu", "buwang chuxin laoji shiming zhuti jiaoyu",
            "bwcxljsmztjy", "buwangchuxinlaojishiming"})
    void aCampaignsFullNameIsFoundAcrossItsPunctuation(String typed) throws IOException {
        assertThat(ids(typed)).as(typed).first().isEqualTo("主题教育方案.txt");
    }

    @Test
    void theMatchedCharactersAreMarkedInTheSnippets() throws IOException {
        SearchHit hit = search.search(SearchRequest.of("minzhushenghuohui", 10)).hits().get(0);
        assertThat(String.join("", hit.snippets())).contains("<mark>民主生活会</mark>");
        assertThat(hit.passages()).isNotEmpty();
    }

    @Test
    void ordinaryChineseQueriesAreUnchanged() throws IOException {
        assertThat(ids("民主生活会")).first().isEqualTo("民主生活会.txt");
        assertThat(ids("进度款")).containsExactly("台账.txt");
    }

    @Test
    void lettersThatAreNeitherAPhraseNorInitialsFindNothing() throws IOException {
        assertThat(ids("xyzzy")).isEmpty();
        assertThat(PinyinPhrase.readings("min")).as("one syllable is not a phrase").isEmpty();
        assertThat(PinyinPhrase.readings("mz")).as("two initials match nearly anything").isEmpty();
        assertThat(PinyinPhrase.readings("fangan")).containsExactly(List.of("fang", "an"), List.of("fan", "gan"));
        assertThat(PinyinPhrase.readings("mzshh")).containsExactly(List.of("m", "z", "s", "h", "h"));
    }
}
