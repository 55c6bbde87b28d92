package org.studykb.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.studykb.store.UserAccounts;

/** Registers {@link PermissionCheck} and {@link PasswordChangeCheck} for every handler. */
@Configuration(proxyBeanMethods = false)
class PermissionConfiguration implements WebMvcConfigurer {
    private final CurrentUser currentUser;
    private final ObjectProvider<UserAccounts> accounts;

    PermissionConfiguration(CurrentUser currentUser, ObjectProvider<UserAccounts> accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PermissionCheck(currentUser));
        UserAccounts store = accounts.getIfAvailable();
        if (store != null) {   // a test slice without the store has no passwords to change
            registry.addInterceptor(new PasswordChangeCheck(currentUser, store));
        }
    }
}
