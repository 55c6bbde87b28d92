package org.studykb.web.search;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.studykb.library.NotFound;
import org.studykb.search.Campaigns;
import org.studykb.search.SearchBackend;
import org.studykb.web.security.CurrentUser;

/** A campaign's timeline: its phases on a time axis with their documents (chart, and a list without script). */
@Controller
class CampaignPage {
    private final SearchBackend search;
    private final Campaigns campaigns;
    private final CurrentUser user;

    CampaignPage(SearchBackend search, Campaigns campaigns, CurrentUser user) {
        this.search = search;
        this.campaigns = campaigns;
        this.user = user;
    }

    @GetMapping("/campaign")
    String timeline(@RequestParam("name") String name, Model model) throws IOException {
        search.refresh();
        model.addAttribute("campaign", campaigns.timeline(name, user.viewer())
                .orElseThrow(() -> new NotFound("没有这个活动的文档：" + name)));
        return "campaign";
    }
}
