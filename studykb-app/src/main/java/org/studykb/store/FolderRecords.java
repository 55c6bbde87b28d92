package org.studykb.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 备课夹: each user's named folders of collected passages, whole documents and headings, in the user's order, with
 * a note each. Every change is written with its line in the audit trail (target {@code folder:<id>}), in one
 * transaction. Only references are kept (document id, passage number); the caller reads the text as its viewer.
 * Ownership and input are checked by the caller; here a folder id always comes with its owner.
 */
public final class FolderRecords {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    public FolderRecords(DataSource dataSource, AuditLog audit) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.audit = audit;
    }

    /** A folder and how many items it holds. */
    public record Folder(long id, String owner, String name, OffsetDateTime createdAt, OffsetDateTime changedAt,
                         int items) {
    }

    /** What an item is: a passage of a document, a whole document, or a heading over the items after it. */
    public enum Kind { PASSAGE, DOCUMENT, HEADING }

    /**
     * One item of a folder.
     *
     * @param passage the passage number (from 0), for {@link Kind#PASSAGE} only
     * @param heading the heading's text, for {@link Kind#HEADING} only
     * @param note    the owner's note, or null
     */
    public record Item(long id, long folderId, int position, Kind kind, String docId, Integer passage,
                       String heading, String note, OffsetDateTime addedAt) {
    }

    /** The folders of one user, the one changed last first. */
    public List<Folder> of(String owner) {
        return jdbc.sql("SELECT f.*, (SELECT COUNT(*) FROM study_folder_item i WHERE i.folder_id = f.id) AS items "
                        + "FROM study_folder f WHERE f.owner = :o ORDER BY f.changed_at DESC, f.id DESC")
                .param("o", owner).query(this::folder).list();
    }

    /** The folder with this id if {@code owner} owns it; another user's folder is answered as none. */
    public Optional<Folder> get(long id, String owner) {
        return jdbc.sql("SELECT f.*, (SELECT COUNT(*) FROM study_folder_item i WHERE i.folder_id = f.id) AS items "
                        + "FROM study_folder f WHERE f.id = :id AND f.owner = :o")
                .param("id", id).param("o", owner).query(this::folder).optional();
    }

    /** The folder of this user with this name, if any. */
    public Optional<Folder> named(String owner, String name) {
        return of(owner).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** A new empty folder; returns its id. */
    public long create(String owner, String name) {
        return tx.execute(status -> {
            OffsetDateTime now = UploadRecords.now();
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO study_folder (owner, name, created_at, changed_at) VALUES (:o, :n, :at, :at)")
                    .param("o", owner).param("n", name).param("at", now).update(key, "id");
            long id = key.getKey().longValue();
            audit.record(owner, AuditLog.Action.FOLDER_CREATED, target(id), null, "名称=" + name);
            return id;
        });
    }

    /** Gives a folder another name. */
    public void rename(Folder folder, String name) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("UPDATE study_folder SET name = :n WHERE id = :f").param("n", name).param("f", folder.id())
                    .update();
            touch(folder.id());
            audit.record(folder.owner(), AuditLog.Action.FOLDER_RENAMED, target(folder.id()), "名称=" + folder.name(),
                    "名称=" + name);
        });
    }

    /** Deletes a folder and its items. */
    public void delete(Folder folder) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM study_folder_item WHERE folder_id = :f").param("f", folder.id()).update();
            jdbc.sql("DELETE FROM study_folder WHERE id = :f").param("f", folder.id()).update();
            audit.record(folder.owner(), AuditLog.Action.FOLDER_DELETED, target(folder.id()),
                    "名称=" + folder.name() + "；条目=" + folder.items(), null);
        });
    }

    /** The items of a folder in their order. */
    public List<Item> items(long folderId) {
        return jdbc.sql("SELECT * FROM study_folder_item WHERE folder_id = :f ORDER BY position, id")
                .param("f", folderId).query(this::item).list();
    }

    /**
     * Adds an item at the end of the folder; {@code described} says what it is for the audit trail
     * (《标题》第 3 段). Returns its id.
     */
    public long add(Folder folder, Kind kind, String docId, Integer passage, String heading, String described) {
        return tx.execute(status -> {
            int last = jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM study_folder_item WHERE folder_id = :f")
                    .param("f", folder.id()).query(Integer.class).single();
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO study_folder_item (folder_id, position, kind, doc_id, passage, heading, added_at) "
                            + "VALUES (:f, :p, :k, :d, :n, :h, :at)")
                    .param("f", folder.id()).param("p", last + 1).param("k", kind.name().toLowerCase(java.util.Locale.ROOT))
                    .param("d", docId).param("n", passage).param("h", heading).param("at", UploadRecords.now())
                    .update(key, "id");
            touch(folder.id());
            audit.record(folder.owner(), AuditLog.Action.FOLDER_ITEM_ADDED, target(folder.id()), null, described);
            return key.getKey().longValue();
        });
    }

    /**
     * Moves an item one place up ({@code up}) or down by swapping it with its neighbour; false (nothing changed) at
     * the top or the bottom.
     */
    public boolean move(Folder folder, Item item, boolean up, String described) {
        List<Item> items = items(folder.id());
        int at = indexOf(items, item.id());
        int other = up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= items.size()) {
            return false;
        }
        Item neighbour = items.get(other);
        tx.executeWithoutResult(status -> {
            // positions may repeat after concurrent adds: renumber the whole folder with the two swapped
            for (int i = 0; i < items.size(); i++) {
                long id = i == at ? neighbour.id() : i == other ? item.id() : items.get(i).id();
                jdbc.sql("UPDATE study_folder_item SET position = :p WHERE id = :id").param("p", i + 1)
                        .param("id", id).update();
            }
            touch(folder.id());
            audit.record(folder.owner(), AuditLog.Action.FOLDER_ITEM_MOVED, target(folder.id()), null,
                    described + (up ? "上移" : "下移"));
        });
        return true;
    }

    /**
     * Puts the folder's items in the order of {@code ids}, which the caller has checked names every item of the
     * folder once.
     */
    public void reorder(Folder folder, List<Long> ids) {
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < ids.size(); i++) {
                jdbc.sql("UPDATE study_folder_item SET position = :p WHERE id = :id AND folder_id = :f")
                        .param("p", i + 1).param("id", ids.get(i)).param("f", folder.id()).update();
            }
            touch(folder.id());
            audit.record(folder.owner(), AuditLog.Action.FOLDER_ITEM_MOVED, target(folder.id()), null,
                    "新顺序=" + ids);
        });
    }

    /** Sets an item's note (null or blank removes it). */
    public void note(Folder folder, Item item, String note, String described) {
        String value = note == null || note.isBlank() ? null : note;
        tx.executeWithoutResult(status -> {
            jdbc.sql("UPDATE study_folder_item SET note = :n WHERE id = :id AND folder_id = :f")
                    .param("n", value).param("id", item.id()).param("f", folder.id()).update();
            touch(folder.id());
            audit.record(folder.owner(), AuditLog.Action.FOLDER_ITEM_NOTE, target(folder.id()),
                    item.note() == null ? null : described + "：" + item.note(),
                    value == null ? null : described + "：" + value);
        });
    }

    /** Removes an item. */
    public void remove(Folder folder, Item item, String described) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM study_folder_item WHERE id = :id AND folder_id = :f")
                    .param("id", item.id()).param("f", folder.id()).update();
            touch(folder.id());
            audit.record(folder.owner(), AuditLog.Action.FOLDER_ITEM_REMOVED, target(folder.id()), described, null);
        });
    }

    /** The audit trail's target of a folder. */
    public static String target(long folderId) {
        return "folder:" + folderId;
    }

    private void touch(long folderId) {
        jdbc.sql("UPDATE study_folder SET changed_at = :at WHERE id = :f").param("at", UploadRecords.now())
                .param("f", folderId).update();
    }

    private static int indexOf(List<Item> items, long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private Folder folder(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Folder(rs.getLong("id"), rs.getString("owner"), rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("changed_at", OffsetDateTime.class),
                rs.getInt("items"));
    }

    private Item item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        int passage = rs.getInt("passage");
        Integer p = rs.wasNull() ? null : passage;
        return new Item(rs.getLong("id"), rs.getLong("folder_id"), rs.getInt("position"),
                Kind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)), rs.getString("doc_id"), p, rs.getString("heading"),
                rs.getString("note"), rs.getObject("added_at", OffsetDateTime.class));
    }
}
