package org.studykb.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import org.studykb.access.Permission;
import org.studykb.access.Role;
import org.studykb.library.Forbidden;
import org.studykb.web.Labels;

/**
 * Enforces the roles on the server for every handler of ours, in any package under {@code org.studykb}: the
 * permission its {@link Requires} names, or {@link Permission#READ} when it names none (every page shows
 * documents or what was derived from them). Handlers of other libraries (the error page) and
 * {@link PublicPage}s are left to the security chain, which already requires a login for all but the login
 * page; {@code SecurityTest} lists every handler and fails on one that is neither checked nor public.
 */
public final class PermissionCheck implements HandlerInterceptor {
    /** The packages whose handlers are ours. */
    static final String OURS = "org.studykb";

    private final CurrentUser user;

    PermissionCheck(CurrentUser user) {
        this.user = user;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (!checks(method.getBeanType())) {
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

    /**
     * Whether the handlers of this controller are role-checked here: every controller of ours, in whatever
     * package under {@value #OURS} (a split of {@code web} by feature moves them into subpackages), but a
     * {@link PublicPage}.
     */
    public static boolean checks(Class<?> type) {
        String name = type.getPackageName();
        return (name.equals(OURS) || name.startsWith(OURS + ".")) && !type.isAnnotationPresent(PublicPage.class);
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
