package org.studykb.web.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.studykb.store.AuditLog;
import org.studykb.store.Passwords;
import org.studykb.store.UserAccounts;
import org.studykb.web.ApiErrors;
import org.studykb.web.ErrorAdvice;

/**
 * Who may come in: everything but the login page, the style sheets and scripts it needs and the health
 * probes requires a signed-in user. Pages sign in with the login form (a session cookie); scripts with
 * HTTP Basic or {@code Authorization: Bearer <token>}, without a session. What a signed-in user may do is
 * checked per handler by {@link PermissionCheck}, which {@link PermissionConfiguration} registers.
 *
 * <p>Forms carry a CSRF token; a request that Basic or Bearer signs in is a script, which a browser cannot be
 * tricked into sending across sites, so it needs none ({@link #signedInByScript}). The API never asks a
 * browser for Basic credentials (its 401 names only Bearer), so a browser never holds credentials it would
 * send on its own. A form login's session is checked against the store on every request
 * ({@link CheckedSessions}): it ends when its user is turned off or gets a new password or other roles. Pages get a Content-Security-Policy without inline script; the API docs need inline style.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    public static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    /**
     * The only check of a password, for both chains: a manager of its own with no parent, and no provider
     * bean, so Spring's global manager never checks (and counts, and audits) the same password again.
     */
    @Bean
    AuthenticationManager passwordLogins(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle,
                                         AuditLog audit) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new StoreUsers(accounts));
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthentication(passwords, throttle, audit));
    }

    @Bean
    FirstAdministrator firstAdministrator(UserAccounts accounts, PasswordEncoder encoder) {
        return new FirstAdministrator(accounts, encoder, System.out);
    }

    /** The API docs: same logins, a CSP that lets Swagger UI style itself. */
    @Bean
    @Order(1)
    SecurityFilterChain docs(HttpSecurity http, AuthenticationManager passwordLogins, UserAccounts accounts)
            throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .securityContext(c -> c.securityContextRepository(contexts(accounts)))
                .authenticationManager(passwordLogins)
                .httpBasic(b -> b.authenticationEntryPoint(SecurityConfiguration::unauthorizedApi))
                .exceptionHandling(e -> e.authenticationEntryPoint(toLogin()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(DOCS_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain chain(HttpSecurity http, AuthenticationManager passwordLogins, UserAccounts accounts,
                              LoginThrottle throttle, AuditLog audit) throws Exception {
        RequestMatcher api = SecurityConfiguration::isApi;
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/login.js", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .securityContext(c -> c.securityContextRepository(contexts(accounts)))
                .authenticationManager(passwordLogins)
                .addFilterBefore(new TokenAuthentication(accounts, throttle, audit), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(SecurityConfiguration::unauthorizedApi))
                .formLogin(f -> f.loginPage("/login").successHandler(signedIn())
                        .failureHandler(loginFailure()).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessHandler(loggedOut()).permitAll())
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(SecurityConfiguration::unauthorizedApi, api)
                        .defaultAuthenticationEntryPointFor(toLogin(), r -> true)
                        .accessDeniedHandler(denied()))
                .csrf(c -> c.ignoringRequestMatchers(SecurityConfiguration::signedInByScript))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Where a request's login is kept between requests: Basic and Bearer logins for the request only, form
     * logins in the session, checked against the store on every request ({@link CheckedSessions}).
     */
    private static SecurityContextRepository contexts(UserAccounts accounts) {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new CheckedSessions(accounts));
    }

    /**
     * Whether Basic or Bearer signs this request in, so that it needs no CSRF token. A Bearer header is always
     * decided by {@link TokenAuthentication} (signed in, or 401). A Basic header only when no session is signed
     * in: Spring's Basic filter leaves a session signed in under the same name as it is, whatever the password.
     * Any other header ({@code Foo bar}, an empty one) counts for nothing.
     */
    static boolean signedInByScript(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (TokenAuthentication.isBearer(header)) {
            return true;
        }
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, "Basic ".length())) {
            return false;
        }
        Authentication session = SecurityContextHolder.getContext().getAuthentication();
        return session == null || session instanceof AnonymousAuthenticationToken;
    }

    static boolean isApi(HttpServletRequest request) {
        return ErrorAdvice.isApi(request);
    }

    /** 401 for scripts, in JSON, naming only Bearer so that browsers never open a Basic prompt. */
    static void unauthorizedApi(HttpServletRequest request, HttpServletResponse response,
                                AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"studykb\"");
        if (e instanceof LoginThrottledException t) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, t.waitTime().toSeconds())));
            ApiErrors.write(response, 429, t.getMessage());
            return;
        }
        if (CheckedSessions.ended(request)) {
            ApiErrors.write(response, 401, "登录已失效：账号已停用，或密码、角色已更改，请重新登录");
            return;
        }
        ApiErrors.write(response, 401, "需要登录：请用 HTTP Basic（用户名和密码）或 Authorization: Bearer <令牌>");
    }

    /** Pages go to the login page, which says why when the session was ended because its account changed. */
    private static AuthenticationEntryPoint toLogin() {
        var login = new LoginUrlAuthenticationEntryPoint("/login");
        var changed = new LoginUrlAuthenticationEntryPoint("/login?changed");
        return (request, response, e) -> (CheckedSessions.ended(request) ? changed : login)
                .commence(request, response, e);
    }

    /**
     * After signing in, back to the page asked for (or home) by its path alone: the saved request's URL names
     * the host that request's {@code Host} header gave, which is the client's to forge.
     */
    private static AuthenticationSuccessHandler signedIn() {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/");
        handler.setRedirectStrategy((request, response, url) -> response.sendRedirect(
                url.contains("://") ? pathOf(url) : request.getContextPath() + url));
        return handler;
    }

    /**
     * The path and query of an absolute URL this server made ({@code http://host/search?q=x} gives
     * {@code /search?q=x}); home for one without a path, or whose path a browser would read as another host.
     */
    static String pathOf(String url) {
        int authority = url.indexOf("://") + 3;
        int path = url.indexOf('/', authority);
        String rest = path < 0 ? "/" : url.substring(path);
        return rest.startsWith("//") || rest.startsWith("/\\") ? "/" : rest;
    }

    /** Always back to the login page, whatever the request accepts (not a bare 204 for non-browsers). */
    private static org.springframework.security.web.authentication.logout.LogoutSuccessHandler loggedOut() {
        var handler = new org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler();
        handler.setDefaultTargetUrl("/login?logout");
        return handler;
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, e) -> {
            String reason = e instanceof LoginThrottledException ? "locked" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }

    private static AccessDeniedHandler denied() {
        return (request, response, e) -> {
            if (isApi(request)) {
                ApiErrors.write(response, 403, "请求被拒绝：表单令牌（CSRF）缺失或已过期，请刷新页面后重试");
            } else {
                response.sendError(403, "请求被拒绝：表单已过期，请刷新页面后重试");
            }
        };
    }
}
