package org.studykb.web.search;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.studykb.library.BrowseTree;
import org.studykb.library.SavedSearches;
import org.studykb.search.Campaigns;
import org.studykb.search.SearchBackend;
import org.studykb.web.security.CurrentUser;

/**
 * The home page: one search box, the user's saved searches with their new results, and the campaigns with their
 * phases and each phase's document types, with document counts.
 */
@Controller
class HomePage {
    private final SearchBackend search;
    private final Campaigns campaigns;
    private final CurrentUser user;
    private final SavedSearches saved;
    private final BrowseTree tree;

    HomePage(SearchBackend search, Campaigns campaigns, CurrentUser user, SavedSearches saved, BrowseTree tree) {
        this.search = search;
        this.campaigns = campaigns;
        this.user = user;
        this.saved = saved;
        this.tree = tree;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "q", required = false) String q, Model model) throws IOException {
        if (q != null && !q.isBlank()) {
            return "redirect:/search?q=" + SearchForm.enc(q);
        }
        search.refresh();
        model.addAttribute("overview", campaigns.overview(user.viewer()));
        model.addAttribute("tree", tree.of(user.viewer()));
        model.addAttribute("saved", saved.list(user.name(), user.viewer()));
        return "home";
    }
}
