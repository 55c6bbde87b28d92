package org.studykb.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.studykb.access.Viewer;
import org.studykb.search.Citations;
import org.studykb.search.DocumentView;
import org.studykb.search.Documents;
import org.studykb.store.FolderRecords;
import org.studykb.store.FolderRecords.Folder;
import org.studykb.store.FolderRecords.Item;
import org.studykb.store.FolderRecords.Kind;

/**
 * 备课夹 / 材料夹: a user gathers passages and whole documents over several searches into named folders, orders
 * them, notes them, groups them under headings and exports the folder as a Word outline ({@link FolderDocx}).
 * Every text is read again as the viewer: an item whose document the viewer may no longer see is shown as
 * {@value #HIDDEN} and left out of the export. Bad input is refused with a message, and nothing changes.
 */
public final class Folders {
    public static final int MAX_NAME = 40;
    public static final int MAX_HEADING = 100;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_FOLDERS = 100;
    public static final int MAX_ITEMS = 300;
    public static final String HIDDEN = "此材料已不可见";
    static final String NO_FOLDER = "没有找到这个备课夹";

    private final FolderRecords records;
    private final Documents documents;

    public Folders(FolderRecords records, Documents documents) {
        this.records = records;
        this.documents = documents;
    }

    /**
     * One item as the folder page shows it.
     *
     * @param title    the document's title, null for a heading or a hidden item
     * @param text     the passage's whole text, null for a document, a heading or a hidden item
     * @param citation the ready citation 「……」（《标题》，单位，日期）, or the source alone for a whole document
     * @param visible  false when the viewer may no longer see the document (or the passage is gone)
     */
    public record Entry(Item item, String title, String text, String citation, String source, boolean visible,
                        boolean first, boolean last) {
        public boolean heading() {
            return item.kind() == Kind.HEADING;
        }

        /** 第 3 段 for a passage, 全文 for a whole document. */
        public String where() {
            return item.kind() == Kind.PASSAGE ? "第 " + (item.passage() + 1) + " 段" : "全文";
        }
    }

    /** A folder with its items resolved for one viewer. */
    public record FolderView(Folder folder, List<Entry> entries) {
        public long hidden() {
            return entries.stream().filter(e -> !e.visible()).count();
        }
    }

    /** The user's folders, the one changed last first. */
    public List<Folder> list(String owner) {
        return records.of(owner);
    }

    /** A new empty folder of this user; refused when the name is empty, too long or already taken. */
    public Folder create(String owner, String name) {
        String n = name(name);
        if (records.named(owner, n).isPresent()) {
            throw new IllegalArgumentException("已有同名的备课夹「" + n + "」");
        }
        if (records.of(owner).size() >= MAX_FOLDERS) {
            throw new IllegalArgumentException("备课夹最多 " + MAX_FOLDERS + " 个，请先删除不用的");
        }
        return folder(records.create(owner, n), owner);
    }

    /** Renames the folder; refused like {@link #create} when the new name is empty, too long or taken. */
    public Folder rename(String owner, long id, String name) {
        Folder folder = folder(id, owner);
        String n = name(name);
        if (n.equals(folder.name())) {
            return folder;
        }
        if (records.named(owner, n).isPresent()) {
            throw new IllegalArgumentException("已有同名的备课夹「" + n + "」");
        }
        records.rename(folder, n);
        return folder(id, owner);
    }

    /** The folder, or {@link NotFound} when there is none or it is another user's (the same answer). */
    public Folder folder(long id, String owner) {
        return records.get(id, owner).orElseThrow(() -> new NotFound(NO_FOLDER));
    }

    /** The folder with its items as the viewer may see them. */
    public FolderView show(long id, String owner, Viewer viewer) throws IOException {
        Folder folder = folder(id, owner);
        List<Item> items = records.items(folder.id());
        Map<String, Optional<DocumentView>> docs = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            entries.add(entry(items.get(i), docs, viewer, i == 0, i == items.size() - 1));
        }
        return new FolderView(folder, List.copyOf(entries));
    }

    private Entry entry(Item item, Map<String, Optional<DocumentView>> docs, Viewer viewer, boolean first,
                        boolean last) throws IOException {
        if (item.kind() == Kind.HEADING) {
            return new Entry(item, null, null, null, null, true, first, last);
        }
        Optional<DocumentView> doc = docs.get(item.docId());
        if (doc == null) {
            doc = documents.get(item.docId(), viewer);
            docs.put(item.docId(), doc);
        }
        if (doc.isEmpty()) {
            return new Entry(item, null, null, null, null, false, first, last);
        }
        DocumentView d = doc.get();
        String source = Citations.source(d.title(), d.unit(), d.date());
        if (item.kind() == Kind.DOCUMENT) {
            return new Entry(item, d.title(), null, source, source, true, first, last);
        }
        Optional<DocumentView.PassageText> p = documents.passages(item.docId(), Set.of(item.passage()), viewer)
                .stream().findFirst();
        if (p.isEmpty()) {
            return new Entry(item, null, null, null, null, false, first, last);
        }
        return new Entry(item, d.title(), p.get().text(), Citations.of(p.get().text(), d.title(), d.unit(), d.date()),
                source, true, first, last);
    }

    /**
     * Adds passage {@code passage} of a document (or, with {@code passage} null, the whole document) to a folder:
     * the folder {@code folderId} of this user, or, when {@code newName} is not blank, a new folder of that name
     * (an existing one of the same name is used). Refused ({@link NotFound}) when the viewer may not see the
     * document or it has no such passage, and when it is in the folder already.
     *
     * @return the folder it was added to
     */
    public Folder add(String owner, Viewer viewer, Long folderId, String newName, String docId, Integer passage)
            throws IOException {
        Preview what = preview(docId, passage, viewer);
        Folder folder;
        if (newName != null && !newName.isBlank()) {
            String n = name(newName);
            Optional<Folder> same = records.named(owner, n);
            folder = same.isPresent() ? same.get() : create(owner, n);
        } else if (folderId != null) {
            folder = folder(folderId, owner);
        } else {
            throw new IllegalArgumentException("请选择一个备课夹，或填写新备课夹的名称");
        }
        List<Item> items = records.items(folder.id());
        if (items.size() >= MAX_ITEMS) {
            throw new IllegalArgumentException("一个备课夹最多 " + MAX_ITEMS + " 条，「" + folder.name() + "」已满");
        }
        boolean there = items.stream().anyMatch(i -> i.kind() != Kind.HEADING && docId.equals(i.docId())
                && java.util.Objects.equals(passage, i.passage()));
        String described = "《" + what.title() + "》" + what.where();
        if (there) {
            throw new IllegalArgumentException(described + "已在备课夹「" + folder.name() + "」中");
        }
        records.add(folder, passage == null ? Kind.DOCUMENT : Kind.PASSAGE, docId, passage, null, described);
        return folder(folder.id(), owner);
    }

    /** What is about to be collected: a passage ({@code passage} not null) or a whole document. */
    public record Preview(String docId, Integer passage, String title, String where, String text) {
    }

    /**
     * The passage or document as the viewer sees it, or {@link NotFound} when the viewer may not see the document
     * or it has no such passage (the same answer as for a document that does not exist).
     */
    public Preview preview(String docId, Integer passage, Viewer viewer) throws IOException {
        DocumentView doc = documents.get(docId == null ? "" : docId, viewer)
                .orElseThrow(() -> new NotFound("没有找到这份材料：" + docId));
        if (passage == null) {
            return new Preview(docId, null, doc.title(), "全文", null);
        }
        DocumentView.PassageText p = documents.passages(docId, Set.of(passage), viewer).stream().findFirst()
                .orElseThrow(() -> new NotFound("《" + doc.title() + "》没有第 " + (passage + 1) + " 段"));
        return new Preview(docId, passage, doc.title(), "第 " + (passage + 1) + " 段", p.text());
    }

    /** Adds a heading at the end of the folder; the items moved below it are grouped under it. */
    public void heading(String owner, long folderId, String text) {
        Folder folder = folder(folderId, owner);
        String h = text(text, MAX_HEADING, "标题");
        if (h.isEmpty()) {
            throw new IllegalArgumentException("标题不能为空");
        }
        if (records.items(folder.id()).size() >= MAX_ITEMS) {
            throw new IllegalArgumentException("一个备课夹最多 " + MAX_ITEMS + " 条，「" + folder.name() + "」已满");
        }
        records.add(folder, Kind.HEADING, null, null, h, "标题「" + h + "」");
    }

    /** Moves an item one place up or down; at the top (bottom) nothing changes. */
    public void move(String owner, long folderId, long itemId, boolean up) {
        Folder folder = folder(folderId, owner);
        Item item = item(folder, itemId);
        records.move(folder, item, up, described(item));
    }

    /**
     * Puts the items in the order of {@code itemIds}: every item of the folder once, headings included; refused
     * with a message otherwise, and nothing changes.
     */
    public void reorder(String owner, long folderId, List<Long> itemIds) {
        Folder folder = folder(folderId, owner);
        List<Long> now = records.items(folder.id()).stream().map(Item::id).toList();
        List<Long> asked = itemIds == null ? List.of() : itemIds;
        if (asked.contains(null) || asked.size() != now.size() || !new HashSet<>(asked).equals(new HashSet<>(now))) {
            throw new IllegalArgumentException("新顺序须列出备课夹「" + folder.name() + "」的每一条，各一次（共 "
                    + now.size() + " 条）");
        }
        records.reorder(folder, asked);
    }

    /** Sets an item's note; an empty note removes it. */
    public void note(String owner, long folderId, long itemId, String note) {
        Folder folder = folder(folderId, owner);
        Item item = item(folder, itemId);
        records.note(folder, item, text(note, MAX_NOTE, "批注"), described(item));
    }

    /** Removes an item from the folder. */
    public void remove(String owner, long folderId, long itemId) {
        Folder folder = folder(folderId, owner);
        Item item = item(folder, itemId);
        records.remove(folder, item, described(item));
    }

    /** Deletes the folder with its items. */
    public void delete(String owner, long folderId) {
        records.delete(folder(folderId, owner));
    }

    /** The folder as a Word outline, with what the viewer may see only. */
    public byte[] export(String owner, long folderId, Viewer viewer) throws IOException {
        return FolderDocx.of(show(folderId, owner, viewer));
    }

    private Item item(Folder folder, long itemId) {
        return records.items(folder.id()).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFound("备课夹「" + folder.name() + "」中没有这一条"));
    }

    /** The item as the audit trail names it: by document id and passage, never by text the reader may not see. */
    private static String described(Item item) {
        return switch (item.kind()) {
            case HEADING -> "标题「" + item.heading() + "」";
            case DOCUMENT -> item.docId() + " 全文";
            case PASSAGE -> item.docId() + " 第 " + (item.passage() + 1) + " 段";
        };
    }

    /** A folder name: stripped, 1 to {@value #MAX_NAME} characters, no control characters. */
    static String name(String name) {
        String n = text(name, MAX_NAME, "备课夹名称");
        if (n.isEmpty()) {
            throw new IllegalArgumentException("备课夹名称不能为空");
        }
        return n;
    }

    /** A text typed by the user: stripped, at most {@code max} characters, control characters (not line breaks) refused. */
    static String text(String s, int max, String what) {
        String t = s == null ? "" : s.strip().replace("\r\n", "\n");
        if (t.codePointCount(0, t.length()) > max) {
            throw new IllegalArgumentException(what + "最长 " + max + " 字，现在是 " + t.codePointCount(0, t.length()) + " 字");
        }
        if (t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new IllegalArgumentException(what + "中有不可见的控制字符");
        }
        return t;
    }
}
