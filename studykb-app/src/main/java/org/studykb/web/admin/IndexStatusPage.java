package org.studykb.web.admin;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.studykb.access.Permission;
import org.studykb.library.IndexStatus;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/** 索引状态, for 管理员 only: the last runs, the files that could not be read and a 重试 per file, OCR or not. */
@Controller
class IndexStatusPage {
    private final IndexStatus status;
    private final CurrentUser user;

    IndexStatusPage(IndexStatus status, CurrentUser user) {
        this.status = status;
        this.user = user;
    }

    @GetMapping("/admin/index-status")
    @Requires(Permission.MANAGE_USERS)
    String show(Model model) throws IOException {
        model.addAttribute("status", status.status());
        return "admin-index-status";
    }

    @PostMapping("/admin/index-status/retry")
    @Requires(Permission.MANAGE_USERS)
    String retry(@RequestParam("id") String id, RedirectAttributes redirect) throws IOException {
        redirect.addFlashAttribute("retry", status.retry(id, user.name()));
        return "redirect:/admin/index-status";
    }
}
