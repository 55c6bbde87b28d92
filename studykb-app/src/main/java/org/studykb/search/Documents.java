package org.studykb.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.studykb.access.Viewer;
import org.studykb.index.Fields;

/**
 * Single documents of the index: their stored metadata with provenance, their passages (with the words of a
 * query marked) and the documents most like them. Every call names its {@link Viewer}: a document the viewer
 * may not see is answered exactly like one that does not exist. Each backend gives its own
 * ({@link SearchBackend#byId()}): {@link LuceneDocuments} for the embedded index.
 */
public interface Documents {
    /** The values a document page shows, in this order, each with why it has its value. */
    List<String> SHOWN = List.of(Fields.TITLE, Fields.TYPE, Fields.PHASE, Fields.CAMPAIGN,
            Fields.DATE, Fields.UNIT, Fields.AUTHOR, Fields.DOC_NUMBER);

    /** Passages on one page of the document page, and by default in one answer of the API. */
    int PAGE_PASSAGES = 50;
    /** The most passages one call gives. */
    int MAX_PASSAGES = 200;
    /** Characters of one passage given with a page: a longer passage is cut there ({@code cut}). */
    int SHOWN_CHARS = 2_000;

    /**
     * The document with this id, or empty when the index has none (a file that failed is not a document) or the
     * viewer may not see it.
     */
    Optional<DocumentView> get(String id, Viewer viewer) throws IOException;

    /**
     * The passage numbers a call for {@code count} passages from number {@code from} covers: from {@code first} to
     * {@code last}, {@code count} of them, at least one and at most {@link #MAX_PASSAGES}.
     */
    record Range(int first, int count, int last) {
        public static Range of(int from, int count) {
            int first = Math.max(0, from);
            int n = Math.max(1, Math.min(MAX_PASSAGES, count));
            return new Range(first, n, (int) Math.min(Integer.MAX_VALUE, (long) first + n - 1));
        }
    }

    /**
     * Up to {@code count} passages (at most {@link #MAX_PASSAGES}) from number {@code from} on, in order, with the
     * words of {@code query} marked (none when blank), each cut after {@link #SHOWN_CHARS} characters; none when
     * the viewer may not see the document.
     */
    List<DocumentView.PassageText> passages(String id, int from, int count, String query, Viewer viewer)
            throws IOException;

    /** The passages with these numbers, in order and whole; none when the viewer may not see the document. */
    List<DocumentView.PassageText> passages(String id, Set<Integer> ordinals, Viewer viewer) throws IOException;

    /**
     * The numbers of the passages in which the words of {@code query} are marked, in order: where 上一处/下一处 go
     * past the passages of one page. None when the query is blank or the viewer may not see the document.
     */
    List<Integer> hitOrdinals(String id, String query, Viewer viewer) throws IOException;

    /** Up to {@code max} documents most like this one, by the words of its text, of those the viewer may see. */
    List<DocumentView.Related> related(String id, int max, Viewer viewer) throws IOException;

    /** The ids of the documents the viewer may not see. Empty for a viewer who sees everything. */
    Set<String> hidden(Viewer viewer) throws IOException;

    /**
     * Ids of the documents whose file has this SHA-256 (the corpus and uploads alike) and the viewer may see, in
     * id order, ten at most.
     */
    List<String> idsWithContent(String sha256, Viewer viewer) throws IOException;

    /** The first {@code max} characters of a passage's text as a page shows it, not ending inside a surrogate pair. */
    static String shown(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
