package org.studykb.web;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import org.studykb.store.AuditLog;

/**
 * Password logins (form and HTTP Basic) through the store's users, refused early while the name or the
 * address is throttled; every failure is counted and written to the audit trail with the address.
 */
final class ThrottledAuthentication implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle, AuditLog audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String name = request.getName() == null ? "" : request.getName();
        String address = address(request);
        Duration wait = throttle.wait(name, address);
        if (!wait.isZero()) {
            audit.record(address, AuditLog.Action.LOGIN_FAILED, "user:" + AuditLog.cutName(name), null,
                    "已限制：" + wait.toSeconds() + " 秒后再试");
            throw new LoginThrottledException(wait);
        }
        try {
            Authentication done = passwords.authenticate(request);
            throttle.succeeded(name);
            return done;
        } catch (BadCredentialsException | DisabledException e) {
            throttle.failed(name, address);
            audit.record(address, AuditLog.Action.LOGIN_FAILED, "user:" + AuditLog.cutName(name), null,
                    e instanceof DisabledException ? "用户已停用" : "用户名或密码错误");
            throw e;
        } catch (AuthenticationException e) {
            throttle.failed(name, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String address(Authentication request) {
        if (request.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null) {
            return d.getRemoteAddress();
        }
        return "未知地址";
    }
}
