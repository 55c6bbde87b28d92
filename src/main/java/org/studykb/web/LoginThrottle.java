package org.studykb.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE} failed logins for one user name, or from one address,
 * within {@link #WINDOW}, further attempts for that name or address are refused for a pause that doubles with
 * each failure, from 30 seconds up to 15 minutes. A successful login clears the name (not the address).
 * Counted in memory: a restart forgets the counts, which only helps the real user.
 */
final class LoginThrottle {
    static final int FREE = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration MAX_PAUSE = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant last) {
    }

    /** How long this name (null: no name, as for tokens) or address must still wait; zero when it may try. */
    Duration wait(String username, String address) {
        Duration a = username == null ? Duration.ZERO : waitFor(nameKey(username));
        Duration b = waitFor(addressKey(address));
        return a.compareTo(b) >= 0 ? a : b;
    }

    void failed(String username, String address) {
        if (failures.size() > MAX_KEYS) {
            forgetOld();
        }
        Instant now = clock.instant();
        String[] keys = username == null ? new String[] {addressKey(address)}
                : new String[] {nameKey(username), addressKey(address)};
        for (String key : keys) {
            failures.merge(key, new Failures(1, now), (old, one) ->
                    old.last().plus(WINDOW).isBefore(now) ? one : new Failures(old.count() + 1, now));
        }
    }

    void succeeded(String username) {
        failures.remove(nameKey(username));
    }

    private Duration waitFor(String key) {
        Failures f = failures.get(key);
        if (f == null || f.count() < FREE) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        if (f.last().plus(WINDOW).isBefore(now)) {
            return Duration.ZERO;
        }
        int over = Math.min(f.count() - FREE, 10);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << over);
        if (pause.compareTo(MAX_PAUSE) > 0) {
            pause = MAX_PAUSE;
        }
        Duration left = Duration.between(now, f.last().plus(pause));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(WINDOW);
        failures.values().removeIf(f -> f.last().isBefore(cutoff));
    }

    private static String nameKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
