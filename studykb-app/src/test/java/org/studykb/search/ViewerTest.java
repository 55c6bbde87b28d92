package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studykb.index.CorpusIndex;
import org.studykb.index.IndexAnalyzers;
import org.studykb.index.IndexCorpus;
import org.studykb.index.IndexProgress;
import org.studykb.ingest.IngestPipeline;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualEdit;
import org.studykb.store.ManualValuesStore;
import org.studykb.access.Role;
import org.studykb.access.Viewer;
import org.studykb.store.StoreDatabase;

/**
 * 内部 documents over a real index and store: four documents, one of them marked for 领导 only, holding the
 * word 三公经费 that no other document has. A 党员 finds no trace of it through any service; a 领导, an
 * administrator and the command-line operator do. The mark lives in the store and survives rebuilding the index.
 */
class ViewerTest {
    static final Path CONFIG = Path.of("indexer");
    static final String INTERNAL = "督导组/内部通报.txt";
    static final String OPINIONS = "意见建议汇总.txt";
    static final String CAMPAIGN = "深入学习实践科学发展观活动";
    static final Viewer MEMBER = Viewer.of(EnumSet.of(Role.MEMBER));
    static final Viewer WRITER = Viewer.of(EnumSet.of(Role.WRITER));
    static final Viewer LEADER = Viewer.of(EnumSet.of(Role.LEADER));
    static final Viewer ADMIN = Viewer.of(EnumSet.of(Role.ADMIN));

    @TempDir
    Path corpus;
    @TempDir
    Path data;
    IndexAnalyzers analyzers;
    IngestPipeline pipeline;
    ManualValuesStore store;
    SearchService search;

    @BeforeEach
    void indexWithOneInternalDocument() throws IOException {
        write("党课讲稿.txt", "讲一天党课：深入学习实践科学发展观\n\n科学发展观的第一要义是发展，核心是以人为本。\n");
        write(OPINIONS, "意见建议汇总\n\n1. 领导干部下基层调研少，有时走马观花。\n\n2. 会议多、文件多，会议时间长。\n");
        write("整改方案.txt", "领导班子整改落实方案\n\n一、精简会议文件，每周局务会控制在1次。\n");
        write(INTERNAL, "关于三公经费问题的内部通报\n\n1. 三公经费支出把关不严，公务接待超标准。\n\n"
                + "2. 会议多、文件多，会议时间长，三公经费中会议费偏高。\n");
        analyzers = IndexAnalyzers.load(CONFIG);
        pipeline = IngestPipeline.load(CONFIG);
        DataSource ds = StoreDatabase.openH2(data);
        store = new ManualValuesStore(ds, new AuditLog(ds));
        for (String id : List.of("党课讲稿.txt", OPINIONS, "整改方案.txt", INTERNAL)) {
            store.set(id, new ManualEdit("意见建议汇总", "分析检查", CAMPAIGN, List.of("督导")), "测试");
        }
        store.set(INTERNAL, ManualEdit.access(EnumSet.of(Role.LEADER)), "测试");
        new IndexCorpus(pipeline, 2, store).run(corpus, data, analyzers, IndexProgress.NONE);
        search = SearchService.open(data, analyzers);
    }

    @AfterEach
    void close() throws IOException {
        search.close();
    }

    private void write(String name, String text) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private SearchResponse find(String q, Viewer viewer) throws IOException {
        return search.search(SearchRequest.of(q, 10), viewer);
    }

    private static List<String> ids(SearchResponse r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    private static long facet(SearchResponse r, String dim, String value) {
        return r.facets().get(dim).stream().filter(f -> f.value().equals(value))
                .mapToLong(SearchResponse.FacetValue::count).sum();
    }

    @Test
    void theStoredMarkNamesTheRolesWithTheAdministrator() {
        assertThat(store.of(INTERNAL).access()).containsExactly("LEADER", "ADMIN");
        assertThat(store.of(OPINIONS).access()).isEmpty();
    }

    @Test
    void aMemberGetsNoHitNoTotalAndNoFacetCountFromIt() throws IOException {
        assertThat(find("三公经费", MEMBER).total()).isZero();
        assertThat(find("三公经费", MEMBER).hits()).isEmpty();
        SearchResponse member = find("会议", MEMBER);
        SearchResponse leader = find("会议", LEADER);
        assertThat(ids(leader)).contains(INTERNAL);
        assertThat(ids(member)).doesNotContain(INTERNAL);
        assertThat(member.total()).isEqualTo(leader.total() - 1);
        assertThat(facet(member, "type", "意见建议汇总")).isEqualTo(facet(leader, "type", "意见建议汇总") - 1);
        assertThat(facet(member, "tag", "督导")).isEqualTo(facet(leader, "tag", "督导") - 1);
        SearchResponse everything = find("", MEMBER);
        assertThat(everything.total()).isEqualTo(3);
        assertThat(find("", ADMIN).total()).isEqualTo(4);
    }

    @Test
    void snippetsAndPassagesOfVisibleHitsHoldNothingOfIt() throws IOException {
        assertThat(find("公务接待", MEMBER).hits()).isEmpty();
        for (SearchHit hit : find("会议时间长", MEMBER).hits()) {
            assertThat(hit.snippets()).noneMatch(s -> s.contains("三公"));
            assertThat(hit.passages()).noneMatch(p -> p.snippet().contains("三公"));
        }
        assertThat(find("公务接待", LEADER).hits()).singleElement()
                .satisfies(h -> assertThat(h.passages()).extracting(SearchHit.PassageHit::snippet)
                        .anyMatch(s -> s.contains("公务接待")));
    }

    @Test
    void didYouMeanOffersOnlyWordsTheReaderCanFind() throws IOException {
        assertThat(find("三工经费", LEADER).didYouMean()).isEqualTo("三公经费");
        assertThat(find("三工经费", Viewer.OPERATOR).didYouMean()).isEqualTo("三公经费");
        assertThat(find("三工经费", MEMBER).didYouMean()).isEmpty();
    }

    @Test
    void suggestionsOfferNeitherItsWordsNorItsTitle() throws IOException {
        Suggestions suggestions = search.suggestions();
        assertThat(suggestions.suggest("三公", 8, LEADER)).extracting(Suggestions.Suggestion::text)
                .contains("三公经费", "关于三公经费问题的内部通报");
        assertThat(suggestions.suggest("三公", 8, MEMBER)).isEmpty();
        assertThat(suggestions.suggest("sangong", 8, MEMBER)).isEmpty();
        assertThat(suggestions.suggest("内部通报", 8, MEMBER)).isEmpty();
        assertThat(suggestions.suggest("会议", 8, MEMBER)).extracting(Suggestions.Suggestion::count)
                .allMatch(n -> n <= 2);
    }

    @Test
    void documentsAnswerAsIfItDidNotExist() throws IOException {
        Documents documents = search.byId();
        assertThat(documents.get(INTERNAL, MEMBER)).isEmpty();
        assertThat(documents.get(INTERNAL, WRITER)).isEmpty();
        assertThat(documents.get(INTERNAL, LEADER)).get().satisfies(d -> {
            assertThat(d.internal()).isTrue();
            assertThat(d.access()).containsExactly("LEADER", "ADMIN");
        });
        assertThat(documents.get(INTERNAL, ADMIN)).isPresent();
        assertThat(documents.passages(INTERNAL, 0, Documents.PAGE_PASSAGES, "", MEMBER)).isEmpty();
        assertThat(documents.passages(INTERNAL, Set.of(1), MEMBER)).isEmpty();
        assertThat(documents.passages(INTERNAL, 0, Documents.PAGE_PASSAGES, "", LEADER)).isNotEmpty();
        assertThat(documents.related(INTERNAL, 5, MEMBER)).isEmpty();
        assertThat(documents.hidden(MEMBER)).containsExactly(INTERNAL);
        assertThat(documents.hidden(LEADER)).isEmpty();
        assertThat(documents.hidden(ADMIN)).isEmpty();
    }

    @Test
    void relatedDocumentsOfAPublicSiblingLeaveItOut() throws IOException {
        Documents documents = search.byId();
        assertThat(documents.related(OPINIONS, 5, LEADER)).extracting(DocumentView.Related::id).contains(INTERNAL);
        assertThat(documents.related(OPINIONS, 5, MEMBER)).extracting(DocumentView.Related::id)
                .doesNotContain(INTERNAL);
    }

    @Test
    void citationsOfItAreRefusedAndExportsLeaveItOut() throws IOException {
        Citations citations = new Citations(search.byId());
        assertThat(citations.passage(INTERNAL, 1, MEMBER)).isEmpty();
        assertThat(citations.passage(INTERNAL, 1, LEADER)).get().asString().contains("三公经费");
        assertThat(citations.export(find("会议", MEMBER), MEMBER)).doesNotContain("三公").doesNotContain("内部通报");
        assertThat(citations.export(find("会议", LEADER), LEADER)).contains("内部通报");
    }

    @Test
    void campaignCountsAndTimelineLeaveItOut() throws IOException {
        Campaigns campaigns = new Campaigns(search);
        assertThat(campaigns.overview(MEMBER).documents()).isEqualTo(3);
        assertThat(campaigns.overview(LEADER).documents()).isEqualTo(4);
        assertThat(campaigns.overview(MEMBER).campaigns()).singleElement()
                .satisfies(c -> assertThat(c.documents()).isEqualTo(3));
        assertThat(campaigns.timeline(CAMPAIGN, MEMBER).orElseThrow().phases()).flatExtracting(Campaigns.Phase::entries)
                .extracting(Campaigns.Entry::id).doesNotContain(INTERNAL).hasSize(3);
        assertThat(campaigns.timeline(CAMPAIGN, LEADER).orElseThrow().phases()).flatExtracting(Campaigns.Phase::entries)
                .extracting(Campaigns.Entry::id).contains(INTERNAL);
    }

    @Test
    void rolesAreALadderAndNoRolesSeesOnlyPublicDocuments() {
        assertThat(Viewer.of(EnumSet.of(Role.LEADER)).sees(List.of("WRITER", "ADMIN"))).isTrue();
        assertThat(Viewer.of(EnumSet.of(Role.WRITER)).sees(List.of("LEADER", "ADMIN"))).isFalse();
        assertThat(Viewer.of(EnumSet.noneOf(Role.class)).sees(List.of("MEMBER", "ADMIN"))).isFalse();
        assertThat(Viewer.of(EnumSet.noneOf(Role.class)).sees(List.of())).isTrue();
        assertThat(ADMIN.seesAll()).isTrue();
        assertThat(Viewer.OPERATOR.seesAll()).isTrue();
        assertThat(LEADER.seesAll()).isFalse();
    }

    @Test
    void wordCountsCountInternalRecordsOnlyForTheRanksThatSeeThemAfterAnEdit() throws IOException {
        store.set(OPINIONS, ManualEdit.access(EnumSet.of(Role.WRITER)), "测试");
        new org.studykb.index.IndexFiles(pipeline, analyzers, data).reindex(OPINIONS, store);
        search.refreshNow();
        var searcher = search.acquire();
        try {
            WordCounts counts = IndexTerms.read(searcher.getIndexReader()).counts();
            assertThat(counts.visible("走马观花", MEMBER.rank())).isZero();
            assertThat(counts.visible("走马观花", WRITER.rank())).isEqualTo(2);
            assertThat(counts.visible("走马观花", ADMIN.rank())).isEqualTo(2);
            assertThat(counts.visible("三公经费", WRITER.rank())).isZero();
            assertThat(counts.visible("三公经费", LEADER.rank())).isEqualTo(counts.visible("三公经费", ADMIN.rank()))
                    .isPositive();
            assertThat(counts.visible("发展", MEMBER.rank())).isEqualTo(counts.visible("发展", ADMIN.rank()));
        } finally {
            search.release(searcher);
        }
    }

    @Test
    void theMarkSurvivesARebuildFromScratchByTheIndexCommand() throws IOException {
        search.close();
        deleteRecursively(CorpusIndex.indexDir(data));
        new IndexCorpus(pipeline, 2, store.snapshot()).run(corpus, data, analyzers, IndexProgress.NONE);
        search = SearchService.open(data, analyzers);
        assertThat(find("三公经费", MEMBER).total()).isZero();
        assertThat(find("三公经费", LEADER).total()).isEqualTo(1);
        assertThat(find("三公经费", Viewer.OPERATOR).total()).isEqualTo(1);
    }

    @Test
    void makingItPublicAgainShowsItToEveryone() throws IOException {
        store.set(INTERNAL, ManualEdit.access(Set.of()), "测试");
        new IndexCorpus(pipeline, 2, store).run(corpus, data, analyzers, IndexProgress.NONE);
        search.refreshNow();
        assertThat(find("三公经费", MEMBER).total()).isEqualTo(1);
        assertThat(store.of(INTERNAL).access()).isEmpty();
    }

    @Test
    void aFolderRuleMarksDocumentsAndAChangedRuleReindexesThem() throws IOException {
        Path config = data.resolve("config");
        try (Stream<Path> files = Files.list(CONFIG)) {
            Files.createDirectories(config);
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, config.resolve(f.getFileName().toString()));
            }
        }
        write("督导组/反馈.txt", "巡视反馈意见\n\n小金库问题在个别单位仍然存在。\n");
        Files.writeString(config.resolve("access.yml"), "rules:\n  - path: \"督导组/**\"\n    roles: [WRITER]\n",
                StandardCharsets.UTF_8);
        IngestPipeline ruled = IngestPipeline.load(config);
        new IndexCorpus(ruled, 2, store).run(corpus, data, analyzers, IndexProgress.NONE);
        search.refreshNow();
        Documents documents = search.byId();
        assertThat(find("小金库", MEMBER).total()).isZero();
        assertThat(find("小金库", WRITER).total()).isEqualTo(1);
        assertThat(documents.get("督导组/反馈.txt", WRITER).orElseThrow().access()).containsExactly("WRITER", "ADMIN");
        assertThat(find("三公经费", WRITER).total()).as("set by hand: wins over the rule").isZero();
        assertThat(find("三公经费", LEADER).total()).isEqualTo(1);

        Files.writeString(config.resolve("access.yml"), "rules: []\n", StandardCharsets.UTF_8);
        var run = new IndexCorpus(IngestPipeline.load(config), 2, store).run(corpus, data, analyzers,
                IndexProgress.NONE);
        search.refreshNow();
        assertThat(run.updated()).as("only the document the rule no longer covers").isEqualTo(1);
        assertThat(find("小金库", MEMBER).total()).isEqualTo(1);
        assertThat(find("三公经费", MEMBER).total()).isZero();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
