package org.studykb.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import org.apache.solr.SolrIgnoredThreadsFilter;
import org.apache.solr.SolrTestCaseJ4;
import org.junit.Test;
import org.studykb.access.Role;
import org.studykb.access.Viewer;
import org.studykb.index.Fields;
import org.studykb.ingest.Passage;
import org.studykb.search.SearchBackend;
import org.studykb.search.SearchHit;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchResponse;
import org.studykb.search.SearchService;

/**
 * A whole search through the Solr backend ({@link SolrSearches}, ranked by the product's model: {@link ProductRanker})
 * beside the embedded {@link SearchService} over the same documents: the demo corpus, a 内部 notice for 领导 (as
 * InternalDocumentsTest's) and a public text full of markup, ingested once and put into both backends. The checks
 * compare what does not depend on near-ties of the order (the rankings are compared in SolrCloudClusterTest): a
 * document's values and passages, totals and facets of filter-only queries, escaping, and every door of the 内部
 * document.
 */
@SolrTestCaseJ4.SuppressSSL(bugUrl = "none: plain HTTP keeps the cluster start short")
@ThreadLeakFilters(defaultFilters = true, filters = {SolrIgnoredThreadsFilter.class, IngestThreads.class})
public class SolrSearchTest extends BothBackendsTestCase {
    private static final Viewer MEMBER = Viewer.of(Set.of(Role.MEMBER));
    private static final Viewer WRITER = Viewer.of(Set.of(Role.WRITER));
    private static final Viewer LEADER = Viewer.of(Set.of(Role.LEADER));

    /**
     * Did-you-mean and its correction are the embedded index's, for every viewer: homophones from the whole
     * collection's spellings (SolrSpellings), whether a word occurs asked of the nodes with the viewer's filter, and a
     * request that allows correcting gets the correction's results when no document holds the typo and some hold the
     * correction. A word only the 内部 notice holds (三公经费) is neither found nor offered to a member.
     */
    @Test
    public void didYouMeanAndCorrectionsAreTheEmbeddedOnes() throws Exception {
        int offered = 0;
        int corrected = 0;
        for (String q : List.of("三工经费", "民主生活汇", "整改台帐", "批评与自我批平", "走马观化", "理想信念", "xyzzy",
                "三工经费 会议")) {
            for (Viewer viewer : List.of(MEMBER, LEADER)) {
                String what = q + " / " + viewer;
                SearchResponse e = embedded.search(new SearchRequest(q, SearchRequest.Sort.RELEVANCE, 0, 10, true),
                        viewer);
                SearchResponse s = solr.search(new SearchRequest(q, SearchRequest.Sort.RELEVANCE, 0, 10, true),
                        viewer);
                assertEquals(what, e.didYouMean(), s.didYouMean());
                assertEquals(what, e.correctedFrom(), s.correctedFrom());
                assertEquals(what, e.query(), s.query());
                assertEquals(what, e.total(), s.total());
                SearchResponse typed = solr.search(new SearchRequest(q, SearchRequest.Sort.RELEVANCE, 0, 10), viewer);
                assertEquals(what, embedded(q, viewer).didYouMean(), typed.didYouMean());
                assertEquals(what + ": as typed without correcting", q, typed.query());
                offered += typed.didYouMean().isEmpty() ? 0 : 1;
                corrected += s.correctedFrom().isEmpty() ? 0 : 1;
            }
        }
        assertEquals("", solr("三工经费", MEMBER).didYouMean());
        assertEquals("三公经费", solr("三工经费", LEADER).didYouMean());
        System.out.println("did-you-mean offered " + offered + ", corrected " + corrected + " of 16 (query, viewer)");
        assertTrue("did-you-mean offered " + offered, offered >= 3);
        assertTrue("corrected " + corrected, corrected >= 1);
    }

    private static SearchResponse solr(String q, Viewer viewer) throws IOException {
        return solr.search(new SearchRequest(q, SearchRequest.Sort.RELEVANCE, 0, 100), viewer);
    }

    private static SearchResponse embedded(String q, Viewer viewer) throws IOException {
        return embedded.search(new SearchRequest(q, SearchRequest.Sort.RELEVANCE, 0, 100), viewer);
    }

    @Test
    public void bothBackendsHoldTheSameDocuments() throws Exception {
        assertTrue("the demo corpus and the two extra files: " + documents.size(), documents.size() > 60);
        assertEquals(documents.size(), solr.documentCount());
        assertEquals(embedded.documentCount(), solr.documentCount());
        assertEquals(documents.size(), solr("", Viewer.OPERATOR).total());
        assertEquals(embedded("", Viewer.OPERATOR).total(), solr("", Viewer.OPERATOR).total());
    }

    /**
     * For a handful of the eval topics, every document both backends return has the same values, and each of its
     * passages the Solr backend returns is one of the document's own, with its label and offsets, its snippet a
     * marked stretch of the text between those offsets.
     */
    @Test
    public void hitsCarryTheDocumentsValuesAndPassagesAsTheEmbeddedBackend() throws Exception {
        int common = 0;
        int passagesChecked = 0;
        int marked = 0;
        int samePassages = 0;
        int sameSnippets = 0;
        List<String> differing = new ArrayList<>();
        List<String> queries = new ArrayList<>(SolrCloudClusterTest.topics().values().stream().limit(6).toList());
        queries.add("民主生活会 批评与自我批评");
        queries.add("\"整改落实\"");
        for (String q : queries) {
            SearchResponse s = solr.search(SearchRequest.of(q, 10));
            SearchResponse e = embedded.search(SearchRequest.of(q, 10));
            assertTrue("Solr finds something for " + q, s.total() > 0 && !s.hits().isEmpty());
            assertEquals(q, s.query());
            assertEquals(e.interpreted(), s.interpreted());
            assertEquals(Fields.FACETS, List.copyOf(s.facets().keySet()));
            assertEquals(10, s.size());
            Map<String, SearchHit> byId = e.hits().stream().collect(Collectors.toMap(SearchHit::id, h -> h));
            for (SearchHit h : s.hits()) {
                List<Passage> own = solr.passages(h.id());
                assertEquals("passages of " + h.id(), embedded.passages(h.id()), own);
                String body = bodyOf(h.id());
                for (SearchHit.PassageHit p : h.passages()) {
                    Passage mine = own.stream().filter(x -> x.ordinal() == p.ordinal()).findFirst().orElseThrow();
                    assertEquals(mine.start(), p.start());
                    assertEquals(mine.end(), p.end());
                    assertEquals(blank(mine.label()), blank(p.label()));
                    String plain = unmarked(p.snippet());
                    assertTrue(h.id() + " #" + p.ordinal() + ": " + plain, flat(body.substring(p.start(), p.end()))
                            .contains(plain));
                    marked += p.snippet().contains("<mark>") ? 1 : 0;
                    passagesChecked++;
                }
                assertTrue("at most 3 passages and snippets", h.passages().size() <= 3 && h.snippets().size() <= 3);
                for (String snippet : h.snippets()) {
                    assertTrue(h.id() + ": " + snippet, flat(body).contains(unmarked(snippet)));
                }
                SearchHit other = byId.get(h.id());
                if (other == null) {
                    continue;
                }
                common++;
                assertEquals(other.title(), h.title());
                assertEquals(other.type(), h.type());
                assertEquals(other.phase(), h.phase());
                assertEquals(other.campaign(), h.campaign());
                assertEquals(other.date(), h.date());
                assertEquals(other.unit(), h.unit());
                assertEquals(other.docNumber(), h.docNumber());
                for (SearchHit.PassageHit p : h.passages()) {
                    Optional<SearchHit.PassageHit> same = other.passages().stream()
                            .filter(x -> x.ordinal() == p.ordinal()).findFirst();
                    if (same.isPresent()) {
                        assertEquals(same.get().start(), p.start());
                        assertEquals(same.get().end(), p.end());
                        assertEquals(blank(same.get().label()), blank(p.label()));
                        samePassages++;
                        if (same.get().snippet().equals(p.snippet())) {
                            sameSnippets++;
                        } else if (differing.size() < 3) {
                            differing.add(same.get().snippet() + "\n   solr: " + p.snippet());
                        }
                    }
                }
            }
        }
        System.out.printf("studykb-solr search: %d queries, %d documents in both top 10s, %d passages checked,"
                + " %d of them marked; %d passages in both answers, %d with the same snippet%n", queries.size(), common,
                passagesChecked, marked, samePassages, sameSnippets);
        differing.forEach(d -> System.out.println("  embedded: " + d));
        assertTrue("documents in both top 10s: " + common, common >= queries.size());
        assertTrue("passages marked: " + marked + "/" + passagesChecked, marked * 2 > passagesChecked);
    }

    /** Filter-only queries select the same documents on both backends: same totals, same facet counts. */
    @Test
    public void filterOnlyQueriesCountAndFacetAsTheEmbeddedBackend() throws Exception {
        SearchResponse all = embedded("", Viewer.OPERATOR);
        List<String> queries = new ArrayList<>(List.of(""));
        all.facets().get(Fields.TYPE).stream().limit(4).forEach(v -> queries.add("type:" + v.value()));
        all.facets().get(Fields.PHASE).stream().limit(2).forEach(v -> queries.add("phase:" + v.value()));
        assertTrue(queries.toString(), queries.size() >= 5);
        for (String q : queries) {
            SearchResponse e = embedded(q, Viewer.OPERATOR);
            SearchResponse s = solr(q, Viewer.OPERATOR);
            assertEquals("total of " + q, e.total(), s.total());
            assertEquals("hits of " + q, ids(e).stream().sorted().toList(), ids(s).stream().sorted().toList());
            for (String dim : Fields.FACETS) {
                if (dim.equals(Fields.KEYWORD)) {
                    // keywords are computed again from the text on the Solr side (docs/scale-out.md)
                    assertEquals(e.facets().get(dim).isEmpty(), s.facets().get(dim).isEmpty());
                    continue;
                }
                assertEquals(dim + " of " + q, e.facets().get(dim), s.facets().get(dim));
            }
        }
        // a page is a slice of the same ranking; newest first by date
        SearchResponse first = solr.search(new SearchRequest("", SearchRequest.Sort.RELEVANCE, 0, 10));
        SearchResponse second = solr.search(new SearchRequest("", SearchRequest.Sort.RELEVANCE, 5, 5));
        assertEquals(ids(first).subList(5, 10), ids(second));
        assertEquals(5, second.from());
        List<String> dates = solr.search(new SearchRequest("", SearchRequest.Sort.DATE, 0, 20)).hits().stream()
                .map(SearchHit::date).filter(d -> d != null).toList();
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(Collections.reverseOrder());
        assertEquals(sorted.stream().map(d -> d.substring(0, 4)).toList(), dates.stream().map(d -> d.substring(0, 4))
                .toList());
    }

    /** A document's markup is text: escaped as the embedded backend escapes it, only {@code <mark>} let through. */
    @Test
    public void snippetsEscapeTheDocumentsMarkupAsTheEmbeddedBackend() throws Exception {
        for (SearchResponse r : List.of(solr("标记测试", Viewer.OPERATOR), embedded("标记测试", Viewer.OPERATOR))) {
            SearchHit h = r.hits().stream().filter(x -> x.id().equals(MARKUP)).findFirst().orElseThrow();
            List<String> html = new ArrayList<>(h.snippets());
            h.passages().forEach(p -> html.add(p.snippet()));
            String all = String.join("\n", html);
            assertTrue(all, all.contains("&lt;script&gt;") || all.contains("&lt;b&gt;"));
            assertTrue(all, all.contains("<mark>"));
            for (String s : html) {
                assertFalse(s, s.replace("<mark>", "").replace("</mark>", "").matches("(?s).*[<>\"'].*"));
            }
        }
    }

    /** 内部: a member finds nothing of the notice through any part of an answer; a leader finds it. */
    @Test
    public void theInternalDocumentIsBehindEveryDoor() throws Exception {
        for (String q : List.of("走马观花", "会议时间长", "三公经费 公务接待", "", SECRET)) {
            SearchResponse member = solr(q, MEMBER);
            SearchResponse writer = solr(q, WRITER);
            SearchResponse leader = solr(q, LEADER);
            SearchResponse admin = solr(q, Viewer.of(Set.of(Role.ADMIN)));
            assertTrue(q, ids(leader).contains(INTERNAL));
            assertTrue(q, ids(admin).contains(INTERNAL));
            assertEquals(q, leader.total(), admin.total());
            for (SearchResponse hidden : List.of(member, writer)) {
                String text = hidden.toString();
                assertFalse(q + ": " + text, text.contains(INTERNAL) || text.contains(INTERNAL_TITLE)
                        || text.contains(INTERNAL_TYPE) || text.contains("公务接待超标准") || text.contains(SECRET + "。"));
                assertEquals(q, leader.total() - 1, hidden.total());
                assertEquals(q, embedded(q, MEMBER).total() - embedded(q, LEADER).total(),
                        hidden.total() - leader.total());
            }
            assertEquals(q, 1, count(leader, Fields.TYPE, INTERNAL_TYPE));
            assertEquals(q, 0, count(member, Fields.TYPE, INTERNAL_TYPE));
            String campaign = leader.hits().stream().filter(h -> h.id().equals(INTERNAL)).findFirst().orElseThrow()
                    .campaign();
            if (campaign != null) {
                assertEquals(q, count(leader, Fields.CAMPAIGN, campaign) - 1, count(member, Fields.CAMPAIGN, campaign));
            }
        }
        // 未找到: the notice's own word is nowhere for a member, found for a leader
        assertEquals(List.of(SECRET), solr("走马观花 " + SECRET, MEMBER).notFound());
        assertEquals(List.of(SECRET), embedded("走马观花 " + SECRET, MEMBER).notFound());
        assertEquals(List.of(), solr("走马观花 " + SECRET, LEADER).notFound());
        assertEquals(List.of(SECRET), solr(SECRET, MEMBER).notFound());
        // 部分匹配: every hit but the notice lacks the word; for a member, every hit does
        for (SearchResponse r : List.of(solr("走马观花 " + SECRET, LEADER), embedded("走马观花 " + SECRET, LEADER))) {
            for (SearchHit h : r.hits()) {
                assertEquals(h.id(), h.id().equals(INTERNAL) ? List.of() : List.of(SECRET), h.lacking());
            }
        }
        assertTrue(solr("走马观花 " + SECRET, MEMBER).hits().stream().allMatch(h -> h.lacking().equals(List.of(SECRET))));
        assertEquals(0, solr(SECRET, MEMBER).total());
        // the leader's hit shows the notice's passages and marks its word
        SearchHit notice = solr(SECRET, LEADER).hits().get(0);
        assertEquals(INTERNAL, notice.id());
        assertEquals(INTERNAL_TITLE, notice.title());
        assertTrue(notice.toString(), notice.passages().stream().anyMatch(p -> p.snippet().contains("<mark>"
                + SECRET + "</mark>")));
        // rankings (saved searches) and runs
        assertEquals(List.of(new SearchBackend.Ranking(0, List.of())),
                solr.rankings(List.of(SECRET), MEMBER, 10));
        assertEquals(List.of(new SearchBackend.Ranking(1, List.of(INTERNAL))),
                solr.rankings(List.of(SECRET), LEADER, 10));
        assertEquals(List.of(INTERNAL), solr.rankScored(SECRET, 10).stream().map(SearchBackend.ScoredId::id).toList());
    }

    /**
     * A ranker that says its matches only as ids (the fallback) and the same ranker giving a filter of them give the
     * same totals, facets, 未找到 and 部分匹配, for the product's ranking and the plain one; the filter quotes any text
     * safely. By filter, each word alone is asked with the spellings worked out once for the whole query; by ids, with
     * its own (pinyin words among the queries).
     */
    @Test
    public void facetsAndMissingWordsAreTheSameByFilterOrByIds() throws Exception {
        for (SolrRanker ranker : List.of(solr.searches().ranker(), new PlainRanker(cluster.getSolrClient(), COLLECTION))) {
            SolrRanker idsOnly = ranker::rank;
            try (SolrCloudIndex byFilter = new SolrCloudIndex(cluster.getSolrClient(), COLLECTION, analyzers, ranker);
                 SolrCloudIndex byIds = new SolrCloudIndex(cluster.getSolrClient(), COLLECTION, analyzers, idsOnly)) {
                for (String q : List.of("", "走马观花 " + SECRET, "民主生活会 批评与自我批评", "type:" + INTERNAL_TYPE,
                        "标记测试 'x' \\ \"引号", "会议时间长 -走马观花", "mzshh 整改", "min zhu sheng huo hui")) {
                    for (Viewer viewer : List.of(MEMBER, LEADER)) {
                        String what = ranker.getClass().getSimpleName() + ": " + q;
                        SearchRequest request = new SearchRequest(q, SearchRequest.Sort.RELEVANCE, 0, 20);
                        SearchResponse filtered = byFilter.search(request, viewer);
                        SearchResponse listed = byIds.search(request, viewer);
                        assertEquals(what, listed.total(), filtered.total());
                        assertEquals(what, listed.facets(), filtered.facets());
                        assertEquals(what, listed.notFound(), filtered.notFound());
                        assertEquals(what, listed.hits().stream().map(SearchHit::lacking).toList(),
                                filtered.hits().stream().map(SearchHit::lacking).toList());
                        SolrSearches searches = byFilter.searches();
                        var count = searches.matching(ranker.matches(q, viewer).orElseThrow(), viewer);
                        count.setRows(0);
                        assertEquals(what, filtered.total(), searches.query(count).getResults().getNumFound());
                    }
                }
            }
        }
    }

    private static long count(SearchResponse r, String dim, String value) {
        return r.facets().get(dim).stream().filter(v -> v.value().equals(value))
                .mapToLong(SearchResponse.FacetValue::count).sum();
    }

    private static List<String> ids(SearchResponse r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    private static String bodyOf(String id) {
        return documents.stream().filter(p -> p.doc().id().equals(id)).findFirst().orElseThrow().doc().text();
    }

    /** The text of a snippet: marks dropped, escapes undone. */
    private static String unmarked(String html) {
        return html.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Text as a snippet shows it: line breaks and tabs as spaces. */
    private static String flat(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
