package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The pauses after failed logins, on a clock the test moves. */
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
    void fiveFailuresAreFreeThenThePauseDoublesUpToFifteenMinutes() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            assertThat(throttle.wait("wang", "10.0.0." + i)).isZero();
            throttle.failed("wang", "10.0.0." + i);
        }
        assertThat(throttle.wait("wang", "10.9.9.9")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.wait("li", "10.9.9.9")).as("another name from another address").isZero();
        clock.now = clock.now.plusSeconds(31);
        assertThat(throttle.wait("wang", "10.9.9.9")).isZero();
        throttle.failed("wang", "10.9.9.9");
        assertThat(throttle.wait("WANG ", "10.9.9.8")).as("names compare without case and spaces")
                .isEqualTo(Duration.ofSeconds(60));
        for (int i = 0; i < 20; i++) {
            throttle.failed("wang", "10.9.9.9");
        }
        assertThat(throttle.wait("wang", "x")).isEqualTo(LoginThrottle.MAX_PAUSE);
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.wait("wang", "x")).isZero();
    }

    @Test
    void oneAddressGuessingManyNamesIsPausedAndASuccessClearsOnlyTheName() {
        LoginThrottle throttle = new LoginThrottle(new MovingClock());
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertThat(throttle.wait("someone", "10.0.0.1")).isPositive();
        assertThat(throttle.wait("someone", "10.0.0.2")).isZero();
        throttle.succeeded("user0");
        assertThat(throttle.wait("user0", "10.0.0.1")).as("the address stays paused").isPositive();
    }

    @Test
    void badTokensPauseOnlyTheirAddress() {
        LoginThrottle throttle = new LoginThrottle(new MovingClock());
        for (int i = 0; i < 10; i++) {
            throttle.failed(null, "10.0.0.1");
        }
        assertThat(throttle.wait(null, "10.0.0.1")).isPositive();
        assertThat(throttle.wait(null, "10.0.0.2")).isZero();
        assertThat(throttle.wait("", "10.0.0.2")).isZero();
    }
}
