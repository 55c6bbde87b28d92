package org.studykb.web.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

import org.studykb.rectify.Ledger;
import org.studykb.rectify.LedgerFilter;
import org.studykb.rectify.Problem;
import org.studykb.rectify.RectifyService;
import org.studykb.access.Permission;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/** 问题台账: the problems with filters, counts per status and a chart; the 未闭环 and 超期 views; the .xlsx export. */
@Controller
class LedgerPage {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RectifyService rectify;
    private final LedgerLinks links;
    private final CurrentUser user;

    private final int dueSoonDays;

    /** @param dueSoonDays 即将超期: a deadline within this many days ({@code studykb.ledger.due-soon-days}, 14) */
    LedgerPage(RectifyService rectify, LedgerLinks links, CurrentUser user,
               @Value("${studykb.ledger.due-soon-days:14}") int dueSoonDays) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("studykb.ledger.due-soon-days 不能为负数：" + dueSoonDays);
        }
        this.rectify = rectify;
        this.links = links;
        this.user = user;
        this.dueSoonDays = dueSoonDays;
    }

    /** The page's addresses (document passages, problems, filters) as {@code links.…} in the template. */
    @ModelAttribute("links")
    LedgerLinks links() {
        return links;
    }

    @GetMapping("/ledger")
    @Requires(Permission.READ)
    String ledger(@RequestParam(name = "campaign", defaultValue = "") String campaign,
                  @RequestParam(name = "category", defaultValue = "") String category,
                  @RequestParam(name = "status", defaultValue = "") String status,
                  @RequestParam(name = "unit", defaultValue = "") String unit,
                  @RequestParam(name = "overdue", defaultValue = "false") boolean overdue,
                  @RequestParam(name = "open", defaultValue = "false") boolean open,
                  @RequestParam(name = "leader", defaultValue = "") String leader,
                  @RequestParam(name = "due", defaultValue = "-1") int due, Model model) throws IOException {
        return page(new LedgerFilter(campaign, category, status, unit, overdue, open, leader, due), "问题台账", model);
    }

    @GetMapping("/ledger/due-soon")
    @Requires(Permission.READ)
    String dueSoonProblems(@RequestParam(name = "campaign", defaultValue = "") String campaign, Model model)
            throws IOException {
        return page(new LedgerFilter(campaign, "", "", "", false, true, "", dueSoonDays),
                "即将超期问题（" + dueSoonDays + " 天内到期、尚未整改完成）", model);
    }

    /**
     * 整改情况报告 to print: counts by status and by unit, then each 未闭环 problem with its measures, leader, unit,
     * deadline and status; the viewer's ledger, narrowed by campaign.
     */
    @GetMapping("/ledger/print")
    @Requires(Permission.READ)
    String print(@RequestParam(name = "campaign", defaultValue = "") String campaign, Model model) throws IOException {
        Ledger ledger = rectify.ledger(user.viewer());
        List<Problem> problems = ledger.filter(new LedgerFilter(campaign, "", "", "", false, false));
        model.addAttribute("title", "整改情况报告" + (campaign.isBlank() ? "" : "（" + campaign.strip() + "）"));
        model.addAttribute("total", problems.size());
        model.addAttribute("counts", Ledger.counts(problems));
        model.addAttribute("units", Ledger.groups(problems, false, dueSoonDays));
        model.addAttribute("open", problems.stream().filter(Problem::open).toList());
        model.addAttribute("today", problems.stream().map(Problem::today).filter(d -> !d.isBlank()).max(String::compareTo)
                .orElse(""));
        return "ledger-print";
    }

    /** 按责任领导、责任单位: each with its problems, 未闭环, 超期 and 即将超期, linking to the filtered ledger. */
    @GetMapping("/ledger/leaders")
    @Requires(Permission.READ)
    String leaders(Model model) throws IOException {
        List<Problem> problems = rectify.ledger(user.viewer()).problems();
        model.addAttribute("title", "按责任领导、责任单位");
        model.addAttribute("leaders", Ledger.groups(problems, true, dueSoonDays));
        model.addAttribute("units", Ledger.groups(problems, false, dueSoonDays));
        model.addAttribute("dueSoonDays", dueSoonDays);
        return "ledger-leaders";
    }

    @GetMapping("/ledger/open")
    @Requires(Permission.READ)
    String openProblems(@RequestParam(name = "campaign", defaultValue = "") String campaign, Model model)
            throws IOException {
        return page(new LedgerFilter(campaign, "", "", "", false, true), "未闭环问题（未整改、整改中、超期：尚未整改完成或销号）", model);
    }

    @GetMapping("/ledger/overdue")
    @Requires(Permission.READ)
    String overdueProblems(@RequestParam(name = "campaign", defaultValue = "") String campaign, Model model)
            throws IOException {
        return page(new LedgerFilter(campaign, "", "", "", true, false), "超期问题（时限已过、未见成效）", model);
    }

    private String page(LedgerFilter filter, String title, Model model) throws IOException {
        Ledger ledger = rectify.ledger(user.viewer());
        List<Problem> shown = ledger.filter(filter);
        LedgerFilter anyStatus = filter.withStatus("");
        Map<String, Integer> counts = Ledger.counts(ledger.filter(anyStatus));
        model.addAttribute("openCount", ledger.problems().stream().filter(Problem::open).count());
        model.addAttribute("overdueCount", ledger.problems().stream().filter(Problem::overdue).count());
        model.addAttribute("dueSoonCount", ledger.problems().stream().filter(p -> p.dueWithin(dueSoonDays)).count());
        model.addAttribute("dueSoonDays", dueSoonDays);
        model.addAttribute("leaders", Ledger.groups(ledger.problems(), true, dueSoonDays).stream()
                .map(Ledger.Group::name).toList());
        model.addAttribute("title", title);
        model.addAttribute("filter", filter);
        model.addAttribute("problems", shown);
        model.addAttribute("counts", counts);
        model.addAttribute("countsJson", json(counts));
        model.addAttribute("total", ledger.problems().size());
        model.addAttribute("campaigns", distinct(ledger.problems().stream().map(Problem::campaign).toList()));
        model.addAttribute("categories", distinct(ledger.problems().stream().map(Problem::category).toList()));
        model.addAttribute("units", distinct(ledger.problems().stream().map(Problem::unit).toList()));
        model.addAttribute("statuses", rectify.statuses());
        model.addAttribute("warnings", ledger.warnings());
        return "ledger";
    }

    @GetMapping("/ledger.xlsx")
    @Requires(Permission.READ)
    void export(@RequestParam(name = "campaign", defaultValue = "") String campaign,
                @RequestParam(name = "category", defaultValue = "") String category,
                @RequestParam(name = "status", defaultValue = "") String status,
                @RequestParam(name = "unit", defaultValue = "") String unit,
                @RequestParam(name = "overdue", defaultValue = "false") boolean overdue,
                @RequestParam(name = "open", defaultValue = "false") boolean open,
                @RequestParam(name = "leader", defaultValue = "") String leader,
                @RequestParam(name = "due", defaultValue = "-1") int due,
                HttpServletResponse response) throws IOException {
        List<Problem> problems = rectify.ledger(user.viewer()).filter(new LedgerFilter(campaign, category, status,
                unit, overdue, open, leader, due));
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("问题台账.xlsx", StandardCharsets.UTF_8).build().toString());
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        rectify.exportXlsx(problems, id -> base + links.problem(id), response.getOutputStream());
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new TreeSet<>(values.stream().filter(v -> !v.isBlank()).toList()));
    }

    /** {"未整改":3,…} for the chart: status names are fixed words, counts are numbers. */
    static String json(Map<String, Integer> counts) {
        StringBuilder sb = new StringBuilder("{");
        counts.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return sb.append('}').toString();
    }
}
