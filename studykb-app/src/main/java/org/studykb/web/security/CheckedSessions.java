package org.studykb.web.security;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import org.studykb.store.UserAccounts;

/**
 * The form logins, kept in the HTTP session and checked against the store on every request that uses one: a
 * session whose user was turned off, got a new password or other roles since it signed in (its session version
 * differs from the store's, {@link UserAccounts#sessionVersion}) is ended there, so the request goes on as not
 * signed in (a page to {@code /login?changed}, the API 401). The store is read every time, one lookup by user
 * name, so a change made by the {@code users} command in another process counts as one made on the users page.
 * Only password logins through {@link StoreUsers} put a context into a session; one with another principal
 * (Spring's test support puts its own there) is left as it is.
 */
final class CheckedSessions implements SecurityContextRepository {
    private static final String ENDED = CheckedSessions.class.getName() + ".ENDED";

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final UserAccounts accounts;

    CheckedSessions(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Whether this request's session was ended because its account changed. */
    static boolean ended(HttpServletRequest request) {
        return request.getAttribute(ENDED) != null;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = sessions.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            private SecurityContext context;
            private boolean generated;

            @Override
            public SecurityContext get() {
                if (context == null) {
                    SecurityContext c = stored.get();
                    generated = stored.isGenerated();
                    if (!generated && !current(c, request)) {
                        c = SecurityContextHolder.createEmptyContext();
                        generated = true;
                    }
                    context = c;
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                get();
                return generated;
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        SecurityContext c = sessions.loadContext(holder);
        return current(c, holder.getRequest()) ? c : SecurityContextHolder.createEmptyContext();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        sessions.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request);
    }

    /** True for a session whose account is unchanged (or that holds no login of ours); ends it otherwise. */
    private boolean current(SecurityContext context, HttpServletRequest request) {
        Authentication auth = context.getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof StoreUsers.Account account)) {
            return true;
        }
        OptionalLong now = accounts.sessionVersion(account.getUsername());
        if (now.isPresent() && now.getAsLong() == account.sessionVersion()) {
            return true;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.setAttribute(ENDED, Boolean.TRUE);
        return false;
    }
}
