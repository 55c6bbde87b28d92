package org.studykb.web.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link PermissionCheck} for every handler. */
@Configuration(proxyBeanMethods = false)
class PermissionConfiguration implements WebMvcConfigurer {
    private final CurrentUser currentUser;

    PermissionConfiguration(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PermissionCheck(currentUser));
    }
}
