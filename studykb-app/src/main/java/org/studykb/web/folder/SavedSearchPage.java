package org.studykb.web.folder;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.studykb.access.Permission;
import org.studykb.library.SavedSearches;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/**
 * Saved searches: saved from the results page, listed on the home page with their new results, opened (which
 * runs the search and marks its results seen) and deleted. A refused save is the error page with the reason.
 */
@Controller
class SavedSearchPage {
    private final SavedSearches saved;
    private final CurrentUser user;

    SavedSearchPage(SavedSearches saved, CurrentUser user) {
        this.saved = saved;
        this.user = user;
    }

    @PostMapping("/saved")
    @Requires(Permission.SEARCH)
    String save(@RequestParam(name = "q", defaultValue = "") String q,
                @RequestParam(name = "name", defaultValue = "") String name, RedirectAttributes redirect)
            throws IOException {
        var s = saved.save(user.name(), user.viewer(), q, name);
        redirect.addFlashAttribute("notice", "已保存检索「" + s.name() + "」：有新结果时会在这里显示");
        return "redirect:/#saved";
    }

    @GetMapping("/saved/open")
    @Requires(Permission.SEARCH)
    String open(@RequestParam("id") long id) throws IOException {
        return "redirect:/search?q=" + URLEncoder.encode(saved.open(user.name(), id, user.viewer()),
                StandardCharsets.UTF_8).replace("+", "%20");
    }

    @PostMapping("/saved/delete")
    @Requires(Permission.SEARCH)
    String delete(@RequestParam("id") long id, RedirectAttributes redirect) {
        saved.delete(user.name(), id);
        redirect.addFlashAttribute("notice", "已删除保存的检索");
        return "redirect:/#saved";
    }
}
