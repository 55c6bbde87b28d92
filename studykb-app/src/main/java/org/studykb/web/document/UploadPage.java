package org.studykb.web.document;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.studykb.access.Permission;
import org.studykb.library.AccessRoles;
import org.studykb.library.ContentTypes;
import org.studykb.library.EditChecks;
import org.studykb.library.UploadHistory;
import org.studykb.library.Uploads;
import org.studykb.store.ManualEdit;
import org.studykb.web.StudykbProperties;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/**
 * Adding files from the browser, one or several, with campaign, phase, tags and who may see them set up front; the
 * page then lists each file: searchable now, or why not. 我的上传 lists what the signed-in user uploaded.
 */
@Controller
class UploadPage {
    /** What the user chose on the form, shown again when the upload was refused as a whole. */
    record Typed(String campaign, String phase, String tags, List<String> access) {
    }

    private final Uploads uploads;
    private final UploadHistory history;
    private final EditChecks checks;
    private final CurrentUser user;
    private final StudykbProperties properties;

    UploadPage(Uploads uploads, UploadHistory history, EditChecks checks, CurrentUser user,
               StudykbProperties properties) {
        this.uploads = uploads;
        this.history = history;
        this.checks = checks;
        this.user = user;
        this.properties = properties;
    }

    @GetMapping("/upload")
    @Requires(Permission.UPLOAD)
    String form(Model model) {
        form(model, new Typed("", "", "", List.of()));
        return "upload";
    }

    @PostMapping("/upload")
    @Requires(Permission.UPLOAD)
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @RequestParam(name = "campaign", required = false) String campaign,
                  @RequestParam(name = "phase", required = false) String phase,
                  @RequestParam(name = "tags", required = false) String tags,
                  @RequestParam(name = "access", required = false) List<String> access, Model model,
                  HttpServletResponse response) throws IOException {
        Typed typed = new Typed(campaign, phase, tags, access == null ? List.of() : access);
        form(model, typed);
        try {
            ManualEdit preset = preset(campaign, phase, tags, access);
            model.addAttribute("results", uploads.accept(UploadApiController.incoming(files), user.name(), preset,
                    user.viewer()));
        } catch (IllegalArgumentException e) {
            model.addAttribute("refused", e.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "upload";
    }

    @GetMapping("/uploads/mine")
    @Requires(Permission.UPLOAD)
    String mine(Model model) throws IOException {
        model.addAttribute("uploads", history.of(user.name(), user.viewer()));
        return "uploads-mine";
    }

    /** The values set up front, as an edit of each new document; a bad one is refused with a message. */
    static ManualEdit preset(String campaign, String phase, String tags, List<String> access) {
        return new ManualEdit(null, blankToNull(phase), blankToNull(campaign),
                tags == null ? null : ManualEdit.splitTags(tags),
                AccessRoles.parse(access == null ? List.of() : access));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void form(Model model, Typed typed) {
        model.addAttribute("limits", "每个文件不超过 " + properties.upload().maxFileSize().toMegabytes()
                + " MB；可以一次选择多个文件；可以上传：" + ContentTypes.describe());
        model.addAttribute("accessRoles", AccessRoles.OFFERED);
        model.addAttribute("choices", checks.choices(Map.of(), typed.phase(), typed.campaign()));
        model.addAttribute("typed", typed);
    }
}
