package org.studykb.web.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.studykb.access.Role;

/**
 * The user Spring Security authenticated for this request: the login name for the audit trail, the roles
 * from the granted authorities ({@code ROLE_MEMBER} and so on). Outside a request (start-up jobs) it is the
 * system, with no roles.
 */
@Component
public class SignedInUser implements CurrentUser {
    static final String SYSTEM = "系统";

    @Override
    public String name() {
        Authentication auth = authentication();
        return auth == null ? SYSTEM : auth.getName();
    }

    @Override
    public Set<Role> roles() {
        Authentication auth = authentication();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (auth == null) {
            return roles;
        }
        for (GrantedAuthority a : auth.getAuthorities()) {
            Roles.fromAuthority(a.getAuthority()).ifPresent(roles::add);
        }
        return roles;
    }

    private static Authentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth;
    }
}
