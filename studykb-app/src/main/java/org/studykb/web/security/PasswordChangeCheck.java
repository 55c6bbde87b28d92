package org.studykb.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import org.studykb.store.UserAccounts;
import org.studykb.web.ErrorAdvice;

/**
 * Leads a page login with a generated password to {@code /account} until the user sets one of their own. The JSON
 * API and token requests (scripts) are never stopped, nor the account page and logging out themselves.
 */
final class PasswordChangeCheck implements HandlerInterceptor {
    private final CurrentUser user;
    private final UserAccounts accounts;

    PasswordChangeCheck(CurrentUser user, UserAccounts accounts) {
        this.user = user;
        this.accounts = accounts;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws java.io.IOException {
        if (!(handler instanceof HandlerMethod method) || !PermissionCheck.checks(method.getBeanType())
                || ErrorAdvice.isApi(request) || TokenAuthentication.isBearer(request.getHeader("Authorization"))) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/account") || path.startsWith("/account/") || path.equals("/logout")) {
            return true;
        }
        if (accounts.mustChangePassword(user.name())) {
            response.sendRedirect(request.getContextPath() + "/account?first");
            return false;
        }
        return true;
    }
}
