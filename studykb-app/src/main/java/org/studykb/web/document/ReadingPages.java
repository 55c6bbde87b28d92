package org.studykb.web.document;

import java.io.IOException;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.studykb.access.Permission;
import org.studykb.library.PdfPageImages;
import org.studykb.library.WholeDocuments;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/**
 * A document read whole: its print view (no site frame, the source a citation names at the top) and its preview
 * (a PDF's pages as images, {@link PdfPageImages#PER_VIEW} a view; other files' paragraphs laid out as they were
 * extracted from the original). All answer a document the viewer may not see exactly as one that does not exist.
 */
@Controller
class ReadingPages {
    private final WholeDocuments documents;
    private final PdfPageImages images;
    private final CurrentUser user;

    ReadingPages(WholeDocuments documents, PdfPageImages images, CurrentUser user) {
        this.documents = documents;
        this.images = images;
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
    String preview(@RequestParam("id") String id, @RequestParam(name = "page", defaultValue = "1") int page,
                   Model model) throws IOException {
        WholeDocuments.WholeDocument whole = documents.of(id, "", user.viewer());
        model.addAttribute("whole", whole);
        if (PdfPageImages.isPdf(whole.doc().contentType())) {
            model.addAttribute("pdf", images.view(id, page, user.viewer()));
        }
        return "document-preview";
    }

    @GetMapping("/document/preview/page")
    @Requires(Permission.READ)
    ResponseEntity<Resource> pageImage(@RequestParam("id") String id, @RequestParam("n") int n) throws IOException {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(images.image(id, n, user.viewer())));
    }
}
