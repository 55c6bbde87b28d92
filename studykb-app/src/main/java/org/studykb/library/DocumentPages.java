package org.studykb.library;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.studykb.index.Fields;
import org.studykb.search.Citations;
import org.studykb.search.DocumentView;
import org.studykb.search.Documents;
import org.studykb.search.SearchRequest;
import org.studykb.search.SearchResponse;
import org.studykb.search.SearchBackend;
import org.studykb.access.Viewer;
import org.studykb.store.AuditLog;
import org.studykb.store.ManualEdit;
import org.studykb.access.Role;
import org.studykb.store.UploadRecords;

/** Everything the document page shows, gathered in one call; and the edit its form asks for. */
public final class DocumentPages {
    public static final int RELATED = 5;
    static final int HISTORY = 20;

    private final Documents documents;
    private final SearchBackend search;
    private final UploadRecords uploads;
    private final AuditLog audit;
    private final EditChecks checks;

    public DocumentPages(Documents documents, SearchBackend search, UploadRecords uploads, AuditLog audit,
                         EditChecks checks) {
        this.checks = checks;
        this.documents = documents;
        this.search = search;
        this.uploads = uploads;
        this.audit = audit;
    }

    /** A passage with its ready citation. */
    record PassageView(DocumentView.PassageText passage, String citation) {
    }

    /**
     * The document page: its metadata and one page of its passages.
     *
     * @param passages     the passages of this page, {@link Documents#PAGE_PASSAGES} at most, each cut after
     *                     {@link Documents#SHOWN_CHARS} characters
     * @param paging       which page of the passages this is, and the links to the others
     * @param originalName the name an uploaded file came with, or null for corpus files
     * @param known        values already in use, per editable field: the editor offers them
     * @param choices      the editor's campaigns, each with its phases, and types
     * @param hitPages     the pages (from 1, in order) holding passages in which the query's words are marked
     */
    record DocumentModel(DocumentView doc, String q, List<PassageView> passages, Paging paging,
                         List<DocumentView.Related> related, String originalName, List<HistoryEntry> history,
                         Map<String, List<String>> known, EditChecks.Choices choices, List<Integer> hitPages) {
        /** The nearest page before this one holding a passage with the query's words; 0 when none does. */
        public int previousHitPage() {
            int before = 0;
            for (int n : hitPages) {
                if (n < paging.current()) {
                    before = n;
                }
            }
            return before;
        }

        /** The nearest page after this one holding a passage with the query's words; 0 when none does. */
        public int nextHitPage() {
            return hitPages.stream().filter(n -> n > paging.current()).findFirst().orElse(0);
        }

        /** The number of the first passage shown, from 1 as on the page. */
        public int firstShown() {
            return passages.isEmpty() ? 0 : passages.get(0).passage().ordinal() + 1;
        }

        public int lastShown() {
            return passages.isEmpty() ? 0 : passages.get(passages.size() - 1).passage().ordinal() + 1;
        }
    }

    /**
     * A change of the document from the audit trail: when (the page shows it in the configured zone), who, and what
     * as a sentence (把阶段从「学习调研」改为「分析检查」，标签加上「作风」).
     */
    record HistoryEntry(OffsetDateTime at, String who, String change) {
        static HistoryEntry of(AuditLog.Event e) {
            String change = ChangeSentences.of(e.before(), e.after());
            if (AuditLog.Action.ACCESS_REFUSED.name().equals(e.action())) {
                change = "想" + change + "（未获准，未改动）";
            }
            return new HistoryEntry(e.at(), e.actor(), change);
        }
    }

    /**
     * The document page showing page {@code page} (from 1) of its passages, or, when {@code passage} is not null,
     * the page that holds that passage (the target of a search hit's link); a page past the last shows the last.
     */
    public DocumentModel page(String id, String q, int page, Integer passage, Viewer viewer) throws IOException {
        search.refresh();
        DocumentView doc = documents.get(id, viewer).orElseThrow(() -> new NotFound("没有找到文档：" + id));
        int size = Documents.PAGE_PASSAGES;
        int wanted = passage != null ? Math.max(0, passage) / size + 1 : Math.max(1, page);
        int last = Math.max(1, (doc.passages() + size - 1) / size);
        Paging paging = Paging.of(doc.passages(), size, Math.min(wanted, last), Integer.MAX_VALUE);
        List<PassageView> passages = documents.passages(id, (paging.current() - 1) * size, size, q, viewer).stream()
                .map(p -> new PassageView(p, Citations.of(p.cut() ? p.text() + "……" : p.text(), doc.title(),
                        doc.unit(), doc.date())))
                .toList();
        String original = uploads.byDocId(id).map(UploadRecords.Upload::originalName).orElse(null);
        Map<String, List<String>> known = known(viewer);
        return new DocumentModel(doc, q, passages, paging, documents.related(id, RELATED, viewer), original,
                audit.of(id, HISTORY).stream().map(HistoryEntry::of).toList(), known,
                checks.choices(known, doc.value(Fields.PHASE), doc.value(Fields.CAMPAIGN)),
                documents.hitOrdinals(id, q, viewer).stream().map(o -> o / size + 1).distinct().toList());
    }

    /** The editor's choices that keep showing a phase and campaign someone chose on a refused form. */
    public EditChecks.Choices choices(Viewer viewer, String phase, String campaign) throws IOException {
        return checks.choices(known(viewer), phase, campaign);
    }

    /** The document, or 404 Not Found when there is none or the viewer may not see it (the same answer). */
    public DocumentView get(String id, Viewer viewer) throws IOException {
        search.refresh();
        return documents.get(id, viewer).orElseThrow(() -> new NotFound("没有找到文档：" + id));
    }

    /** The values in use for type, phase, campaign and tags in the documents the viewer sees, most used first. */
    Map<String, List<String>> known(Viewer viewer) throws IOException {
        return known(search, viewer);
    }

    static Map<String, List<String>> known(SearchBackend search, Viewer viewer) throws IOException {
        SearchResponse all = search.search(new SearchRequest("", SearchRequest.Sort.RELEVANCE, 0, 1), viewer);
        Map<String, List<String>> known = new LinkedHashMap<>();
        for (String field : List.of(Fields.TYPE, Fields.PHASE, Fields.CAMPAIGN, Fields.TAG)) {
            known.put(field, all.facets().getOrDefault(field, List.of()).stream()
                    .map(SearchResponse.FacetValue::value).toList());
        }
        return known;
    }

    /**
     * The edit a submitted form means: a field left at its current value is not touched (so an inferred value
     * does not become a manual one by saving), a changed one is set, an emptied one loses its manual value.
     */
    public static ManualEdit editFrom(DocumentView doc, String type, String phase, String campaign, String tags) {
        return editFrom(doc, type, phase, campaign, tags, null);
    }

    /** As above, with who may see it: {@code access} null when the form had no such part, else the roles ticked. */
    public static ManualEdit editFrom(DocumentView doc, String type, String phase, String campaign, String tags,
                               List<String> access) {
        Set<Role> roles = access == null ? null : AccessRoles.parse(access);
        if (roles != null && AccessRoles.same(roles, doc.access())) {
            roles = null;
        }
        return new ManualEdit(changed(doc, Fields.TYPE, type), changed(doc, Fields.PHASE, phase),
                changed(doc, Fields.CAMPAIGN, campaign), tags == null ? null : ManualEdit.splitTags(tags), roles);
    }

    private static String changed(DocumentView doc, String field, String submitted) {
        if (submitted == null) {
            return null;
        }
        String current = Optional.ofNullable(doc.value(field)).orElse("");
        return submitted.strip().equals(current) ? null : submitted.strip();
    }
}
