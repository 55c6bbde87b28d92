package org.studykb.web;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import org.studykb.store.UserAccounts;

/** The users of the store as Spring Security sees them: hash, enabled flag, roles and permissions. */
final class StoreUsers implements UserDetailsService {
    private final UserAccounts accounts;

    StoreUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username == null ? "" : username.strip())
                .map(StoreUsers::details)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    static UserDetails details(UserAccounts.User u) {
        return User.withUsername(u.username()).password(u.passwordHash()).disabled(!u.enabled())
                .authorities(Roles.authorities(u.roles())).build();
    }
}
