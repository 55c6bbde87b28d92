package org.studykb.web.document;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.studykb.access.Permission;
import org.studykb.library.WholeDocuments;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/**
 * A document read whole: its print view (no site frame, the source a citation names at the top) and its preview
 * (the paragraphs laid out as they were extracted from the original). Both answer a document the viewer may not
 * see exactly as one that does not exist.
 */
@Controller
class ReadingPages {
    private final WholeDocuments documents;
    private final CurrentUser user;

    ReadingPages(WholeDocuments documents, CurrentUser user) {
        this.documents = documents;
        this.user = user;
    }

    @GetMapping("/document/print")
    @Requires(Permission.READ)
    String print(@RequestParam("id") String id, @RequestParam(name = "q", defaultValue = "") String q, Model model)
            throws IOException {
        model.addAttribute("whole", documents.of(id, q, user.viewer()));
        return "document-print";
    }

    @GetMapping("/document/preview")
    @Requires(Permission.READ)
    String preview(@RequestParam("id") String id, Model model) throws IOException {
        model.addAttribute("whole", documents.of(id, "", user.viewer()));
        return "document-preview";
    }
}
