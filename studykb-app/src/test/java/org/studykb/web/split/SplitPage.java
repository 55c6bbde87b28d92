package org.studykb.web.split;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import org.studykb.access.Permission;
import org.studykb.web.security.Requires;

/**
 * A controller in a subpackage of {@code web}, as splitting {@code web} by feature will make them: its
 * handlers must be role-checked like those in {@code web} itself. Only the tests that import it have it.
 */
@TestComponent
@Controller
public class SplitPage {

    @GetMapping("/split/users")
    @ResponseBody
    @Requires(Permission.MANAGE_USERS)
    public String users() {
        return "只有管理员能看到";
    }
}
