package org.studykb.web.folder;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.studykb.access.Permission;
import org.studykb.library.Folders;
import org.studykb.store.FolderRecords.Folder;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/**
 * The signed-in user's 备课夹 as JSON under {@code /api/folders}: the same service, permission (引用) and answers as
 * the folder pages. Another user's folder is 404, like one that does not exist; an item whose document the viewer
 * may no longer see comes back with {@code visible: false} and nothing of the document but the note.
 */
@RestController
@Tag(name = "备课夹")
class FolderApiController {
    private final Folders folders;
    private final CurrentUser user;

    FolderApiController(Folders folders, CurrentUser user) {
        this.folders = folders;
        this.user = user;
    }

    /** A folder without its items; times in ISO 8601. */
    record FolderSummary(long id, String name, OffsetDateTime createdAt, OffsetDateTime changedAt, int items) {
        static FolderSummary of(Folder f) {
            return new FolderSummary(f.id(), f.name(), f.createdAt(), f.changedAt(), f.items());
        }
    }

    /**
     * One item. kind is passage, document or heading; for a hidden item (visible false) docId, passage, title,
     * text, citation and source are null.
     */
    record Entry(long id, String kind, boolean visible, String docId, Integer passage, String heading, String title,
                 String text, String citation, String source, String note, OffsetDateTime addedAt) {
        static Entry of(Folders.Entry e) {
            var i = e.item();
            boolean shown = e.visible() && !e.heading();
            return new Entry(i.id(), i.kind().name().toLowerCase(Locale.ROOT), e.visible(),
                    shown ? i.docId() : null, shown ? i.passage() : null, i.heading(), e.title(), e.text(),
                    e.citation(), e.source(), i.note(), i.addedAt());
        }
    }

    /** A folder with its items in their order, as the viewer may see them; hidden counts the items not shown. */
    record FolderDetail(FolderSummary folder, long hidden, List<Entry> items) {
        static FolderDetail of(Folders.FolderView view) {
            return new FolderDetail(FolderSummary.of(view.folder()), view.hidden(),
                    view.entries().stream().map(Entry::of).toList());
        }
    }

    /** A folder's name, to create or rename it. */
    record Name(String name) {
    }

    /** What to add: a heading, or a document ({@code docId}) with a passage (from 0) or without (the whole). */
    record NewItem(String docId, Integer passage, String heading) {
    }

    /** An item's note; empty removes it. */
    record Note(String note) {
    }

    /** Every item id of the folder once, in the new order. */
    record Order(List<Long> items) {
    }

    @GetMapping("/api/folders")
    @Operation(summary = "我的备课夹", description = "当前用户的备课夹，最近修改的在前；时间为 ISO 8601")
    @Requires(Permission.CITE)
    List<FolderSummary> list() {
        return folders.list(user.name()).stream().map(FolderSummary::of).toList();
    }

    @PostMapping("/api/folders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建备课夹", description = "名称 1–40 字，不能与已有的重名；最多 100 个")
    @Requires(Permission.CITE)
    FolderSummary create(@RequestBody Name body) {
        return FolderSummary.of(folders.create(user.name(), body.name()));
    }

    @GetMapping("/api/folders/{id}")
    @Operation(summary = "一个备课夹及其条目", description = "条目按顺序，正文按当前用户的可见范围重新读取；"
            + "已不可见的材料 visible=false，不含标题和正文")
    @Requires(Permission.CITE)
    FolderDetail show(@PathVariable("id") long id) throws IOException {
        return FolderDetail.of(folders.show(id, user.name(), user.viewer()));
    }

    @PatchMapping("/api/folders/{id}")
    @Operation(summary = "重命名备课夹")
    @Requires(Permission.CITE)
    FolderSummary rename(@PathVariable("id") long id, @RequestBody Name body) {
        return FolderSummary.of(folders.rename(user.name(), id, body.name()));
    }

    @DeleteMapping("/api/folders/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除备课夹及其条目")
    @Requires(Permission.CITE)
    void delete(@PathVariable("id") long id) {
        folders.delete(user.name(), id);
    }

    @PostMapping("/api/folders/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "加入一段、一篇或一个小标题", description = "heading 为小标题；否则 docId 加 passage（从 0 起）"
            + "为一段，不带 passage 为整篇；看不到的材料按不存在答 404，已在夹中答 400")
    @Requires(Permission.CITE)
    FolderDetail add(@PathVariable("id") long id, @RequestBody NewItem body) throws IOException {
        if (body.heading() != null) {
            folders.heading(user.name(), id, body.heading());
        } else {
            folders.add(user.name(), user.viewer(), id, null, body.docId(), body.passage());
        }
        return show(id);
    }

    @DeleteMapping("/api/folders/{id}/items/{item}")
    @Operation(summary = "移出一条")
    @Requires(Permission.CITE)
    FolderDetail remove(@PathVariable("id") long id, @PathVariable("item") long item) throws IOException {
        folders.remove(user.name(), id, item);
        return show(id);
    }

    @PutMapping("/api/folders/{id}/items/{item}/note")
    @Operation(summary = "批注一条", description = "最长 1000 字；空批注即删除")
    @Requires(Permission.CITE)
    FolderDetail note(@PathVariable("id") long id, @PathVariable("item") long item, @RequestBody Note body)
            throws IOException {
        folders.note(user.name(), id, item, body.note());
        return show(id);
    }

    @PutMapping("/api/folders/{id}/order")
    @Operation(summary = "调整顺序", description = "items 列出夹中每一条的 id（小标题也算）各一次，按新的顺序")
    @Requires(Permission.CITE)
    FolderDetail reorder(@PathVariable("id") long id, @RequestBody Order body) throws IOException {
        folders.reorder(user.name(), id, body.items());
        return show(id);
    }

    @GetMapping("/api/folders/{id}/export")
    @Operation(summary = "导出 Word 提纲 (.docx)", description = "与备课夹页面的下载相同：只含当前用户可见的材料")
    @Requires(Permission.CITE)
    ResponseEntity<byte[]> export(@PathVariable("id") long id) throws IOException {
        return FolderPage.download(folders.folder(id, user.name()), folders.export(user.name(), id, user.viewer()));
    }
}
