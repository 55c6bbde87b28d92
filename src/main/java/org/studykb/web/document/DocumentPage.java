package org.studykb.web.document;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.studykb.store.ManualEdit;
import org.studykb.access.Permission;
import org.studykb.library.AccessRoles;
import org.studykb.library.DocumentEdits;
import org.studykb.library.DocumentPages;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/**
 * A document: metadata and why, the text in passages a page at a time ({@code page=N}, or {@code p=N} for the page
 * holding passage N; query words marked, an anchor and a citation each), related documents, and the editor for
 * type, phase, campaign and tags.
 */
@Controller
public class DocumentPage {
    private final DocumentPages pages;
    private final DocumentEdits edits;
    private final CurrentUser user;

    DocumentPage(DocumentPages pages, DocumentEdits edits, CurrentUser user) {
        this.pages = pages;
        this.edits = edits;
        this.user = user;
    }

    @GetMapping("/document")
    @Requires(Permission.READ)
    String show(@RequestParam("id") String id, @RequestParam(name = "q", defaultValue = "") String q,
                @RequestParam(name = "page", defaultValue = "1") int page,
                @RequestParam(name = "p", required = false) Integer passage, Model model) throws IOException {
        model.addAttribute("page", pages.page(id, q, page, passage, user.viewer()));
        model.addAttribute("accessRoles", AccessRoles.OFFERED);
        return "document";
    }

    @PostMapping("/document/edit")
    @Requires(Permission.EDIT_METADATA)
    String edit(@RequestParam("id") String id,
                @RequestParam(name = "type", required = false) String type,
                @RequestParam(name = "phase", required = false) String phase,
                @RequestParam(name = "campaign", required = false) String campaign,
                @RequestParam(name = "tags", required = false) String tags,
                @RequestParam(name = "access", required = false) List<String> access,
                @RequestParam(name = "accessShown", required = false) String accessShown,
                RedirectAttributes redirect) throws IOException {
        List<String> ticked = accessShown == null ? null : access == null ? List.of() : access;
        ManualEdit edit = DocumentPages.editFrom(pages.get(id, user.viewer()), type, phase, campaign, tags, ticked);
        DocumentEdits.Outcome outcome = edits.save(id, edit, user.name(), user.roles());
        redirect.addAttribute("id", id);
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/document";
    }
}
