package org.studykb.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.studykb.access.Viewer;
import org.studykb.search.Citations;
import org.studykb.search.DocumentView;
import org.studykb.search.Documents;
import org.studykb.search.SearchBackend;

/**
 * A document's whole text at once, for its print view and its preview: the paragraphs as they were extracted, in
 * order, with the words of a query marked, under the source a citation of it names. A document the viewer may not
 * see is not found, exactly as one that does not exist.
 */
public final class WholeDocuments {
    /** The most passages one view shows; a longer document says how many more there are. */
    public static final int MAX_PASSAGES = 2_000;

    private final Documents documents;
    private final SearchBackend search;

    public WholeDocuments(Documents documents, SearchBackend search) {
        this.documents = documents;
        this.search = search;
    }

    /**
     * A document's text in one piece.
     *
     * @param source   （《标题》，单位，日期）, as a citation of it ends
     * @param passages its passages in order, {@link #MAX_PASSAGES} at most, each cut after
     *                 {@link Documents#SHOWN_CHARS} characters
     * @param left     how many passages are not shown (0 for all but the longest documents)
     */
    public record WholeDocument(DocumentView doc, String q, String source, List<DocumentView.PassageText> passages,
                                int left) {
        /** True when some passage is shown only in part. */
        public boolean anyCut() {
            return passages.stream().anyMatch(DocumentView.PassageText::cut);
        }
    }

    /** The document with the words of {@code q} marked (none when blank), or {@link NotFound}. */
    public WholeDocument of(String id, String q, Viewer viewer) throws IOException {
        search.refresh();
        DocumentView doc = documents.get(id, viewer).orElseThrow(() -> new NotFound("没有找到文档：" + id));
        String query = q == null ? "" : q;
        int wanted = Math.min(doc.passages(), MAX_PASSAGES);
        List<DocumentView.PassageText> passages = new ArrayList<>(wanted);
        while (passages.size() < wanted) {
            List<DocumentView.PassageText> next = documents.passages(id, passages.size(),
                    Math.min(Documents.MAX_PASSAGES, wanted - passages.size()), query, viewer);
            if (next.isEmpty()) {
                break;
            }
            passages.addAll(next);
        }
        return new WholeDocument(doc, query, Citations.source(doc.title(), doc.unit(), doc.date()),
                List.copyOf(passages), doc.passages() - passages.size());
    }
}
