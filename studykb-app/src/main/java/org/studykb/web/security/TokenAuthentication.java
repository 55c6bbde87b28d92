package org.studykb.web.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

import org.studykb.store.AuditLog;
import org.studykb.store.UserAccounts;
import org.studykb.web.ApiErrors;

/**
 * {@code Authorization: Bearer <token>} for scripts: the token's user is signed in for this request only (no
 * session). A valid token is always taken, whatever failed before from its address. An unknown token is
 * answered 401 and counted against its address; after {@value LoginThrottle#FREE} of them further unknown
 * tokens from that address are answered 429 with Retry-After (see {@link LoginThrottle}). Failures are in the
 * audit trail, repeated ones as one row with a count.
 */
final class TokenAuthentication extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final UserAccounts accounts;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    TokenAuthentication(UserAccounts accounts, LoginThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** Whether this filter decides the request: signed in by its token, or answered 401 (or 429). */
    static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (!isBearer(header)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<UserAccounts.User> user = accounts.byToken(header.substring(BEARER.length()).strip());
        if (user.isEmpty()) {
            Duration pause = throttle.tokenPause(address);
            if (!pause.isZero()) {
                audit.recordFailure(address, AuditLog.Action.LOGIN_FAILED, "token",
                        "已限制：" + Math.max(1, pause.toSeconds()) + " 秒后再试");
                response.setHeader("Retry-After", Long.toString(Math.max(1, pause.toSeconds())));
                ApiErrors.write(response, 429, new LoginThrottledException(pause).getMessage());
                return;
            }
            throttle.tokenFailed(address);
            audit.recordFailure(address, AuditLog.Action.LOGIN_FAILED, "token", "令牌无效");
            ApiErrors.write(response, 401, "令牌无效或已撤销");
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(user.get().username(), null,
                Roles.authorities(user.get().roles()));
        auth.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
