package org.studykb.web.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import org.studykb.access.Permission;
import org.studykb.access.Role;

/** Our roles and permissions as Spring Security authorities: {@code ROLE_LEADER}, {@code PERM_SET_STATUS}. */
public final class Roles {
    private static final String ROLE = "ROLE_";
    private static final String PERM = "PERM_";

    private Roles() {
    }

    static String authority(Role role) {
        return ROLE + role.name();
    }

    static String authority(Permission permission) {
        return PERM + permission.name();
    }

    /** The role itself and every permission it grants, so checks can name either. */
    public static List<GrantedAuthority> authorities(Collection<Role> roles) {
        var out = new java.util.ArrayList<GrantedAuthority>();
        for (Role r : roles) {
            out.add(new SimpleGrantedAuthority(authority(r)));
            for (Permission p : r.permissions()) {
                SimpleGrantedAuthority a = new SimpleGrantedAuthority(authority(p));
                if (!out.contains(a)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    static Optional<Role> fromAuthority(String authority) {
        if (authority == null || !authority.startsWith(ROLE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Role.valueOf(authority.substring(ROLE.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
