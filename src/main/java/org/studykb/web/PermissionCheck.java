package org.studykb.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import org.studykb.store.Permission;
import org.studykb.store.Role;

/**
 * Enforces the roles on the server for every handler of ours: the permission its {@link Requires} names, or
 * {@link Permission#READ} when it names none (every page shows documents or what was derived from them).
 * Handlers of other libraries (the error page, the API docs) and {@link PublicPage}s are left to the
 * security chain, which already requires a login for all but the login page.
 */
final class PermissionCheck implements HandlerInterceptor {
    private final CurrentUser user;

    PermissionCheck(CurrentUser user) {
        this.user = user;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Class<?> type = method.getBeanType();
        if (!type.getPackageName().equals(PermissionCheck.class.getPackageName())
                || type.isAnnotationPresent(PublicPage.class)) {
            return true;
        }
        Requires requires = method.getMethodAnnotation(Requires.class);
        Permission needed = requires == null ? Permission.READ : requires.value();
        if (user.roles().stream().noneMatch(r -> r.allows(needed))) {
            throw new Forbidden("没有权限：这一操作需要「" + Labels.permission(needed) + "」权限（"
                    + lowestRole(needed).label() + "及以上角色）");
        }
        return true;
    }

    static Role lowestRole(Permission p) {
        for (Role r : Role.values()) {
            if (r.allows(p)) {
                return r;
            }
        }
        return Role.ADMIN;
    }
}
