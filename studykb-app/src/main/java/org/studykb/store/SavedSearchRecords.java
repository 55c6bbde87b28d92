package org.studykb.store;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each user's saved searches (保存的检索) with the documents each found at the user's last visit. Saving and
 * deleting are audited (target {@code search:<id>}); a visit is not, it only moves the mark.
 */
public final class SavedSearchRecords {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    public SavedSearchRecords(DataSource dataSource, AuditLog audit) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.audit = audit;
    }

    /** A saved search: its name, the query in the search box's syntax (filters as {@code type:"…"}). */
    public record Saved(long id, String owner, String name, String query, OffsetDateTime createdAt,
                        OffsetDateTime visitedAt) {
    }

    /** The saved searches of one user, the one saved first first. */
    public List<Saved> of(String owner) {
        return jdbc.sql("SELECT * FROM saved_search WHERE owner = :o ORDER BY created_at, id").param("o", owner)
                .query(this::saved).list();
    }

    /** The saved search with this id if {@code owner} saved it; another user's is answered as none. */
    public Optional<Saved> get(long id, String owner) {
        return jdbc.sql("SELECT * FROM saved_search WHERE id = :id AND owner = :o").param("id", id)
                .param("o", owner).query(this::saved).optional();
    }

    /** Saves a search with the documents it finds now as seen; returns its id. */
    public long save(String owner, String name, String query, Collection<String> seen) {
        return tx.execute(status -> {
            OffsetDateTime now = UploadRecords.now();
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO saved_search (owner, name, query, created_at, visited_at) "
                            + "VALUES (:o, :n, :q, :at, :at)")
                    .param("o", owner).param("n", name).param("q", query).param("at", now).update(key, "id");
            long id = key.getKey().longValue();
            insertSeen(id, seen);
            audit.record(owner, AuditLog.Action.SEARCH_SAVED, target(id), null, "名称=" + name + "；检索=" + query);
            return id;
        });
    }

    /** The documents the search found at the last visit. */
    public Set<String> seen(long id) {
        return Set.copyOf(jdbc.sql("SELECT doc_id FROM saved_search_seen WHERE search_id = :s").param("s", id)
                .query(String.class).list());
    }

    /** A visit: what the search finds now becomes what was seen. */
    public void visited(Saved saved, Collection<String> seen) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM saved_search_seen WHERE search_id = :s").param("s", saved.id()).update();
            insertSeen(saved.id(), seen);
            jdbc.sql("UPDATE saved_search SET visited_at = :at WHERE id = :s").param("at", UploadRecords.now())
                    .param("s", saved.id()).update();
        });
    }

    public void delete(Saved saved) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM saved_search_seen WHERE search_id = :s").param("s", saved.id()).update();
            jdbc.sql("DELETE FROM saved_search WHERE id = :s").param("s", saved.id()).update();
            audit.record(saved.owner(), AuditLog.Action.SEARCH_DELETED, target(saved.id()),
                    "名称=" + saved.name() + "；检索=" + saved.query(), null);
        });
    }

    public static String target(long id) {
        return "search:" + id;
    }

    private void insertSeen(long id, Collection<String> seen) {
        for (String doc : Set.copyOf(seen)) {
            jdbc.sql("INSERT INTO saved_search_seen (search_id, doc_id) VALUES (:s, :d)").param("s", id)
                    .param("d", doc).update();
        }
    }

    private Saved saved(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Saved(rs.getLong("id"), rs.getString("owner"), rs.getString("name"), rs.getString("query"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("visited_at", OffsetDateTime.class));
    }
}
