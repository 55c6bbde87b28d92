package org.studykb.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 登录: the one page anyone may open. The form posts to Spring Security's login handler. */
@Controller
@PublicPage
class LoginPage {

    @GetMapping("/login")
    String login(@RequestParam(name = "error", required = false) String error,
                 @RequestParam(name = "locked", required = false) String locked,
                 @RequestParam(name = "logout", required = false) String logout,
                 @RequestParam(name = "changed", required = false) String changed,
                 @RequestParam(name = "password", required = false) String password, Model model) {
        if (locked != null) {
            model.addAttribute("error", "这个用户名从你的网络地址登录失败次数过多，已暂停，请稍后再试（从别的地址登录不受影响）");
        } else if (error != null) {
            model.addAttribute("error", "用户名或密码错误");
        } else if (logout != null) {
            model.addAttribute("notice", "已退出登录");
        } else if (password != null) {
            model.addAttribute("notice", "密码已修改，请用新密码登录");
        } else if (changed != null) {
            model.addAttribute("notice", "账号已停用，或密码、角色已更改：请重新登录");
        }
        return "login";
    }
}
