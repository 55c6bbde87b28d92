package org.studykb.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import org.apache.solr.SolrIgnoredThreadsFilter;
import org.apache.solr.SolrTestCaseJ4;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.studykb.access.Role;
import org.studykb.access.Viewer;
import org.studykb.index.IndexBackend;
import org.studykb.index.ManualValues;
import org.studykb.ingest.IngestPipeline;
import org.studykb.ingest.IngestResult;
import org.studykb.ingest.IngestedDocument;
import org.studykb.search.DocumentView;
import org.studykb.search.Documents;
import org.studykb.search.SearchHit;
import org.studykb.search.SearchRequest;
import org.studykb.search.Suggestions;

/**
 * The document pages and suggestions of the Solr backend ({@link SolrDocuments}, {@link SolrSuggestions}) beside the
 * embedded ones over the same documents (SolrSearchTest's: the demo corpus, a 内部 notice for 领导 and a text full
 * of markup): what must be equal is asserted equal, what per-shard statistics or another highlighter may move is
 * counted and printed, and every door of the 内部 notice is closed to a member and open to a leader.
 */
@SolrTestCaseJ4.SuppressSSL(bugUrl = "none: plain HTTP keeps the cluster start short")
@ThreadLeakFilters(defaultFilters = true, filters = {SolrIgnoredThreadsFilter.class, IngestThreads.class})
public class SolrDocumentsTest extends BothBackendsTestCase {
    private static final Viewer MEMBER = Viewer.of(Set.of(Role.MEMBER));
    private static final Viewer LEADER = Viewer.of(Set.of(Role.LEADER));
    /** Queries whose words the passages mark: eval topics' words, a phrase, a synonym's source, a pinyin word. */
    private static final List<String> QUERIES = List.of("民主生活会", "整改落实 问题清单", "批评与自我批评",
            "\"科学发展观\"", "四风", "调研 基层", "走马观花", "标记测试", "会议时间长 -走马观花");

    private static Documents lucene;
    private static Documents cloud;

    @BeforeClass
    public static void readBothBackends() {
        lucene = embedded.byId();
        cloud = solr.byId();
    }

    @AfterClass
    public static void forgetBothBackends() {
        lucene = null;
        cloud = null;
    }

    private static List<String> ids() {
        return documents.stream().map(p -> p.doc().id()).sorted().toList();
    }

    /** Every value of every document as the embedded index gives it, but the time of indexing (each its own). */
    @Test
    public void everyDocumentIsTheEmbeddedOnesWithItsValuesAndProvenance() throws Exception {
        int equal = 0;
        for (String id : ids()) {
            DocumentView e = lucene.get(id, Viewer.OPERATOR).orElseThrow();
            DocumentView s = cloud.get(id, Viewer.OPERATOR).orElseThrow();
            assertEquals(id, withoutTime(e), withoutTime(s));
            assertTrue(id, s.passages() > 0 && !s.values().get(0).why().isEmpty());
            assertEquals(id, lucene.get(id, MEMBER).isPresent(), cloud.get(id, MEMBER).isPresent());
            equal++;
        }
        assertTrue(cloud.get("no/such/file.txt", Viewer.OPERATOR).isEmpty());
        assertTrue(cloud.get("", Viewer.OPERATOR).isEmpty());
        assertTrue("a passage's key is no document", cloud.get(SolrRecords.passageKey(ids().get(0), 0),
                Viewer.OPERATOR).isEmpty());
        DocumentView internal = cloud.get(INTERNAL, Viewer.OPERATOR).orElseThrow();
        assertEquals(INTERNAL_TYPE, internal.value("type"));
        assertTrue(internal.values().stream().anyMatch(DocumentView.Value::manual));
        assertTrue(internal.toString(), internal.internal());
        System.out.printf("studykb-solr documents: get() equal for %d of %d documents%n", equal, ids().size());
    }

    private static DocumentView withoutTime(DocumentView d) {
        return new DocumentView(d.id(), d.title(), d.values(), d.tags(), d.date(), d.unit(), d.contentType(),
                d.size(), "", d.ocr(), d.warnings(), d.passages(), d.access(), d.keywords(), d.summary());
    }

    /**
     * Pages of passages: text, numbers, offsets, labels and cuts always equal; the marked HTML counted, escaped
     * everywhere, and equal for every page read without a query.
     */
    @Test
    public void passagePagesAreTheEmbeddedOnesWithTheQueryMarked() throws Exception {
        int pages = 0;
        int passages = 0;
        int sameHtml = 0;
        int markedSolr = 0;
        int markedEmbedded = 0;
        List<String> differing = new ArrayList<>();
        for (String id : ids()) {
            int total = lucene.get(id, Viewer.OPERATOR).orElseThrow().passages();
            for (int from = 0; from < total; from += Documents.PAGE_PASSAGES) {
                assertEquals(id, lucene.passages(id, from, Documents.PAGE_PASSAGES, "", Viewer.OPERATOR),
                        cloud.passages(id, from, Documents.PAGE_PASSAGES, "", Viewer.OPERATOR));
            }
        }
        for (String q : QUERIES) {
            for (SearchHit h : embedded.search(SearchRequest.of(q, 10)).hits()) {
                List<DocumentView.PassageText> e = lucene.passages(h.id(), 0, Documents.PAGE_PASSAGES, q,
                        Viewer.OPERATOR);
                List<DocumentView.PassageText> s = cloud.passages(h.id(), 0, Documents.PAGE_PASSAGES, q,
                        Viewer.OPERATOR);
                pages++;
                assertEquals(h.id(), e.size(), s.size());
                for (int i = 0; i < e.size(); i++) {
                    DocumentView.PassageText a = e.get(i);
                    DocumentView.PassageText b = s.get(i);
                    assertEquals(a.ordinal(), b.ordinal());
                    assertEquals(a.label(), b.label());
                    assertEquals(a.start(), b.start());
                    assertEquals(a.end(), b.end());
                    assertEquals(a.text(), b.text());
                    assertEquals(a.cut(), b.cut());
                    assertFalse(b.html(), b.html().replace("<mark>", "").replace("</mark>", "")
                            .matches("(?s).*[<>\"'].*"));
                    assertEquals("the marks are all that is added", unmarked(a.html()),
                            unmarked(b.html()));
                    passages++;
                    markedSolr += b.html().contains("<mark>") ? 1 : 0;
                    markedEmbedded += a.html().contains("<mark>") ? 1 : 0;
                    if (a.html().equals(b.html())) {
                        sameHtml++;
                    } else if (differing.size() < 4) {
                        differing.add(q + ": " + abbreviated(a.html()) + "\n   solr: " + abbreviated(b.html()));
                    }
                }
            }
        }
        System.out.printf("studykb-solr passages: %d queries, %d pages, %d passages; same marked HTML for %d;"
                + " marked: %d embedded, %d solr%n", QUERIES.size(), pages, passages, sameHtml, markedEmbedded,
                markedSolr);
        differing.forEach(d -> System.out.println("  embedded: " + d));
        assertTrue("passages marked on Solr: " + markedSolr, markedSolr * 10 >= markedEmbedded * 9);
        assertTrue("same marked HTML: " + sameHtml + "/" + passages, sameHtml * 10 >= passages * 9);
        // the markup of a text is escaped and the query's word marked
        String html = String.join("\n", cloud.passages(MARKUP, 0, 50, "标记测试", Viewer.OPERATOR)
                .stream().map(DocumentView.PassageText::html).toList());
        assertTrue(html, html.contains("&lt;script&gt;alert(&#39;<mark>标记测试</mark>&#39;)&lt;/script&gt;"));
    }

    private static String unmarked(String html) {
        return html.replace("<mark>", "").replace("</mark>", "");
    }

    private static String abbreviated(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }

    /** Passages by number: whole and equal, whatever numbers are asked (missing ones left out). */
    @Test
    public void passagesByNumberAreTheEmbeddedOnes() throws Exception {
        int checked = 0;
        for (String id : ids()) {
            int total = lucene.get(id, Viewer.OPERATOR).orElseThrow().passages();
            Set<Integer> ordinals = new TreeSet<>(List.of(0, 1, total / 2, total - 1, total + 5, 100_000));
            List<DocumentView.PassageText> s = cloud.passages(id, ordinals, Viewer.OPERATOR);
            assertEquals(id, lucene.passages(id, ordinals, Viewer.OPERATOR), s);
            assertEquals(id, Math.min(total, new TreeSet<>(List.of(0, 1, total / 2, total - 1)).size()), s.size());
            assertTrue(id, s.stream().noneMatch(DocumentView.PassageText::cut));
            checked++;
        }
        assertEquals(List.of(), cloud.passages(ids().get(0), Set.of(), Viewer.OPERATOR));
        assertEquals(List.of(), cloud.passages("no/such/file.txt", Set.of(0, 1), Viewer.OPERATOR));
        System.out.printf("studykb-solr passages by number: equal for %d of %d documents%n", checked, ids().size());
    }

    /** 上一处/下一处: the passages a query marks, for the documents each query finds. */
    @Test
    public void hitOrdinalsAreTheEmbeddedOnes() throws Exception {
        int same = 0;
        int asked = 0;
        List<String> differing = new ArrayList<>();
        for (String q : QUERIES) {
            for (SearchHit h : embedded.search(SearchRequest.of(q, 10)).hits()) {
                List<Integer> e = lucene.hitOrdinals(h.id(), q, Viewer.OPERATOR);
                List<Integer> s = cloud.hitOrdinals(h.id(), q, Viewer.OPERATOR);
                asked++;
                if (e.equals(s)) {
                    same++;
                } else if (differing.size() < 5) {
                    Set<Integer> apart = new TreeSet<>(e);
                    apart.addAll(s);
                    apart.retainAll(e.stream().filter(o -> !s.contains(o)).toList());
                    String text = apart.isEmpty() ? "" : lucene.passages(h.id(), apart, Viewer.OPERATOR).get(0).text();
                    differing.add(q + " in " + h.id() + ": embedded " + e + ", solr " + s + " 「"
                            + abbreviated(text) + "」");
                }
            }
        }
        System.out.printf("studykb-solr hit ordinals: equal for %d of %d (query, document) pairs%n", same, asked);
        differing.forEach(d -> System.out.println("  " + d));
        assertTrue("hit ordinals equal: " + same + "/" + asked, same * 10 >= asked * 9);
        assertEquals(List.of(), cloud.hitOrdinals(ids().get(0), "", Viewer.OPERATOR));
        assertEquals(List.of(), cloud.hitOrdinals(ids().get(0), "title:民主", Viewer.OPERATOR));
    }

    /** hidden() and the ids of a file's content, for each kind of viewer. */
    @Test
    public void hiddenAndIdsWithContentAreTheEmbeddedOnes() throws Exception {
        for (Viewer v : List.of(Viewer.OPERATOR, MEMBER, LEADER, Viewer.of(Set.of()))) {
            assertEquals(v.toString(), lucene.hidden(v), cloud.hidden(v));
        }
        assertEquals(Set.of(INTERNAL), cloud.hidden(MEMBER));
        assertEquals(Set.of(), cloud.hidden(LEADER));
        int equal = 0;
        for (Put p : documents) {
            for (Viewer v : List.of(Viewer.OPERATOR, MEMBER)) {
                List<String> s = cloud.idsWithContent(p.doc().contentHash(), v);
                assertEquals(p.doc().id(), lucene.idsWithContent(p.doc().contentHash(), v), s);
                equal++;
            }
            assertTrue(p.doc().id(), cloud.idsWithContent(p.doc().contentHash(), Viewer.OPERATOR)
                    .contains(p.doc().id()));
        }
        assertEquals(List.of(), cloud.idsWithContent("0".repeat(64), Viewer.OPERATOR));
        System.out.printf("studykb-solr idsWithContent: equal for %d of %d (document, viewer) pairs%n", equal,
                2 * documents.size());
    }

    /**
     * Related documents by Solr's MoreLikeThis beside the embedded one's: the overlap of their first five, printed;
     * never the document itself, always documents.
     */
    @Test
    public void relatedDocumentsOverlapTheEmbeddedOnes() throws Exception {
        int common = 0;
        int embeddedTotal = 0;
        int sameFirst = 0;
        int withAny = 0;
        Set<String> known = new HashSet<>(ids());
        for (String id : ids()) {
            List<String> e = lucene.related(id, 5, Viewer.OPERATOR).stream().map(DocumentView.Related::id).toList();
            List<DocumentView.Related> related = cloud.related(id, 5, Viewer.OPERATOR);
            List<String> s = related.stream().map(DocumentView.Related::id).toList();
            assertFalse(id, s.contains(id));
            assertTrue(id + ": " + s, known.containsAll(s));
            assertTrue(id, s.size() <= 5 && related.stream().allMatch(r -> r.score() > 0 && r.title() != null));
            embeddedTotal += e.size();
            common += (int) s.stream().filter(e::contains).count();
            sameFirst += !e.isEmpty() && !s.isEmpty() && e.get(0).equals(s.get(0)) ? 1 : 0;
            withAny += s.isEmpty() ? 0 : 1;
        }
        System.out.printf("studykb-solr related: %d of the embedded backend's %d first-five related documents also"
                + " in Solr's (%.2f); same first for %d of %d documents; Solr found some for %d%n", common,
                embeddedTotal, common / (double) Math.max(1, embeddedTotal), sameFirst, ids().size(), withAny);
        assertTrue("Solr finds related documents: " + withAny, withAny * 10 >= ids().size() * 9);
        assertTrue("overlap " + common + "/" + embeddedTotal, common * 2 >= embeddedTotal);
        assertEquals(List.of(), cloud.related("no/such/file.txt", 5, Viewer.OPERATOR));
    }

    /** Words counted the same for the words both offer, titles the same; the overlap printed. */
    @Test
    public void suggestionsAreTheEmbeddedOnes() throws Exception {
        Suggestions e = embedded.suggestions();
        Suggestions s = solr.suggestions();
        String title = lucene.get(ids().get(ids().size() / 2), Viewer.OPERATOR).orElseThrow().title();
        List<String> typed = List.of("民主", "整改", "学习", "批评", "领导", "会议", "调研", "科学发展",
                title.substring(1, Math.min(title.length(), 5)), "走马");
        int words = 0;
        int commonWords = 0;
        int sameWords = 0;
        int sameTitles = 0;
        for (String t : typed) {
            for (Viewer v : List.of(MEMBER, LEADER)) {
                List<Suggestions.Suggestion> a = e.suggest(t, 10, v);
                List<Suggestions.Suggestion> b = s.suggest(t, 10, v);
                List<Suggestions.Suggestion> aw = a.stream().filter(x -> x.kind().equals("term")).toList();
                List<Suggestions.Suggestion> bw = b.stream().filter(x -> x.kind().equals("term")).toList();
                assertTrue(t + ": " + b, bw.stream().allMatch(x -> x.text().startsWith(t)
                        && Suggestions.worthSuggesting(x.text()) && x.count() > 0));
                words += aw.size();
                for (Suggestions.Suggestion w : bw) {
                    aw.stream().filter(x -> x.text().equals(w.text())).findFirst().ifPresent(x ->
                            assertEquals(t + " " + w.text(), x.count(), w.count()));
                }
                commonWords += (int) bw.stream().filter(aw::contains).count();
                sameWords += aw.equals(bw) ? 1 : 0;
                List<Suggestions.Suggestion> at = a.stream().filter(x -> x.kind().equals("title")).toList();
                List<Suggestions.Suggestion> bt = b.stream().filter(x -> x.kind().equals("title")).toList();
                assertTrue(t + ": " + bt, bt.stream().allMatch(x -> x.text().toLowerCase().contains(t)));
                sameTitles += at.equals(bt) ? 1 : 0;
                if (!aw.equals(bw) || !at.equals(bt)) {
                    System.out.println("  suggest " + t + " " + v + "\n    embedded " + a + "\n    solr     " + b);
                }
            }
        }
        System.out.printf("studykb-solr suggestions: %d typed texts × 2 viewers; words: %d of the embedded backend's"
                + " %d offered too (same count each), same list %d of %d; same titles %d of %d%n", typed.size(),
                commonWords, words, sameWords, 2 * typed.size(), sameTitles, 2 * typed.size());
        assertTrue("common words " + commonWords + "/" + words, commonWords * 10 >= words * 8);
        assertTrue("same titles " + sameTitles, sameTitles * 10 >= 2 * typed.size() * 8);
        // pinyin: words whose full pinyin starts with the letters, counted the same
        int pinyinEmbedded = 0;
        int pinyinCommon = 0;
        int pinyinSame = 0;
        List<String> spelled = List.of("kexue", "minzhu", "zhenggai", "pipan", "xuexi", "dangyuan", "ganbu");
        for (String letters : spelled) {
            List<Suggestions.Suggestion> a = e.suggest(letters, 10, MEMBER).stream()
                    .filter(x -> x.kind().equals("term")).toList();
            List<Suggestions.Suggestion> b = s.suggest(letters, 10, MEMBER).stream()
                    .filter(x -> x.kind().equals("term")).toList();
            pinyinEmbedded += a.size();
            pinyinCommon += (int) b.stream().filter(a::contains).count();
            pinyinSame += a.equals(b) ? 1 : 0;
            if (!a.equals(b)) {
                System.out.println("  suggest " + letters + "\n    embedded " + a + "\n    solr     " + b);
            }
        }
        System.out.printf("studykb-solr suggestions by pinyin (%d typed): %d of the embedded backend's %d words"
                + " offered too, same count; same list for %d%n", spelled.size(), pinyinCommon, pinyinEmbedded,
                pinyinSame);
        assertTrue("pinyin words " + pinyinCommon + "/" + pinyinEmbedded, pinyinCommon * 10 >= pinyinEmbedded * 8);
        for (String letters : List.of("k", "zh", "xu")) { // letters that begin many words: printed with the time
            long t0 = System.nanoTime();
            List<Suggestions.Suggestion> b = s.suggest(letters, 10, MEMBER);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("  suggest %s (%d ms): same as embedded %s; solr %s%n", letters, ms,
                    e.suggest(letters, 10, MEMBER).equals(b), b);
        }
        assertEquals(List.of(), s.suggest("  ", 10, LEADER));
        assertEquals(List.of(), s.suggest("民主", 0, LEADER));
    }

    /** 内部: every door of the document page and of suggestions closed to a member, open to a leader. */
    @Test
    public void theInternalDocumentIsBehindEveryDoor() throws Exception {
        String hash = documents.stream().filter(p -> p.doc().id().equals(INTERNAL)).findFirst().orElseThrow()
                .doc().contentHash();
        for (Documents d : List.of(cloud, lucene)) {
            assertTrue(d.get(INTERNAL, MEMBER).isEmpty());
            assertEquals(List.of(), d.passages(INTERNAL, 0, 50, "", MEMBER));
            assertEquals(List.of(), d.passages(INTERNAL, 0, 50, "走马观花", MEMBER));
            assertEquals(List.of(), d.passages(INTERNAL, Set.of(0, 1, 2, 3), MEMBER));
            assertEquals(List.of(), d.hitOrdinals(INTERNAL, "走马观花", MEMBER));
            assertEquals(List.of(), d.related(INTERNAL, 10, MEMBER));
            assertEquals(List.of(), d.idsWithContent(hash, MEMBER));

            DocumentView shown = d.get(INTERNAL, LEADER).orElseThrow();
            assertEquals(INTERNAL_TITLE, shown.title());
            assertEquals(shown.passages(), d.passages(INTERNAL, 0, 50, "", LEADER).size());
            assertFalse(d.passages(INTERNAL, Set.of(0, 1), LEADER).isEmpty());
            assertFalse(d.hitOrdinals(INTERNAL, "走马观花", LEADER).isEmpty());
            assertTrue(d.passages(INTERNAL, 0, 50, SECRET, LEADER).stream()
                    .anyMatch(p -> p.html().contains("<mark>" + SECRET + "</mark>")));
            assertFalse(d.related(INTERNAL, 10, LEADER).isEmpty());
            assertEquals(List.of(INTERNAL), d.idsWithContent(hash, LEADER));
        }
        // as a related document: offered to a leader for some document, to a member for none
        int offered = 0;
        for (String id : ids()) {
            if (id.equals(INTERNAL)) {
                continue;
            }
            offered += cloud.related(id, 100, LEADER).stream().anyMatch(r -> r.id().equals(INTERNAL)) ? 1 : 0;
            assertTrue(id, cloud.related(id, 100, MEMBER).stream().noneMatch(r -> r.id().equals(INTERNAL)));
        }
        assertTrue("the notice is related to some document for a leader", offered > 0);
        // suggestions: its own word and its title for a leader only; the counts of shared words unmoved
        Suggestions s = solr.suggestions();
        Suggestions e = embedded.suggestions();
        String secret = SECRET.substring(0, 4);
        assertEquals(List.of(), s.suggest(secret, 10, MEMBER));
        assertTrue(s.suggest(secret, 10, LEADER).toString(), s.suggest(secret, 10, LEADER).stream()
                .anyMatch(x -> x.kind().equals("term") && x.text().equals(SECRET) && x.count() == 1));
        String titleStart = INTERNAL_TITLE.substring(0, 5);
        assertTrue(s.suggest(titleStart, 10, MEMBER).stream().noneMatch(x -> x.id() != null && x.id().equals(INTERNAL)));
        assertTrue(s.suggest(titleStart, 10, LEADER).stream().anyMatch(x -> "title".equals(x.kind())
                && INTERNAL.equals(x.id()) && x.text().equals(INTERNAL_TITLE)));
        for (String shared : List.of("走马", "会议", "领导干部", "公务")) {
            List<Suggestions.Suggestion> member = s.suggest(shared, 10, MEMBER);
            assertFalse(member.toString(), member.toString().contains(INTERNAL));
            assertEquals(shared, e.suggest(shared, 10, MEMBER).stream().filter(x -> x.kind().equals("term")).toList(),
                    member.stream().filter(x -> x.kind().equals("term")).toList());
        }
        // 走马观花: the notice holds it, so a leader counts one document more than a member
        long member = count(s.suggest("走马", 10, MEMBER), "走马观花");
        long leader = count(s.suggest("走马", 10, LEADER), "走马观花");
        assertEquals(member + 1, leader);
    }

    /** Nothing is kept between requests: a document committed is offered and shown at once, and gone once deleted. */
    @Test
    public void aCommitIsSeenAtOnce() throws Exception {
        Path root = createTempDir("fresh");
        Path file = root.resolve("新增/临时通知.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "临时增补的通知\n\n一、qqxyzzy 出现在正文里。\n\n二、qqxyzzy 再出现一次。\n",
                StandardCharsets.UTF_8);
        IngestedDocument doc = ((IngestResult.Ingested) IngestPipeline.load(SolrCloudClusterTest.INDEXER)
                .ingest(root, file)).document();
        Suggestions s = solr.suggestions();
        assertEquals(List.of(), s.suggest("qqxy", 10, MEMBER));
        try (IndexBackend.Writer w = solr.writer(analyzers)) {
            w.put(doc, 1, 1, ManualValues.NONE);
            w.commit();
        }
        try {
            assertEquals(List.of(new Suggestions.Suggestion("qqxyzzy", "term", null, 1)),
                    s.suggest("qqxy", 10, MEMBER));
            assertEquals(List.of(new Suggestions.Suggestion("临时增补的通知", "title", doc.id(), 1)),
                    s.suggest("临时增补", 10, MEMBER).stream().filter(x -> x.kind().equals("title")).toList());
            assertEquals(3, cloud.get(doc.id(), MEMBER).orElseThrow().passages());
            assertEquals(List.of(1, 2), cloud.hitOrdinals(doc.id(), "qqxyzzy", MEMBER));
        } finally {
            try (IndexBackend.Writer w = solr.writer(analyzers)) {
                w.delete(doc.id());
                w.commit();
            }
        }
        assertTrue(cloud.get(doc.id(), MEMBER).isEmpty());
        assertEquals(List.of(), s.suggest("qqxy", 10, MEMBER));
        assertEquals(List.of(), cloud.passages(doc.id(), 0, 50, "", MEMBER));
    }

    private static long count(List<Suggestions.Suggestion> suggestions, String word) {
        return suggestions.stream().filter(x -> x.text().equals(word)).mapToLong(Suggestions.Suggestion::count)
                .findFirst().orElse(0);
    }
}
