package org.studykb.web.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import org.studykb.store.AuditLog;

/**
 * Password logins (form and HTTP Basic) through the store's users, refused early while this name is paused
 * from this address, and delayed a few seconds at most while the name fails from many addresses (see
 * {@link LoginThrottle}). Every failure is counted once and written to the audit trail with the address,
 * repeated ones as one row with a count; other errors (the store not answering) are no failed guess and pass
 * through uncounted. {@link SecurityConfiguration} gives it to both filter chains in an
 * authentication manager of its own, so no other manager checks the password a second time.
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
        String target = "user:" + AuditLog.cutName(name);
        Duration pause = throttle.pause(name, address);
        if (!pause.isZero()) {
            audit.recordFailure(address, AuditLog.Action.LOGIN_FAILED, target,
                    "已限制：" + Math.max(1, pause.toSeconds()) + " 秒后再试");
            throw new LoginThrottledException(pause);
        }
        waitFor(throttle.delay(name));
        try {
            Authentication done = passwords.authenticate(request);
            throttle.succeeded(name, address);
            return done;
        } catch (BadCredentialsException | DisabledException e) {
            throttle.failed(name, address);
            audit.recordFailure(address, AuditLog.Action.LOGIN_FAILED, target,
                    e instanceof DisabledException ? "用户已停用" : "用户名或密码错误");
            throw e;
        }
    }

    /** Holds this request, never longer than {@link LoginThrottle#MAX_DELAY}, before the password is checked. */
    private static void waitFor(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(Math.min(delay.toMillis(), LoginThrottle.MAX_DELAY.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationServiceException("登录被中断（服务正在停止），请重试", e);
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
