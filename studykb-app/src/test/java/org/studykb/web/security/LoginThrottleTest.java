package org.studykb.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The pauses and delays after failed logins, on a clock the test moves. */
class LoginThrottleTest {
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-26T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fiveFailuresOfANameFromAnAddressAreFreeThenOnlyThatPairPausesDoublingUpToFifteenMinutes() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            assertThat(throttle.pause("wang", "10.0.0.1")).isZero();
            throttle.failed("wang", "10.0.0.1");
        }
        assertThat(throttle.pause("wang", "10.0.0.1")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.pause("WANG ", "10.0.0.1")).as("names compare without case and spaces")
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.pause("wang", "10.0.0.2")).as("the same name from another address").isZero();
        assertThat(throttle.pause("li", "10.0.0.1")).as("another name from the same address").isZero();
        clock.now = clock.now.plusSeconds(31);
        assertThat(throttle.pause("wang", "10.0.0.1")).isZero();
        throttle.failed("wang", "10.0.0.1");
        assertThat(throttle.pause("wang", "10.0.0.1")).isEqualTo(Duration.ofSeconds(60));
        for (int i = 0; i < 20; i++) {
            throttle.failed("wang", "10.0.0.1");
        }
        assertThat(throttle.pause("wang", "10.0.0.1")).isEqualTo(LoginThrottle.MAX_PAUSE);
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.pause("wang", "10.0.0.1")).isZero();
    }

    @Test
    void aNameFailingFromManyAddressesIsDelayedMoreAndMoreButNeverPaused() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            assertThat(throttle.delay("admin")).isZero();
            throttle.failed("admin", "10.0.0." + i);
        }
        assertThat(throttle.delay("admin")).isEqualTo(LoginThrottle.FIRST_DELAY);
        throttle.failed("admin", "10.0.1.1");
        assertThat(throttle.delay("admin")).isEqualTo(LoginThrottle.FIRST_DELAY.multipliedBy(2));
        for (int i = 0; i < 1000; i++) {
            throttle.failed("admin", "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThat(throttle.delay("admin")).isEqualTo(LoginThrottle.MAX_DELAY);
        assertThat(LoginThrottle.MAX_DELAY).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(throttle.pause("admin", "10.9.9.9")).as("a fresh address is never refused").isZero();
        assertThat(throttle.delay("li")).as("other names are not slowed").isZero();
        clock.now = clock.now.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.delay("admin")).isZero();
    }

    @Test
    void aSuccessClearsItsPairButNotTheDelayOfTheName() {
        LoginThrottle throttle = new LoginThrottle(new MovingClock());
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            throttle.failed("wang", "10.0.0.1");
            throttle.failed("wang", "10.0.0.2");
        }
        throttle.succeeded("wang", "10.0.0.1");
        assertThat(throttle.pause("wang", "10.0.0.1")).isZero();
        assertThat(throttle.pause("wang", "10.0.0.2")).isPositive();
        assertThat(throttle.delay("wang")).isPositive();
    }

    @Test
    void badTokensPauseOnlyTheBadTokensOfTheirAddress() {
        LoginThrottle throttle = new LoginThrottle(new MovingClock());
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            assertThat(throttle.tokenPause("10.0.0.1")).isZero();
            throttle.tokenFailed("10.0.0.1");
        }
        assertThat(throttle.tokenPause("10.0.0.1")).isEqualTo(LoginThrottle.FIRST_PAUSE);
        assertThat(throttle.tokenPause("10.0.0.2")).isZero();
        assertThat(throttle.pause("wang", "10.0.0.1")).as("passwords from that address are not paused").isZero();
        assertThat(throttle.delay("wang")).isZero();
    }

    @Test
    void passwordFailuresNeverPauseTokens() {
        LoginThrottle throttle = new LoginThrottle(new MovingClock());
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + (i % 3), "10.0.0.1");
        }
        assertThat(throttle.tokenPause("10.0.0.1")).isZero();
    }
}
