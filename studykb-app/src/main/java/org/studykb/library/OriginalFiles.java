package org.studykb.library;

import java.io.IOException;
import java.nio.file.Path;

import org.studykb.index.IndexFiles;
import org.studykb.search.DocumentView;
import org.studykb.search.Documents;
import org.studykb.access.Viewer;
import org.studykb.store.UploadRecords;

/**
 * The original file of an indexed document, for download. Only ids the index has are served, and only files
 * inside the corpus folder or the uploads folder: a request can never name another path.
 */
public final class OriginalFiles {
    private final Documents documents;
    private final IndexFiles index;
    private final UploadRecords uploads;

    public OriginalFiles(Documents documents, IndexFiles index, UploadRecords uploads) {
        this.documents = documents;
        this.index = index;
        this.uploads = uploads;
    }

    /** A file to send: where it is, the name to offer and its media type. */
    public record Download(Path file, String name, String contentType) {
    }

    /** The file of a document the viewer may see; 404 Not Found otherwise, as for an id the index does not have. */
    public Download find(String id, Viewer viewer) throws IOException {
        DocumentView doc = documents.get(id, viewer).orElseThrow(() -> new NotFound("没有找到文档：" + id));
        Path file = index.files().locate(id)
                .orElseThrow(() -> new NotFound("原文件已不在语料文件夹中：" + id)).file();
        String name = uploads.byDocId(id).map(UploadRecords.Upload::originalName)
                .orElse(file.getFileName().toString());
        String type = doc.contentType() == null || doc.contentType().isBlank()
                ? "application/octet-stream" : doc.contentType();
        return new Download(file, name, type);
    }
}
