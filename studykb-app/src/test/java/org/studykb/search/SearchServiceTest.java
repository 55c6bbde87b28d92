package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.index.IndexReport;
import org.studykb.ingest.IngestPipeline;

/** Search over a real index of eight small documents, golden counts and top hits. */
class SearchServiceTest {
    @TempDir
    static Path corpus;
    @TempDir
    static Path data;
    static SearchService search;

    @BeforeAll
    static void indexFixtures() throws IOException {
        write("党课讲稿.txt", "讲一天党课：深入学习实践科学发展观\n\n科学发展观的第一要义是发展，核心是以人为本。"
                + "\n\n我们要转变作风，深入基层，服务群众。");
        write("意见建议汇总.txt", "意见建议汇总\n\n1. 领导干部下基层调研少，有时走马观花。\n\n"
                + "2. 会议多、文件多，会议时间长。\n\n3. 工程款拨付慢，拖欠施工企业进度款。");
        write("整改方案.txt", "领导班子整改落实方案\n\n一、建立班子成员基层联系点制度，每季度蹲点不少于3天。\n\n"
                + "二、精简会议文件，每周局务会控制在1次。");
        write("心得体会.txt", "学习体会\n\n通过学习，我认识到以人为本是科学发展观的核心。\n\n作为党员要带头转变作风。");
        write("台账说明.txt", "整改台账说明\n\n本台账记录DRG付费改革和HIS系统升级两项工作，文号区建工〔2009〕3号。");
        write("脚本.txt", "含有标记的文档 <script>alert('x')</script>\n\n<b>加粗</b> 整改 & 落实");
        write("总结报告.txt", "学习实践活动总结报告\n\n活动中共收集意见建议58条，整改落实42项，群众满意度96%。");
        write("通知.txt", "关于开展五个一次活动的通知\n\n算一次账，办一次事，听一次意见，看一次点，问一次计。");
        Path config = Path.of("indexer");
        IndexAnalyzers analyzers = IndexAnalyzers.load(config);
        IndexReport report = new IndexCorpus(IngestPipeline.load(config), 2)
                .run(corpus, data, analyzers, IndexProgress.NONE);
        assertThat(report.documents()).isEqualTo(8);
        search = SearchService.open(data, analyzers);
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static SearchResponse find(String query) throws IOException {
        return search.search(SearchRequest.of(query, 10));
    }

    private static List<String> ids(SearchResponse r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    /**
     * The spellings a query needs, given with it (what every SolrCloud shard is given from the whole collection's
     * words), take the place of the reader's own: with them the query is the one the reader's own words make; with
     * none, the word its pinyin spells is not asked for.
     */
    @Test
    void givenSpellingsTakeThePlaceOfTheReadersOwn() throws IOException {
        RankingQueries ranking = new RankingQueries(IndexAnalyzers.load(Path.of("indexer")), RankingWeights.shipped());
        String withWord = ranking.spellingsFor("kxfzg", Spellings.of(Map.of("科学发展观", 3, "发展", 5, "x科学", 1)));
        String none = ranking.spellingsFor("kxfzg", Spellings.NONE);
        assertThat(withWord).isEqualTo("kxfzg=科学发展观:3");
        assertThat(none).isEqualTo("kxfzg=");
        var searcher = search.acquire();
        try {
            String own = ranking.documents("kxfzg", searcher).toString();
            assertThat(own).contains("科学发展观");
            assertThat(ranking.documents("kxfzg", searcher, withWord).toString()).isEqualTo(own);
            assertThat(ranking.documents("kxfzg", searcher, none).toString()).doesNotContain("科学发展观");
            assertThat(ranking.documents("kxfzg", searcher, "kxfzg=科学发展观:x;=;garbage").toString())
                    .doesNotContain("科学发展观");
        } finally {
            search.release(searcher);
        }
    }

    /** Words by the start of their full pinyin, most records first: what suggestions offer for typed letters. */
    @Test
    void spellingsFindWordsByTheStartOfTheirPinyin() {
        Spellings words = Spellings.of(Map.of("科学发展观", 3, "科学", 9, "可信", 4, "民主", 5, "abc", 7));
        assertThat(words.spelledFrom("kexue", 10)).containsExactly("科学", "科学发展观");
        assertThat(words.spelledFrom("ke", 10)).containsExactly("科学", "可信", "科学发展观");
        assertThat(words.spelledFrom("ke", 1)).containsExactly("科学");
        assertThat(words.spelledFrom("kexuefazhanguanx", 10)).isEmpty();
        assertThat(words.spelledFrom("", 10)).isEmpty();
    }

    @Test
    void wordsFindTheirDocumentsBestFirst() throws IOException {
        SearchResponse r = find("走马观花");
        assertThat(r.total()).isEqualTo(1);
        assertThat(ids(r)).containsExactly("意见建议汇总.txt");
        assertThat(find("科学发展观").hits().get(0).id()).isIn("党课讲稿.txt", "心得体会.txt");
        assertThat(find("科学发展观").total()).isEqualTo(2);
    }

    @Test
    void documentsWithEveryWordComeFirstThenThoseWithSome() throws IOException {
        List<String> both = ids(find("以人为本 转变作风"));
        assertThat(both.subList(0, 2)).containsExactlyInAnyOrder("党课讲稿.txt", "心得体会.txt");
        List<String> some = ids(find("以人为本 联系点"));
        assertThat(some).contains("整改方案.txt", "党课讲稿.txt", "心得体会.txt");
    }

    @Test
    void functionWordsNeverMakeAHitOnTheirOwn() throws IOException {
        SearchResponse r = find("xyzzy 不存在的词语组合qqq");
        assertThat(r.total()).as("的 and 不 are in every document, nothing else of the query is").isZero();
        assertThat(r.notFound()).containsExactly("xyzzy", "不存在的词语组合qqq");
        assertThat(find("联系点的制度").hits()).extracting(SearchHit::id).containsExactly("整改方案.txt");
    }

    @Test
    void wordsFoundNowhereAreNamedAndPartialMatchesSayWhatTheyLack() throws IOException {
        SearchResponse r = find("走马观花 xyzzy");
        assertThat(r.notFound()).containsExactly("xyzzy");
        assertThat(r.hits()).extracting(SearchHit::id).containsExactly("意见建议汇总.txt");
        assertThat(r.hits().get(0).lacking()).containsExactly("xyzzy");

        SearchResponse some = find("以人为本 联系点");
        assertThat(some.notFound()).isEmpty();
        SearchHit plan = some.hits().stream().filter(h -> h.id().equals("整改方案.txt")).findFirst().orElseThrow();
        assertThat(plan.lacking()).containsExactly("以人为本");
        assertThat(find("以人为本 转变作风").hits().subList(0, 2)).allSatisfy(h -> assertThat(h.lacking()).isEmpty());
        assertThat(find("zouma guanhua").notFound()).as("syllables of one pinyin phrase are one word").isEmpty();
        assertThat(find("xyzzy").notFound()).containsExactly("xyzzy");
    }

    @Test
    void questionWordsAreIgnored() throws IOException {
        assertThat(ids(find("怎样解决工程款拨付慢的问题")).get(0)).isEqualTo("意见建议汇总.txt");
    }

    @Test
    void pinyinSpellsWordsOfTheText() throws IOException {
        assertThat(ids(find("zouma guanhua"))).contains("意见建议汇总.txt");
        assertThat(ids(find("lianxidian"))).contains("整改方案.txt");
    }

    @Test
    void homophoneTypoGetsADidYouMean() throws IOException {
        SearchResponse r = find("科学发展关");
        assertThat(r.didYouMean()).isEqualTo("科学发展观");
        assertThat(find("科学发展观").didYouMean()).isEmpty();
        assertThat(r.correctedFrom()).as("scripts get the query as typed").isEmpty();
    }

    @Test
    void aTypoWhoseCorrectionFindsFarMoreIsAnsweredWithTheCorrectedResultsWhenAsked() throws IOException {
        SearchResponse typed = find("科学发展关");
        SearchResponse r = search.search(new SearchRequest("科学发展关", SearchRequest.Sort.RELEVANCE, 0, 10, true));
        assertThat(r.correctedFrom()).isEqualTo("科学发展关");
        assertThat(r.query()).isEqualTo("科学发展观");
        assertThat(typed.total()).as("the loose matching finds something for the typo too").isPositive();
        assertThat(r.didYouMean()).isEmpty();
        assertThat(ids(r)).isEqualTo(ids(find("科学发展观")));
        SearchResponse right = search.search(new SearchRequest("走马观花", SearchRequest.Sort.RELEVANCE, 0, 10, true));
        assertThat(right.correctedFrom()).as("a query without a typo is answered as typed").isEmpty();
    }

    @Test
    void orAndExclusion() throws IOException {
        assertThat(ids(find("联系点 OR 满意度"))).containsExactlyInAnyOrder("整改方案.txt", "总结报告.txt");
        assertThat(ids(find("科学发展观 -体会"))).containsExactly("党课讲稿.txt");
    }

    @Test
    void quotedPhraseMatchesOnlyVerbatim() throws IOException {
        assertThat(ids(find("\"拖欠施工企业进度款\""))).containsExactly("意见建议汇总.txt");
        assertThat(ids(find("\"进度款拖欠\""))).isEmpty();
    }

    @Test
    void latinNumbersAndDocumentNumbersAreSearchable() throws IOException {
        assertThat(ids(find("DRG付费"))).containsExactly("台账说明.txt");
        assertThat(ids(find("his"))).containsExactly("台账说明.txt");
        assertThat(ids(find("\"区建工〔2009〕3号\""))).containsExactly("台账说明.txt");
    }

    @Test
    void traditionalAndFullWidthQueriesFindSimplifiedText() throws IOException {
        assertThat(ids(find("走馬觀花"))).containsExactly("意见建议汇总.txt");
        assertThat(ids(find("ＤＲＧ付费"))).containsExactly("台账说明.txt");
    }

    @Test
    void synonymsWidenTheQuery() throws IOException {
        assertThat(ids(find("谈体会"))).contains("心得体会.txt");
    }

    @Test
    void pinyinFindsTitles() throws IOException {
        assertThat(ids(find("zhenggaitaizhang"))).contains("台账说明.txt");
        assertThat(ids(find("zgtz"))).contains("台账说明.txt");
    }

    @Test
    void snippetsAreEscapedAndMarked() throws IOException {
        SearchResponse r = find("标记");
        assertThat(r.hits()).hasSize(1);
        String snippet = String.join("", r.hits().get(0).snippets());
        assertThat(snippet).contains("<mark>标记</mark>").contains("&lt;script&gt;")
                .doesNotContain("<script>").doesNotContain("<b>");
        assertThat(String.join("", find("落实").hits().stream()
                .flatMap(h -> h.snippets().stream()).toList())).doesNotContain("<b>").doesNotContain("& ");
    }

    @Test
    void passageHitsPointIntoTheirDocument() throws IOException {
        SearchHit hit = find("会议时间长").hits().get(0);
        assertThat(hit.id()).isEqualTo("意见建议汇总.txt");
        assertThat(hit.passages()).isNotEmpty();
        SearchHit.PassageHit best = hit.passages().get(0);
        assertThat(best.snippet()).contains("<mark>");
        assertThat(best.end()).isGreaterThan(best.start());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"未配对的引号", "OR", "-", "type:", "((((", "\u0000\u0001", "*:*", "title:\"", "~~~"})
    void malformedQueriesAreAnsweredNeverThrown(String query) throws IOException {
        SearchResponse r = find(query);
        assertThat(r.total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void tenThousandCharacterQueryIsAnsweredWithANotice() throws IOException {
        SearchResponse r = find("整改".repeat(5_000));
        assertThat(r.notices()).anySatisfy(n -> assertThat(n).contains("查询过长"));
    }

    @Test
    void pagingAndTotals() throws IOException {
        SearchResponse all = search.search(new SearchRequest("", SearchRequest.Sort.RELEVANCE, 0, 100));
        assertThat(all.total()).isEqualTo(8);
        SearchResponse page2 = search.search(new SearchRequest("", SearchRequest.Sort.RELEVANCE, 5, 5));
        assertThat(page2.hits()).hasSize(3);
        assertThat(page2.total()).isEqualTo(8);
    }
}
