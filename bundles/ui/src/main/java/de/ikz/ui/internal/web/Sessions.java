package de.ikz.ui.internal.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server-side session store: in memory, so a second node needs sticky sessions (a session
 * lives on the node that created it). Ids and CSRF tokens are 256 random bits from
 * {@link SecureRandom}, URL-safe Base64. A session ends after {@code idle} without a request and
 * in any case {@code absolute} after it began; an ended session is gone, not just flagged.
 * <p>
 * Hand-written rather than the servlet container's {@code HttpSession}: the login needs a new id
 * with a new token (no fixation), the absolute timeout, the pre-login session for the login form's
 * token and the cookie attributes (SameSite) are all ours to decide, and the shell stays testable
 * without a container.
 */
final class Sessions {

    /** What {@link #find} found: the session, or why not (no cookie sent / an unknown or ended one). */
    record Found(Session session, boolean expired) {
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final int max;

    Sessions(Clock clock, Duration idle, Duration absolute, int max) {
        if (idle.isNegative() || idle.isZero() || absolute.isNegative() || absolute.isZero() || max < 1) {
            throw new IllegalArgumentException("session timeouts and the maximum number of sessions must be positive");
        }
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
        this.max = max;
    }

    /** A new session with a new id and token (login, password change: never the old id). */
    Session create() {
        Instant now = clock.instant();
        if (sessions.size() >= max) {
            sessions.values().removeIf(s -> ended(s, now));
            if (sessions.size() >= max) {
                // full of live sessions: pending login forms go first, logged-in users stay
                sessions.values().removeIf(s -> !s.loggedIn());
            }
        }
        Session s = new Session(token(), token(), now);
        sessions.put(s.id, s);
        return s;
    }

    /**
     * The live session of this cookie value, touched (idle time starts again); an ended one is
     * removed and reported as expired.
     */
    Found find(String id) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            return new Found(null, false);
        }
        Session s = sessions.get(id);
        if (s == null) {
            return new Found(null, true);
        }
        Instant now = clock.instant();
        if (ended(s, now)) {
            sessions.remove(id, s);
            return new Found(null, true);
        }
        s.lastSeen = now;
        return new Found(s, false);
    }

    /** Ends a session at once (logout, a deleted user, a new id). */
    void end(Session s) {
        if (s != null) {
            sessions.remove(s.id, s);
        }
    }

    int size() {
        return sessions.size();
    }

    Duration idle() {
        return idle;
    }

    private boolean ended(Session s, Instant now) {
        return !now.isBefore(s.lastSeen.plus(idle)) || !now.isBefore(s.created.plus(absolute));
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return B64.encodeToString(b);
    }
}
