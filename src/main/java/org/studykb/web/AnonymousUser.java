package org.studykb.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.studykb.store.Role;

/**
 * The user while there are no logins: named by the address the request came from, with every role. Issue 6
 * replaces this bean with one that reads Spring Security's authenticated user.
 */
@Component
class AnonymousUser implements CurrentUser {

    @Override
    public String name() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return "匿名（" + request.getRemoteAddr() + "）";
        }
        return "匿名";
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.allOf(Role.class);
    }
}
