package org.studykb.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Files added from the browser: the name we stored them under, the name they came with, who and when. */
public final class UploadRecords {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    public UploadRecords(DataSource dataSource, AuditLog audit) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.audit = audit;
    }

    /**
     * An uploaded file.
     *
     * @param storedName   the name we gave it under {@code <data>/uploads}
     * @param docId        its document id ({@code uploads/<storedName>})
     * @param originalName the name the browser sent, for people only: never used as a path
     */
    public record Upload(String storedName, String docId, String originalName, String contentType, long size,
                         String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
    }

    /** Records an upload and audits it, in one transaction. */
    public void add(Upload u) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO uploaded_file (stored_name, doc_id, original_name, content_type, size_bytes, "
                            + "sha256, uploaded_by, uploaded_at) VALUES (:s, :d, :o, :t, :n, :h, :by, :at)")
                    .param("s", u.storedName()).param("d", u.docId()).param("o", AuditLog.cut(u.originalName(), 1000))
                    .param("t", u.contentType()).param("n", u.size()).param("h", u.sha256())
                    .param("by", u.uploadedBy()).param("at", u.uploadedAt()).update();
            audit.record(u.uploadedBy(), AuditLog.Action.UPLOAD, u.docId(), null,
                    "原文件名=" + u.originalName() + "；类型=" + u.contentType() + "；大小=" + u.size());
        });
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** An earlier upload with the same content, if any. */
    public Optional<Upload> bySha256(String sha256) {
        return jdbc.sql("SELECT * FROM uploaded_file WHERE sha256 = :h ORDER BY uploaded_at FETCH FIRST 1 ROWS ONLY")
                .param("h", sha256).query(this::upload).optional();
    }

    /** Every recorded upload, oldest first. */
    public java.util.List<Upload> all() {
        return jdbc.sql("SELECT * FROM uploaded_file ORDER BY uploaded_at, stored_name").query(this::upload).list();
    }

    /**
     * A file refused at upload: the name it came with (for people only), why, who and when. Nothing else of it is
     * kept.
     */
    public record Refused(String originalName, String reason, String uploadedBy, OffsetDateTime uploadedAt) {
    }

    /** Records a refused upload, so its uploader finds it under 我的上传. */
    public void addRefused(Refused r) {
        jdbc.sql("INSERT INTO upload_failure (original_name, reason, uploaded_by, uploaded_at) "
                        + "VALUES (:o, :r, :by, :at)")
                .param("o", AuditLog.cut(r.originalName(), 1000)).param("r", AuditLog.cut(r.reason(), 1000))
                .param("by", r.uploadedBy()).param("at", r.uploadedAt()).update();
    }

    /** One user's uploads, newest first, {@code limit} at most. */
    public java.util.List<Upload> byUploader(String user, int limit) {
        return jdbc.sql("SELECT * FROM uploaded_file WHERE uploaded_by = :by ORDER BY uploaded_at DESC, stored_name "
                        + "FETCH FIRST :n ROWS ONLY")
                .param("by", user).param("n", limit).query(this::upload).list();
    }

    /** One user's refused uploads, newest first, {@code limit} at most. */
    public java.util.List<Refused> refusedOf(String user, int limit) {
        return jdbc.sql("SELECT * FROM upload_failure WHERE uploaded_by = :by ORDER BY uploaded_at DESC, id DESC "
                        + "FETCH FIRST :n ROWS ONLY")
                .param("by", user).param("n", limit)
                .query((rs, row) -> new Refused(rs.getString("original_name"), rs.getString("reason"),
                        rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class)))
                .list();
    }

    /** The upload behind a document id, if the document was uploaded. */
    public Optional<Upload> byDocId(String docId) {
        return jdbc.sql("SELECT * FROM uploaded_file WHERE doc_id = :d").param("d", docId).query(this::upload)
                .optional();
    }

    private Upload upload(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Upload(rs.getString("stored_name"), rs.getString("doc_id"), rs.getString("original_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
