package org.studykb.web.ledger;

import java.io.IOException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.studykb.rectify.LedgerFilter;
import org.studykb.rectify.Problem;
import org.studykb.rectify.RectifyService;
import org.studykb.access.Permission;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/** {@code GET /api/problems}: the ledger as JSON, the same objects as {@code problems --json}, with the page's filters. */
@RestController
class LedgerApiController {
    private final RectifyService ledger;
    private final CurrentUser user;

    LedgerApiController(RectifyService ledger, CurrentUser user) {
        this.ledger = ledger;
        this.user = user;
    }

    @GetMapping("/api/problems")
    @Requires(Permission.READ)
    List<Problem> problems(@RequestParam(name = "campaign", defaultValue = "") String campaign,
                           @RequestParam(name = "category", defaultValue = "") String category,
                           @RequestParam(name = "status", defaultValue = "") String status,
                           @RequestParam(name = "unit", defaultValue = "") String unit,
                           @RequestParam(name = "overdue", defaultValue = "false") boolean overdue,
                           @RequestParam(name = "open", defaultValue = "false") boolean open) throws IOException {
        return ledger.ledger(user.viewer()).filter(new LedgerFilter(campaign, category, status, unit, overdue, open));
    }
}
