package org.studykb.web.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.studykb.store.Passwords;
import org.studykb.access.Permission;
import org.studykb.store.UserAccounts;

/**
 * 账号: who I am, my roles, and changing my own password (the current one is asked for). A new password ends
 * every session of the user, so the user signs in again with it.
 */
@Controller
class AccountPage {
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final CurrentUser user;

    AccountPage(UserAccounts accounts, PasswordEncoder encoder, CurrentUser user) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.user = user;
    }

    @GetMapping("/account")
    @Requires(Permission.SEARCH)
    String account(Model model) {
        model.addAttribute("account", accounts.find(user.name()).orElse(null));
        model.addAttribute("roleNames", user.roles().stream().map(r -> r.label()).toList());
        model.addAttribute("mustChange", accounts.mustChangePassword(user.name()));
        return "account";
    }

    @PostMapping("/account/password")
    @Requires(Permission.SEARCH)
    String changePassword(@RequestParam(name = "current", defaultValue = "") String current,
                          @RequestParam(name = "password", defaultValue = "") String password,
                          @RequestParam(name = "confirm", defaultValue = "") String confirm,
                          RedirectAttributes redirect) {
        var me = accounts.find(user.name());
        if (me.isEmpty() || !encoder.matches(current, me.get().passwordHash())) {
            redirect.addFlashAttribute("error", "当前密码不对");
        } else if (!password.equals(confirm)) {
            redirect.addFlashAttribute("error", "两次输入的新密码不一致");
        } else if (Passwords.weakness(password, me.get().username()) != null) {
            redirect.addFlashAttribute("error", Passwords.weakness(password, me.get().username()));
        } else {
            accounts.setPassword(me.get().username(), encoder.encode(password), user.name());
            return "redirect:/login?password";   // a new password ends every session, this one too
        }
        return "redirect:/account";
    }
}
