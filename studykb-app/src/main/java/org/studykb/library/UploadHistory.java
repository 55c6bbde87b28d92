package org.studykb.library;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.studykb.access.Viewer;
import org.studykb.search.DocumentView;
import org.studykb.search.Documents;
import org.studykb.store.UploadRecords;

/** 我的上传: one person's uploads, newest first, each searchable now (with its document) or why not. */
public final class UploadHistory {
    /** The most uploads the list shows. */
    public static final int SHOWN = 200;

    private final UploadRecords records;
    private final Documents documents;

    public UploadHistory(UploadRecords records, Documents documents) {
        this.records = records;
        this.documents = documents;
    }

    /**
     * One upload.
     *
     * @param file    the name the file came with (for people only)
     * @param indexed true when the document is in the index and the uploader may see it
     * @param id      its document id, null when it was refused
     * @param title   its title, or the file name
     * @param reason  why it is not searchable, in Chinese; empty when it is
     */
    public record Entry(String file, OffsetDateTime at, boolean indexed, String id, String title, String reason) {
    }

    /** The uploads of {@code user}, who sees as {@code viewer}. */
    public List<Entry> of(String user, Viewer viewer) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (UploadRecords.Upload u : records.byUploader(user, SHOWN)) {
            Optional<DocumentView> doc = documents.get(u.docId(), viewer);
            String title = doc.map(DocumentView::title).filter(t -> t != null && !t.isBlank()).orElse(u.originalName());
            out.add(new Entry(u.originalName(), u.uploadedAt(), doc.isPresent(), u.docId(), title,
                    doc.isPresent() ? "" : "索引中暂时没有这篇文档（可能正在重建索引，或已不再对您可见）"));
        }
        for (UploadRecords.Refused r : records.refusedOf(user, SHOWN)) {
            out.add(new Entry(r.originalName(), r.uploadedAt(), false, null, r.originalName(), r.reason()));
        }
        out.sort(Comparator.comparing(Entry::at).reversed());
        return out.size() > SHOWN ? List.copyOf(out.subList(0, SHOWN)) : List.copyOf(out);
    }
}
