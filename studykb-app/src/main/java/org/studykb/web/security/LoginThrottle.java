package org.studykb.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password and token guessing without ever locking out the real user:
 * <ul>
 * <li>after {@value #FREE} failed logins of one user name from one address within {@link #WINDOW}, that pair
 * is refused for a pause that doubles with each further failure, from 30 seconds up to 15 minutes; the same
 * name from another address, and other names from that address, are not refused;</li>
 * <li>after {@value #FREE} failures of one name within the window, whatever their addresses, every password
 * check of that name is delayed, from {@link #FIRST_DELAY} doubling up to {@link #MAX_DELAY}, never refused;</li>
 * <li>after {@value #FREE} invalid tokens from one address, further invalid tokens from it are answered 429
 * with the same pauses; a valid token is always taken, and password failures never pause tokens.</li>
 * </ul>
 * A successful login clears its pair, not the name's delay. Counted in memory: a restart forgets the counts,
 * which only helps the real user.
 */
public final class LoginThrottle {
    public static final int FREE = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration MAX_PAUSE = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofMillis(500);
    static final Duration MAX_DELAY = Duration.ofSeconds(4);
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant last) {
    }

    /** How long this name must still wait before trying again from this address; zero when it may try. */
    Duration pause(String username, String address) {
        return pauseOf(pairKey(username, address));
    }

    /** How long to wait before checking a password of this name, because it failed from many places. */
    Duration delay(String username) {
        Failures f = recent(nameKey(username));
        if (f == null || f.count() < FREE) {
            return Duration.ZERO;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(f.count() - FREE, 10));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    void failed(String username, String address) {
        count(pairKey(username, address));
        count(nameKey(username));
    }

    void succeeded(String username, String address) {
        failures.remove(pairKey(username, address));
    }

    /** How long further invalid tokens from this address are answered 429 rather than 401; valid ones always pass. */
    Duration tokenPause(String address) {
        return pauseOf(tokenKey(address));
    }

    void tokenFailed(String address) {
        count(tokenKey(address));
    }

    private void count(String key) {
        if (failures.size() > MAX_KEYS) {
            forgetOld();
        }
        Instant now = clock.instant();
        failures.merge(key, new Failures(1, now), (old, one) ->
                old.last().plus(WINDOW).isBefore(now) ? one : new Failures(old.count() + 1, now));
    }

    private Duration pauseOf(String key) {
        Failures f = recent(key);
        if (f == null || f.count() < FREE) {
            return Duration.ZERO;
        }
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(f.count() - FREE, 10));
        if (pause.compareTo(MAX_PAUSE) > 0) {
            pause = MAX_PAUSE;
        }
        Duration left = Duration.between(clock.instant(), f.last().plus(pause));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The failures of a key, or null when there are none within the window. */
    private Failures recent(String key) {
        Failures f = failures.get(key);
        return f == null || f.last().plus(WINDOW).isBefore(clock.instant()) ? null : f;
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(WINDOW);
        failures.values().removeIf(f -> f.last().isBefore(cutoff));
    }

    private static String name(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String nameKey(String username) {
        return "u:" + name(username);
    }

    private static String pairKey(String username, String address) {
        return "p:" + (address == null ? "" : address) + " " + name(username);
    }

    private static String tokenKey(String address) {
        return "t:" + (address == null ? "" : address);
    }
}
