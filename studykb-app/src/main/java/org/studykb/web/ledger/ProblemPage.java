package org.studykb.web.ledger;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.studykb.rectify.Link;
import org.studykb.rectify.LinkKind;
import org.studykb.rectify.Problem;
import org.studykb.rectify.RectifyService;
import org.studykb.access.Viewer;
import org.studykb.access.Permission;
import org.studykb.library.NotFound;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/**
 * One problem with its whole chain: where it was raised (links to the passages), its measures, outcomes
 * and rules with confirm/reject buttons, its status with a leader's override, and its history from the audit
 * trail (who, when, before → after).
 */
@Controller
class ProblemPage {
    /** The longest search for 关联…, in characters. */
    static final int MAX_FIND = 100;

    private final RectifyService rectify;
    private final LedgerLinks links;
    private final CurrentUser user;

    ProblemPage(RectifyService rectify, LedgerLinks links, CurrentUser user) {
        this.rectify = rectify;
        this.links = links;
        this.user = user;
    }

    /** The page's addresses (document passages, problems) as {@code links.…} in the template. */
    @ModelAttribute("links")
    LedgerLinks links() {
        return links;
    }

    @GetMapping("/problems/{id}")
    @Requires(Permission.READ)
    String problem(@PathVariable("id") String id, @RequestParam(name = "find", defaultValue = "") String find,
                   Model model) throws IOException {
        Viewer viewer = user.viewer();
        Problem p = rectify.problem(id, viewer).orElseThrow(() -> new NotFound("没有这个问题：" + id));
        String words = find.length() <= MAX_FIND ? find.strip() : find.strip().substring(0, MAX_FIND);
        model.addAttribute("find", words);
        model.addAttribute("candidates", words.isEmpty() ? List.of() : rectify.candidates(p.id(), words, viewer));
        model.addAttribute("problem", p);
        Map<String, List<Link>> groups = new LinkedHashMap<>();
        for (LinkKind kind : LinkKind.values()) {
            groups.put(kind.label(), p.links().stream().filter(l -> l.kind().equals(kind.word())).toList());
        }
        model.addAttribute("groups", groups);
        model.addAttribute("relapse", p.relapseOf().isEmpty() ? null
                : rectify.problem(p.relapseOf(), viewer).orElse(null));
        model.addAttribute("raisedAgain", rectify.ledger(viewer).problems().stream()
                .filter(x -> x.relapseOf().equals(p.id())).toList());
        model.addAttribute("history", rectify.events(p.id(), viewer));
        model.addAttribute("statuses", rectify.statuses());
        model.addAttribute("canDecide", rectify.canDecide());
        return "problem";
    }

    @PostMapping("/problems/{id}/links/{key}/{action}")
    @Requires(Permission.CONFIRM_LINKS)
    String decide(@PathVariable("id") String id, @PathVariable("key") String key,
                  @PathVariable("action") String action,
                  @RequestParam(name = "reason", defaultValue = "") String reason, RedirectAttributes redirect)
            throws IOException {
        String who = who();
        visible(id, key);
        try {
            switch (action) {
                case "confirm" -> rectify.confirm(id, key, who, reason);
                case "reject" -> rectify.reject(id, key, who, reason);
                case "undo" -> rectify.undecide(id, key, who, reason);
                default -> throw new NotFound("没有这个操作：" + action);
            }
            redirect.addFlashAttribute("notice", "confirm".equals(action) ? "已确认" : "reject".equals(action) ? "已否定" : "已撤销");
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("typedKey", key);
            redirect.addFlashAttribute("typedReason", reason);
        }
        return "redirect:" + links.problem(id);
    }

    /** 关联: attaches a measure, outcome or rule found by {@code ?find=} to the problem, with a reason. */
    @PostMapping("/problems/{id}/attach")
    @Requires(Permission.CONFIRM_LINKS)
    String attach(@PathVariable("id") String id, @RequestParam(name = "key", defaultValue = "") String key,
                  @RequestParam(name = "reason", defaultValue = "") String reason,
                  @RequestParam(name = "find", defaultValue = "") String find, RedirectAttributes redirect)
            throws IOException {
        visible(id, null);
        try {
            rectify.attach(id, key, who(), reason, user.viewer());
            redirect.addFlashAttribute("notice", "已关联");
            return "redirect:" + links.problem(id);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("typedKey", key);
            redirect.addFlashAttribute("typedReason", reason);
            redirect.addAttribute("find", find);
            return "redirect:" + links.problem(id) + "#attach";
        }
    }

    @PostMapping("/problems/{id}/status")
    @Requires(Permission.SET_STATUS)
    String status(@PathVariable("id") String id, @RequestParam(name = "status", defaultValue = "") String status,
                  @RequestParam(name = "reason", defaultValue = "") String reason, RedirectAttributes redirect)
            throws IOException {
        visible(id, null);
        try {
            rectify.setStatus(id, status, who(), reason);
            redirect.addFlashAttribute("notice", status.isBlank() ? "已取消改定" : "状态已改为 " + status);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + links.problem(id);
    }

    /** 404 Not Found for a problem, or a measure or outcome of it, that the user may not see. */
    private void visible(String id, String key) throws IOException {
        Problem p = rectify.problem(id, user.viewer()).orElseThrow(() -> new NotFound("没有这个问题：" + id));
        if (key != null && p.links().stream().noneMatch(l -> l.key().equals(key))
                && rectify.problem(id).map(all -> all.links().stream().anyMatch(l -> l.key().equals(key)))
                .orElse(false)) {
            throw new NotFound("没有这条整改措施或成效：" + key);
        }
    }

    /** Who decides: the signed-in user, never a name typed in the form. */
    private String who() {
        return user.name();
    }
}
