package org.studykb.web.search;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.studykb.search.Campaigns;
import org.studykb.search.SearchService;
import org.studykb.web.security.CurrentUser;

/** The home page: one search box, and the campaigns with their phases and document counts. */
@Controller
class HomePage {
    private final SearchService search;
    private final Campaigns campaigns;
    private final CurrentUser user;

    HomePage(SearchService search, Campaigns campaigns, CurrentUser user) {
        this.search = search;
        this.campaigns = campaigns;
        this.user = user;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "q", required = false) String q, Model model) throws IOException {
        if (q != null && !q.isBlank()) {
            return "redirect:/search?q=" + SearchForm.enc(q);
        }
        search.refresh();
        model.addAttribute("overview", campaigns.overview(user.viewer()));
        return "home";
    }
}
