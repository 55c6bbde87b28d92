package org.studykb.web.document;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

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
import org.studykb.library.Forbidden;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/**
 * A document: metadata and why, the text in passages a page at a time ({@code page=N}, or {@code p=N} for the page
 * holding passage N; query words marked, an anchor and a citation each), related documents, and the editor for
 * type, phase, campaign and tags.
 */
@Controller
public class DocumentPage {
    /** What the user typed into the editor, shown again when the edit was refused or invalid. */
    record Typed(String type, String phase, String campaign, String tags, List<String> access) {
        public boolean ticked(String role) {
            return access != null && access.contains(role);
        }
    }

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
                Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        List<String> ticked = accessShown == null ? null : access == null ? List.of() : access;
        var doc = pages.get(id, user.viewer());
        DocumentEdits.Outcome outcome;
        try {
            ManualEdit edit = DocumentPages.editFrom(doc, type, phase, campaign, tags, ticked);
            outcome = edits.save(id, edit, user.name(), user.roles());
        } catch (Forbidden | IllegalArgumentException e) {
            model.addAttribute("page", pages.page(id, "", 1, null, user.viewer()));
            model.addAttribute("accessRoles", AccessRoles.OFFERED);
            model.addAttribute("typed", new Typed(type, phase, campaign, tags, ticked));
            model.addAttribute("choices", pages.choices(user.viewer(), phase, campaign));
            model.addAttribute("refused", e.getMessage());
            response.setStatus(e instanceof Forbidden ? HttpServletResponse.SC_FORBIDDEN
                    : HttpServletResponse.SC_BAD_REQUEST);
            return "document";
        }
        redirect.addAttribute("id", id);
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/document";
    }
}
