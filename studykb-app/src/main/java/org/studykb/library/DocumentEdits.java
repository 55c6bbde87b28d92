package org.studykb.library;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.studykb.index.Fields;
import org.studykb.index.IndexFiles;
import org.studykb.ingest.IngestResult;
import org.studykb.search.DocumentView;
import org.studykb.search.Documents;
import org.studykb.search.SearchBackend;
import org.studykb.access.Viewer;
import org.studykb.store.ManualEdit;
import org.studykb.store.ManualValuesStore;
import org.studykb.access.Role;

/**
 * Saves what a person sets on a document (type, phase, campaign, tags, who may see it) and makes it searchable at once: the
 * store and its audit event first (the truth, which every {@code index} run reads), then the document's records mapped again with its new values from what the index stores of it (no Tika, no OCR; only a
 * record of an older index layout makes the file be read again), then the searchers refreshed.
 */
public final class DocumentEdits {
    private static final Logger log = LoggerFactory.getLogger(DocumentEdits.class);

    private final ManualValuesStore store;
    private final IndexFiles index;
    private final SearchBackend search;
    private final Documents documents;
    private final AccessMarks marks;
    private final EditChecks checks;

    public DocumentEdits(ManualValuesStore store, IndexFiles index, SearchBackend search, Documents documents,
                         AccessMarks marks, EditChecks checks) {
        this.marks = marks;
        this.checks = checks;
        this.store = store;
        this.index = index;
        this.search = search;
        this.documents = documents;
    }

    /**
     * What became of an edit.
     *
     * @param changed false when the values were already so
     * @param indexed true when the search results show the new values now
     * @param message what to tell the person, in Chinese
     */
    public record Outcome(boolean changed, boolean indexed, String message) {
    }

    /**
     * Saves an edit by someone with these roles; they cannot lock themselves out, nor lower a 内部 mark they may
     * not lower ({@link AccessMarks}), nor set a type or campaign nobody configured or a phase of another campaign
     * ({@link EditChecks}): a refused edit changes nothing.
     */
    public Outcome save(String id, ManualEdit edit, String actor, Set<Role> roles) throws IOException {
        Viewer viewer = Viewer.of(roles);
        DocumentView doc = documents.get(id, viewer).orElseThrow(() -> new NotFound("没有找到文档：" + id));
        AccessRoles.checkNotLockedOut(edit, viewer);
        marks.checkMayLower(doc, edit, actor, roles);
        checks.check(edit, doc.value(Fields.CAMPAIGN), doc.value(Fields.PHASE), DocumentPages.known(search, viewer));
        ManualValuesStore.Change change = store.set(id, edit, actor);
        if (!change.changed()) {
            return new Outcome(false, true, "没有改动");
        }
        try {
            IngestResult result = index.reindex(id, store);
            search.refreshNow();
            if (result instanceof IngestResult.Failed failed) {
                return new Outcome(true, false, "已保存，但原文件无法重新读取（" + failed.failure().reason()
                        + "），修改将在文件可读后生效");
            }
            return new Outcome(true, true, "已保存，检索结果已按新值更新");
        } catch (IOException e) {
            log.warn("manual values of {} saved, index not updated: {}", id, e.getMessage());
            return new Outcome(true, false, "已保存；索引暂时无法更新（" + e.getMessage()
                    + "），将在下次索引或服务重启时生效");
        }
    }

    /** Applies manual values the index does not have yet (edits made during an index run). */
    public synchronized void startup() throws IOException {
        try {
            List<String> done = index.reconcile(store);
            if (!done.isEmpty()) {
                search.refreshNow();
                log.info("applied manual values to {} documents: {}", done.size(), done);
            }
        } catch (IOException e) {
            log.warn("manual values not applied to the index at start-up: {}", e.getMessage());
        }
    }
}
