package org.studykb.web.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.studykb.search.Citations;
import org.studykb.search.DocumentView;
import org.studykb.search.Documents;
import org.studykb.store.ManualEdit;
import org.studykb.access.Permission;
import org.studykb.library.AccessRoles;
import org.studykb.library.DocumentEdits;
import org.studykb.library.DocumentPages;
import org.studykb.library.NotFound;
import org.studykb.library.OriginalFiles;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/** One document: metadata, passages, related documents, the original file, citations, tags and corrections. */
@RestController
@Tag(name = "文档")
class DocumentApiController {
    private final DocumentPages pages;
    private final Documents documents;
    private final Citations citations;
    private final DocumentEdits edits;
    private final OriginalFiles files;
    private final CurrentUser user;

    DocumentApiController(DocumentPages pages, Documents documents, Citations citations, DocumentEdits edits,
                          OriginalFiles files, CurrentUser user) {
        this.pages = pages;
        this.documents = documents;
        this.citations = citations;
        this.edits = edits;
        this.files = files;
        this.user = user;
    }

    /** Tags as sent and returned by {@code /api/tags}. */
    record Tags(String id, List<String> tags) {
    }

    /**
     * A correction: null leaves a field as it is, "" removes the manual value, a list replaces the tags; access
     * lists the roles (LEADER or 领导) allowed to see the document, making it 内部; an empty list makes it public.
     */
    record Correction(String type, String phase, String campaign, List<String> tags, List<String> access) {
    }

    /** The outcome of a change, and the document as it is now. */
    record Saved(boolean changed, boolean indexed, String message, DocumentView document) {
    }

    @GetMapping("/api/document")
    @Operation(summary = "文档元数据", description = "标题、类型、阶段、活动、日期、单位、文号，各带来源（why），及标签、关键词与摘要")
    @Requires(Permission.READ)
    DocumentView document(@RequestParam("id") String id) throws IOException {
        return pages.get(id, user.viewer());
    }

    @PutMapping("/api/document")
    @Operation(summary = "人工修改类型、阶段、活动、标签、可见角色",
            description = "保存、记入审计并立即可检索；access 列出可见角色（如 [\"LEADER\"]）即设为内部，[] 恢复公开")
    @Requires(Permission.EDIT_METADATA)
    Saved correct(@RequestParam("id") String id, @RequestBody Correction c) throws IOException {
        return save(id, new ManualEdit(c.type(), c.phase(), c.campaign(), c.tags(),
                c.access() == null ? null : AccessRoles.parse(c.access())));
    }

    @GetMapping("/api/document/passages")
    @Operation(summary = "文档段落", description = "从第 from 段（从 0 起）起的 size 段（默认 "
            + Documents.PAGE_PASSAGES + "，最多 " + Documents.MAX_PASSAGES + "），q 中的检索词以 <mark> 标出"
            + "（html 字段已转义）；每段最多给出前 " + Documents.SHOWN_CHARS + " 字，更长的 cut 为 true"
            + "（全文见 /api/cite）；总段数见 /api/document 的 passages")
    @Requires(Permission.READ)
    List<DocumentView.PassageText> passages(@RequestParam("id") String id,
                                            @RequestParam(name = "q", defaultValue = "") String q,
                                            @RequestParam(name = "from", defaultValue = "0") int from,
                                            @RequestParam(name = "size", defaultValue = "" + Documents.PAGE_PASSAGES)
                                            int size) throws IOException {
        pages.get(id, user.viewer());
        return documents.passages(id, from, size, q, user.viewer());
    }

    @GetMapping("/api/document/related")
    @Operation(summary = "相关文档")
    @Requires(Permission.READ)
    List<DocumentView.Related> related(@RequestParam("id") String id) throws IOException {
        pages.get(id, user.viewer());
        return documents.related(id, DocumentPages.RELATED, user.viewer());
    }

    @GetMapping("/api/file")
    @Operation(summary = "下载原文件")
    @Requires(Permission.READ)
    ResponseEntity<Resource> file(@RequestParam("id") String id) throws IOException {
        OriginalFiles.Download d = files.find(id, user.viewer());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(d.file()));
    }

    @GetMapping(value = "/api/cite", produces = "text/plain;charset=UTF-8")
    @Operation(summary = "引用一个段落", description = "「段落」（《标题》，单位，日期）")
    @Requires(Permission.CITE)
    String cite(@RequestParam("id") String id, @RequestParam("p") int p) throws IOException {
        pages.get(id, user.viewer());
        return citations.passage(id, p, user.viewer()).orElseThrow(() -> new NotFound("文档 " + id + " 没有第 " + p + " 段"));
    }

    @GetMapping("/api/tags")
    @Operation(summary = "文档的标签")
    @Requires(Permission.READ)
    Tags tags(@RequestParam("id") String id) throws IOException {
        return new Tags(id, pages.get(id, user.viewer()).tags());
    }

    @PutMapping("/api/tags")
    @Operation(summary = "设置文档的标签", description = "以 {\"tags\": [...]} 替换全部标签；保存、记入审计并立即可检索")
    @Requires(Permission.TAG)
    Tags setTags(@RequestParam("id") String id, @RequestBody Tags body) throws IOException {
        if (body.tags() == null) {
            throw new IllegalArgumentException("请求内容应为 {\"tags\": [\"标签\", …]}");
        }
        return new Tags(id, save(id, ManualEdit.tags(body.tags())).document().tags());
    }

    private Saved save(String id, ManualEdit edit) throws IOException {
        DocumentEdits.Outcome outcome = edits.save(id, edit, user.name(), user.roles());
        return new Saved(outcome.changed(), outcome.indexed(), outcome.message(), pages.get(id, user.viewer()));
    }
}
