package org.studykb.web.security;

import java.util.Set;

import org.studykb.access.Viewer;
import org.studykb.access.Role;

/**
 * Who is asking: the name written to the audit trail and the roles checked against {@link Requires}. Until
 * logins exist (issue 6) this is {@link AnonymousUser}; with Spring Security it reads the authenticated user.
 */
public interface CurrentUser {

    /** The name for the audit trail. */
    String name();

    Set<Role> roles();

    /** Which 内部 documents this user may see: every search, page and export goes through it. */
    default Viewer viewer() {
        return Viewer.of(roles());
    }
}
