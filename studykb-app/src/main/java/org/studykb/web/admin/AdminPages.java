package org.studykb.web.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.studykb.store.AuditLog;
import org.studykb.store.Passwords;
import org.studykb.access.Permission;
import org.studykb.access.Role;
import org.studykb.store.UserAccounts;
import org.studykb.web.Labels;
import org.studykb.web.security.CurrentUser;
import org.studykb.web.security.Requires;

/**
 * 用户管理 and 审计记录, for 管理员 only: create users (with a generated password shown once), change their
 * roles, reset passwords, turn logins off, issue and revoke API tokens; read the audit trail.
 */
@Controller
class AdminPages {
    static final int AUDIT_PAGE = 50;

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final CurrentUser user;
    private final AuditRetention retention;

    AdminPages(UserAccounts accounts, PasswordEncoder encoder, AuditLog audit, CurrentUser user,
               AuditRetention retention) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.user = user;
        this.retention = retention;
    }

    @GetMapping("/admin/users")
    @Requires(Permission.MANAGE_USERS)
    String users(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("tokens", accounts.tokens());
        model.addAttribute("roles", Role.values());
        return "admin-users";
    }

    @PostMapping("/admin/users")
    @Requires(Permission.MANAGE_USERS)
    String create(@RequestParam(name = "username", defaultValue = "") String username,
                  @RequestParam(name = "displayName", defaultValue = "") String displayName,
                  @RequestParam(name = "role", required = false) List<String> roles, RedirectAttributes redirect) {
        return changed(redirect, "secret", () -> {
            String password = Passwords.generate();
            accounts.create(username.strip(), displayName, encoder.encode(password), roles(roles), user.name());
            accounts.passwordGenerated(username.strip());
            return "已创建用户 " + username.strip() + "，初始密码（只显示这一次）：" + password;
        });
    }

    @PostMapping("/admin/users/{name}/roles")
    @Requires(Permission.MANAGE_USERS)
    String setRoles(@PathVariable("name") String name, @RequestParam(name = "role", required = false) List<String> roles,
                    RedirectAttributes redirect) {
        return changed(redirect, "notice", () -> {
            accounts.setRoles(name, roles(roles), user.name());
            return "已修改 " + name + " 的角色";
        });
    }

    @PostMapping("/admin/users/{name}/password")
    @Requires(Permission.MANAGE_USERS)
    String resetPassword(@PathVariable("name") String name, RedirectAttributes redirect) {
        return changed(redirect, "secret", () -> {
            String password = Passwords.generate();
            accounts.setPassword(name, encoder.encode(password), true, user.name());
            return name + " 的新密码（只显示这一次）：" + password;
        });
    }

    @PostMapping("/admin/users/{name}/enabled")
    @Requires(Permission.MANAGE_USERS)
    String setEnabled(@PathVariable("name") String name, @RequestParam(name = "enabled") boolean enabled,
                      RedirectAttributes redirect) {
        return changed(redirect, "notice", () -> {
            accounts.setEnabled(name, enabled, user.name());
            return (enabled ? "已启用 " : "已停用 ") + name;
        });
    }

    @PostMapping("/admin/users/{name}/tokens")
    @Requires(Permission.MANAGE_USERS)
    String createToken(@PathVariable("name") String name, @RequestParam(name = "label", defaultValue = "") String label,
                       RedirectAttributes redirect) {
        return changed(redirect, "secret", () -> {
            String token = accounts.createToken(name, label, user.name());
            return name + " 的接口令牌（只显示这一次）：" + token;
        });
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    @Requires(Permission.MANAGE_USERS)
    String revokeToken(@PathVariable("id") long id, RedirectAttributes redirect) {
        return changed(redirect, "notice", () -> {
            accounts.revokeToken(id, user.name());
            return "令牌已撤销";
        });
    }

    @GetMapping("/admin/audit")
    @Requires(Permission.MANAGE_USERS)
    String auditTrail(@RequestParam(name = "action", defaultValue = "") String action,
                      @RequestParam(name = "q", defaultValue = "") String q,
                      @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        String known = EnumSet.allOf(AuditLog.Action.class).stream().map(Enum::name).filter(action::equals)
                .findFirst().orElse("");
        int p = Math.max(1, Math.min(page, 10_000));
        List<AuditLog.Event> events = audit.page(known, q, (p - 1) * AUDIT_PAGE, AUDIT_PAGE + 1);
        model.addAttribute("events", events.subList(0, Math.min(AUDIT_PAGE, events.size())));
        model.addAttribute("hasNext", events.size() > AUDIT_PAGE);
        model.addAttribute("page", p);
        model.addAttribute("action", known);
        model.addAttribute("q", q);
        model.addAttribute("actions", AuditLog.Action.values());
        model.addAttribute("actionLabels", Labels.ACTIONS);
        model.addAttribute("retentionDays", retention.retention().toDays());
        return "admin-audit";
    }

    /** Makes a change and shows its message (notice, or a password/token shown once), or why it was refused. */
    private static String changed(RedirectAttributes redirect, String kind, Supplier<String> change) {
        try {
            redirect.addFlashAttribute(kind, change.get());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    private static Set<Role> roles(List<String> names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> roles.add(Role.parse(n)));
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("至少要选一个角色");
        }
        return roles;
    }
}
