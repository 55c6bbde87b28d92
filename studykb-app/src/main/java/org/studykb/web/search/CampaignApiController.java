package org.studykb.web.search;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.studykb.library.NotFound;
import org.studykb.search.Campaigns;
import org.studykb.search.SearchBackend;
import org.studykb.web.security.CurrentUser;

/** Campaigns, their phases and document counts; one campaign's timeline with its documents. */
@RestController
@Tag(name = "活动")
class CampaignApiController {
    private final SearchBackend search;
    private final Campaigns campaigns;
    private final CurrentUser user;

    CampaignApiController(SearchBackend search, Campaigns campaigns, CurrentUser user) {
        this.search = search;
        this.campaigns = campaigns;
        this.user = user;
    }

    @GetMapping("/api/campaigns")
    @Operation(summary = "活动及其阶段、文档数")
    Campaigns.Overview campaigns() throws IOException {
        search.refresh();
        return campaigns.overview(user.viewer());
    }

    @GetMapping("/api/campaigns/timeline")
    @Operation(summary = "活动时间线", description = "各阶段的起止日期（按文档日期）和文档")
    Campaigns.Campaign timeline(@RequestParam("name") String name) throws IOException {
        search.refresh();
        return campaigns.timeline(name, user.viewer()).orElseThrow(() -> new NotFound("没有这个活动的文档：" + name));
    }
}
