package org.studykb.web.security;

import java.io.Serial;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import org.studykb.store.UserAccounts;

/**
 * The users of the store as Spring Security sees them: hash, enabled flag, roles and permissions, and the
 * session version they signed in with, which {@link CheckedSessions} compares with the store's on every
 * request of a form login.
 */
final class StoreUsers implements UserDetailsService {
    private final UserAccounts accounts;

    StoreUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip();
        // read before the user: a change between the two reads then ends the new session on its next request
        long version = accounts.sessionVersion(name).orElse(-1);
        return accounts.find(name)
                .map(u -> new Account(u, version))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** A signed-in user of the store, with the session version read when the password was checked. */
    static final class Account extends User {
        @Serial
        private static final long serialVersionUID = 1L;

        private final long sessionVersion;

        Account(UserAccounts.User u, long sessionVersion) {
            super(u.username(), u.passwordHash(), u.enabled(), true, true, true, Roles.authorities(u.roles()));
            this.sessionVersion = sessionVersion;
        }

        long sessionVersion() {
            return sessionVersion;
        }
    }
}
