package de.ikz.rest.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.DataAccessException;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed logins per user name and per client address and locks a key for a while once
 * it failed too often within the window: the user name after {@code maxPerUser} failures (from
 * any address), the address after {@code maxPerAddress} failures (for any user names). A
 * successful login clears the user name's count, never the address's (an attacker with one
 * valid account must not reset the address by logging in between guesses). While a key is
 * locked, logins with it are refused without checking the password.
 *
 * <p>The counters live in the platform table {@code ikz_login_failure} (migrations of owner
 * {@value #OWNER}), so every node on the database counts together: failures on two nodes add up and
 * a lock made on one holds on all. A failure is counted in one transaction that first locks the
 * key's row (an UPDATE that changes nothing), then reads and writes it; a key without a row is
 * inserted, and when another node inserted it at the same moment (duplicate key) or the database
 * gave up on a lock (deadlock, lock timeout) the transaction is run again. So two failures at the same
 * moment on two nodes both count. Rows whose window and lock are over are deleted, at most
 * {@value #PURGE_BATCH} at a time and at most once a minute per node.
 *
 * <p>If the database fails, every method throws {@link IkzException} {@code UNAVAILABLE} (REST: 503,
 * the web UI: its 503 page): a login is never let through unthrottled, and never refused as a wrong
 * password.
 *
 * <p>Hand-written rather than with Bucket4j: the rule is a failure counter with a lockout, not a
 * token bucket for all requests, and fits in this class without another bundle.
 *
 * <p>Settings (PID {@code de.ikz.rest}): {@code login_max_failures_per_user},
 * {@code login_max_failures_per_address}, {@code login_failure_window_seconds},
 * {@code login_lockout_seconds}.
 */
final class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    /** The owner of the failure table's migrations. */
    static final String OWNER = "rest";
    /** Rows one purge deletes at most. */
    static final int PURGE_BATCH = 200;
    /** How often one node purges, in milliseconds. */
    static final long PURGE_EVERY = 60_000;
    /** Attempts of one failure's transaction (duplicate key, deadlock) before the database counts as failed. */
    static final int ATTEMPTS = 5;

    private final Database db;
    private final int maxPerUser;
    private final int maxPerAddress;
    private final long windowMillis;
    private final long lockoutMillis;
    private final LongSupplier clock;
    private final AtomicLong nextPurge = new AtomicLong(Long.MIN_VALUE);

    /**
     * @param db            the platform database (its {@code ikz_login_failure} table migrated)
     * @param maxPerUser    failures of one user name within the window before it is locked
     * @param maxPerAddress failures from one client address within the window before it is locked
     * @param windowMillis  how long failures are remembered (counting starts at the first failure)
     * @param lockoutMillis how long a key stays locked
     * @param clock         milliseconds (System::currentTimeMillis; a fake one in tests)
     */
    LoginThrottle(Database db, int maxPerUser, int maxPerAddress, long windowMillis, long lockoutMillis, LongSupplier clock) {
        if (maxPerUser < 1 || maxPerAddress < 1 || windowMillis < 1 || lockoutMillis < 1) {
            throw new IllegalArgumentException("login throttling: limits, window and lockout must be positive");
        }
        this.db = db;
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.windowMillis = windowMillis;
        this.lockoutMillis = lockoutMillis;
        this.clock = clock;
    }

    /** Failures of one key, as in its row. */
    private record Counter(int failures, long windowStart, long lockedUntil) {
    }

    /** What a failed login led to: the key that got locked now ("user" or "address"), or null. */
    record Outcome(String lockedKind, long retryAfterSeconds) {
    }

    /** Seconds until a login for this user from this address may be tried again; 0: now. One read. */
    long retryAfterSeconds(String user, String address) {
        long now = clock.getAsLong();
        long until = guarded(() -> db.inTransaction(s -> s.queryOne(
                "SELECT MAX(locked_until) FROM ikz_login_failure WHERE login_key IN (?, ?)", rs -> rs.getLong(1),
                userKey(user), addressKey(address)).orElse(0L)));
        return until <= now ? 0 : Math.max(1, (until - now + 999) / 1000);
    }

    /** Records a failed login. */
    Outcome failed(String user, String address) {
        long now = clock.getAsLong();
        purgeIfDue(now);
        boolean[] locked = retried(() -> db.inTransaction(s -> {
            // the user name's row first, then the address's: every node locks in the same order
            boolean u = count(s, userKey(user), maxPerUser, now);
            boolean a = count(s, addressKey(address), maxPerAddress, now);
            return new boolean[] {u, a};
        }));
        String kind = locked[1] ? "address" : locked[0] ? "user" : null;
        return new Outcome(kind, kind == null ? 0 : retryAfterSeconds(user, address));
    }

    /** Records a successful login: the user name's failures are forgotten. */
    void succeeded(String user) {
        guarded(() -> db.inTransaction(s -> s.update("DELETE FROM ikz_login_failure WHERE login_key = ?", userKey(user))));
    }

    /** Counts one failure of the key inside the transaction; true if this failure locked it. */
    private boolean count(Session s, String key, int max, long now) {
        // an UPDATE that changes nothing: holds the row's lock until the transaction ends, so a failure on another
        // node waits here and then reads what this one wrote
        boolean exists = s.update("UPDATE ikz_login_failure SET failures = failures WHERE login_key = ?", key) > 0;
        Optional<Counter> row = exists ? s.queryOne("SELECT failures, window_start, locked_until FROM ikz_login_failure WHERE login_key = ?",
                rs -> new Counter(rs.getInt(1), rs.getLong(2), rs.getLong(3)), key) : Optional.empty();
        Counter c = row.orElse(new Counter(0, 0, 0));
        int failures = c.failures();
        long windowStart = c.windowStart();
        long lockedUntil = c.lockedUntil();
        if (failures == 0 || now - windowStart > windowMillis) {
            failures = 0;
            windowStart = now;
        }
        failures++;
        boolean locked = false;
        if (failures >= max && lockedUntil <= now) {
            lockedUntil = now + lockoutMillis;
            failures = 0;
            locked = true;
        }
        if (row.isPresent()) {
            s.update("UPDATE ikz_login_failure SET failures = ?, window_start = ?, locked_until = ? WHERE login_key = ?",
                    failures, windowStart, lockedUntil, key);
        } else {
            s.update("INSERT INTO ikz_login_failure (login_key, failures, window_start, locked_until) VALUES (?, ?, ?, ?)",
                    key, failures, windowStart, lockedUntil);
        }
        return locked;
    }

    /** Deletes rows whose window and lock are over: at most {@value #PURGE_BATCH}, at most once a minute per node. */
    private void purgeIfDue(long now) {
        long next = nextPurge.get();
        if (now < next || !nextPurge.compareAndSet(next, now + PURGE_EVERY)) {
            return;
        }
        guarded(() -> db.inTransaction(s -> {
            List<String> old = s.query("SELECT login_key FROM ikz_login_failure WHERE window_start < ? AND locked_until <= ? "
                    + "FETCH FIRST " + PURGE_BATCH + " ROWS ONLY", rs -> rs.getString(1), now - windowMillis, now);
            for (String key : old) {
                // the same condition again: a failure counted meanwhile keeps its row
                s.update("DELETE FROM ikz_login_failure WHERE login_key = ? AND window_start < ? AND locked_until <= ?",
                        key, now - windowMillis, now);
            }
            return old.size();
        }));
    }

    /** Rows in the table (tests). */
    int keys() {
        return guarded(() -> db.inTransaction(s -> s.queryOne("SELECT COUNT(*) FROM ikz_login_failure", rs -> rs.getInt(1)).orElse(0)));
    }

    /** Runs the work again on a duplicate key or a transaction the database rolled back (deadlock, lock timeout). */
    private static <T> T retried(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (DataAccessException e) {
                if (attempt >= ATTEMPTS || !(e.isConstraintViolation() || rolledBack(e))) {
                    throw unavailable(e);
                }
                LOG.debug("login throttle: attempt {} failed ({}), again", attempt, e.getMessage());
            }
        }
    }

    private static <T> T guarded(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw unavailable(e);
        }
    }

    /** SQLState class 40 (transaction rollback: serialization failure, deadlock; Derby's lock timeout 40XL1). */
    private static boolean rolledBack(DataAccessException e) {
        String state = e.getCause() instanceof SQLException se ? se.getSQLState() : null;
        return state != null && state.startsWith("40");
    }

    private static IkzException unavailable(DataAccessException e) {
        LOG.error("login throttle: the database failed, logins are refused (503) until it answers again", e);
        return new IkzException(IkzException.Kind.UNAVAILABLE, "logins cannot be checked: the database is not available");
    }

    private static String userKey(String user) {
        String u = user == null ? "" : user;
        return "u:" + (u.length() > 200 ? u.substring(0, 200) : u);
    }

    private static String addressKey(String address) {
        String a = String.valueOf(address);
        return "a:" + (a.length() > 200 ? a.substring(0, 200) : a);
    }
}
