package org.studykb.web.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login refused before the password is checked, because of too many recent failures. */
final class LoginThrottledException extends AuthenticationException {
    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("登录失败次数过多，请 " + Math.max(1, (wait.toSeconds() + 59) / 60) + " 分钟后再试");
        this.wait = wait;
    }

    Duration waitTime() {
        return wait;
    }
}
