package de.ikz.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts failed logins per user name and per client address and locks a key for a while once
 * it failed too often within the window: the user name after {@code maxPerUser} failures (from
 * any address), the address after {@code maxPerAddress} failures (for any user names). A
 * successful login clears the user name's count, never the address's (an attacker with one
 * valid account must not reset the address by logging in between guesses). While a key is
 * locked, logins with it are refused without checking the password.
 *
 * <p>Hand-written rather than with Bucket4j: the rule is a failure counter with a lockout, not a
 * token bucket for all requests, and fits in this class without another bundle.
 *
 * <p>Settings (PID {@code de.ikz.rest}): {@code login_max_failures_per_user},
 * {@code login_max_failures_per_address}, {@code login_failure_window_seconds},
 * {@code login_lockout_seconds}.
 */
final class LoginThrottle {

    /** Remembered keys at most; beyond, expired ones are dropped first, then unlocked ones. */
    static final int MAX_KEYS = 100_000;

    private final int maxPerUser;
    private final int maxPerAddress;
    private final long windowMillis;
    private final long lockoutMillis;
    private final LongSupplier clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /**
     * @param maxPerUser    failures of one user name within the window before it is locked
     * @param maxPerAddress failures from one client address within the window before it is locked
     * @param windowMillis  how long failures are remembered (counting starts at the first failure)
     * @param lockoutMillis how long a key stays locked
     * @param clock         milliseconds (System::currentTimeMillis; a fake one in tests)
     */
    LoginThrottle(int maxPerUser, int maxPerAddress, long windowMillis, long lockoutMillis, LongSupplier clock) {
        if (maxPerUser < 1 || maxPerAddress < 1 || windowMillis < 1 || lockoutMillis < 1) {
            throw new IllegalArgumentException("login throttling: limits, window and lockout must be positive");
        }
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.windowMillis = windowMillis;
        this.lockoutMillis = lockoutMillis;
        this.clock = clock;
    }

    /** Failures of one key. */
    static final class Counter {
        int failures;
        long windowStart;
        long lockedUntil;
    }

    /** What a failed login led to: the key that got locked now ("user" or "address"), or null. */
    record Outcome(String lockedKind, long retryAfterSeconds) {
    }

    /** Seconds until a login for this user from this address may be tried again; 0: now. */
    long retryAfterSeconds(String user, String address) {
        long now = clock.getAsLong();
        long until = Math.max(lockedUntil(userKey(user), now), lockedUntil(addressKey(address), now));
        return until <= now ? 0 : Math.max(1, (until - now + 999) / 1000);
    }

    /** Records a failed login. */
    Outcome failed(String user, String address) {
        long now = clock.getAsLong();
        if (counters.size() >= MAX_KEYS) {
            prune(now);
        }
        boolean userLocked = count(userKey(user), maxPerUser, now);
        boolean addressLocked = count(addressKey(address), maxPerAddress, now);
        String kind = addressLocked ? "address" : userLocked ? "user" : null;
        return new Outcome(kind, kind == null ? 0 : retryAfterSeconds(user, address));
    }

    /** Records a successful login: the user name's failures are forgotten. */
    void succeeded(String user) {
        counters.remove(userKey(user));
    }

    private boolean count(String key, int max, long now) {
        boolean[] locked = new boolean[1];
        counters.compute(key, (k, c) -> {
            Counter n = c == null ? new Counter() : c;
            if (n.failures == 0 || now - n.windowStart > windowMillis) {
                n.failures = 0;
                n.windowStart = now;
            }
            n.failures++;
            if (n.failures >= max && n.lockedUntil <= now) {
                n.lockedUntil = now + lockoutMillis;
                n.failures = 0;
                locked[0] = true;
            }
            return n;
        });
        return locked[0];
    }

    private long lockedUntil(String key, long now) {
        Counter c = counters.get(key);
        return c == null ? now : c.lockedUntil;
    }

    private void prune(long now) {
        counters.values().removeIf(c -> c.lockedUntil <= now && now - c.windowStart > windowMillis);
        if (counters.size() >= MAX_KEYS) {
            counters.values().removeIf(c -> c.lockedUntil <= now);
        }
    }

    private static String userKey(String user) {
        String u = user == null ? "" : user;
        return "u:" + (u.length() > 200 ? u.substring(0, 200) : u);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
