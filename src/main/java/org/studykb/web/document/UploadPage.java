package org.studykb.web.document;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.studykb.access.Permission;
import org.studykb.library.AccessRoles;
import org.studykb.library.ContentTypes;
import org.studykb.library.Uploads;
import org.studykb.web.StudykbProperties;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/** Adding files from the browser; the page then lists each file: searchable now, or why not. */
@Controller
class UploadPage {
    private final Uploads uploads;
    private final CurrentUser user;
    private final StudykbProperties properties;

    UploadPage(Uploads uploads, CurrentUser user, StudykbProperties properties) {
        this.uploads = uploads;
        this.user = user;
        this.properties = properties;
    }

    @GetMapping("/upload")
    @Requires(Permission.UPLOAD)
    String form(Model model) {
        model.addAttribute("limits", limits());
        model.addAttribute("accessRoles", AccessRoles.OFFERED);
        return "upload";
    }

    @PostMapping("/upload")
    @Requires(Permission.UPLOAD)
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @RequestParam(name = "access", required = false) List<String> access, Model model)
            throws IOException {
        model.addAttribute("limits", limits());
        model.addAttribute("accessRoles", AccessRoles.OFFERED);
        model.addAttribute("results", uploads.accept(UploadApiController.incoming(files), user.name(),
                AccessRoles.parse(access == null ? List.of() : access), user.viewer()));
        return "upload";
    }

    private String limits() {
        return "每个文件不超过 " + properties.upload().maxFileSize().toMegabytes() + " MB；可以上传："
                + ContentTypes.describe();
    }
}
