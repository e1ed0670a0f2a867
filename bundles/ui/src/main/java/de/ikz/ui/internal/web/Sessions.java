package de.ikz.ui.internal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import de.ikz.api.persistence.Database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server-side session store: the platform table {@code ikz_ui_session} (migrations of owner
 * {@value #OWNER}), so every node on the database knows every session and a load balancer needs no
 * sticky sessions. Ids and CSRF tokens are 256 random bits from {@link SecureRandom}, URL-safe Base64;
 * the table holds only the SHA-256 (hex) of the id, so whoever reads the database (a backup, a
 * replica) gets no cookie value to log in with. A session ends after {@code idle} without a request
 * and in any case {@code absolute} after it began; an ended session is deleted, not just flagged.
 * <p>
 * A request reads its session with one primary-key read ({@link #find}); the shell changes the
 * {@link Session} object during the request and hands it back once at the end ({@link #save}). The
 * row is written only if the session's state changed, or if the lastSeen in the row is older than
 * {@link #slice} (30 s, or a tenth of the idle time if that is shorter): most requests write nothing.
 * The price: the idle timeout is exact to that slice — a session may end up to one slice before
 * {@code idle} has passed since its last request. A session created on a request is inserted by the
 * same {@link #save}. Logout ({@link #end}) deletes the row at once, and a save never re-inserts a row
 * that is gone, so a logout on one node ends the session on all. Two requests of one session on two
 * nodes at the same moment: the later write of a changed state wins (as for two requests on one node
 * before, a flash message may be lost, nothing else).
 * <p>
 * {@code max} bounds the table across all nodes: when a new session would reach it, pending login forms
 * (sessions without caller) are deleted, oldest first, up to {@value #PURGE_BATCH} per new session;
 * logged-in users stay. Every new session also deletes up to {@value #PURGE_BATCH} ended sessions, so the
 * table does not keep those nobody asks for again.
 * <p>
 * Hand-written rather than the servlet container's {@code HttpSession}: the login needs a new id
 * with a new token (no fixation), the absolute timeout, the pre-login session for the login form's
 * token and the cookie attributes (SameSite) are all ours to decide, and the shell stays testable
 * without a container.
 */
final class Sessions {

    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

    /** The owner of the session table's migrations. */
    static final String OWNER = "ui";
    /** Rows a purge deletes at most (ended sessions; pending login forms when full). */
    static final int PURGE_BATCH = 100;
    static final int MAX_FLASH = 4000;
    static final int MAX_RETURN_TO = 4000;
    static final int MAX_NAME = 1000;

    /** What {@link #find} found: the session, or why not (no cookie sent / an unknown or ended one). */
    record Found(Session session, boolean expired) {
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String COLUMNS = "id_hash, csrf, created_ms, last_seen_ms, caller_text, must_change, "
            + "user_generation, flash, return_to, tenant_name, office_name, names_looked";

    private final SecureRandom random = new SecureRandom();
    private final Database db;
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final Duration slice;
    private final int max;

    Sessions(Database db, Clock clock, Duration idle, Duration absolute, int max) {
        if (idle.isNegative() || idle.isZero() || absolute.isNegative() || absolute.isZero() || max < 1) {
            throw new IllegalArgumentException("session timeouts and the maximum number of sessions must be positive");
        }
        this.db = db;
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
        this.max = max;
        Duration tenth = idle.dividedBy(10);
        this.slice = tenth.compareTo(Duration.ofSeconds(30)) < 0 ? tenth : Duration.ofSeconds(30);
    }

    /**
     * A new session with a new id and token (login, password change: never the old id). It is written
     * by {@link #save}; before that, ended sessions are purged and the {@code max} rule applied.
     */
    Session create() {
        Instant now = clock.instant();
        db.inTransaction(s -> {
            List<String> ended = s.query("SELECT id_hash FROM ikz_ui_session WHERE last_seen_ms <= ? OR created_ms <= ? "
                    + "FETCH FIRST " + PURGE_BATCH + " ROWS ONLY", rs -> rs.getString(1),
                    now.minus(idle).toEpochMilli(), now.minus(absolute).toEpochMilli());
            deleteAll(s, ended);
            long count = s.queryOne("SELECT COUNT(*) FROM ikz_ui_session", rs -> rs.getLong(1)).orElse(0L);
            if (count >= max) {
                // full of live sessions: pending login forms go first, logged-in users stay
                deleteAll(s, s.query("SELECT id_hash FROM ikz_ui_session WHERE caller_text IS NULL ORDER BY last_seen_ms "
                        + "FETCH FIRST " + PURGE_BATCH + " ROWS ONLY", rs -> rs.getString(1)));
            }
            return null;
        });
        return new Session(token(), token(), now, now);
    }

    /**
     * The live session of this cookie value, touched (idle time starts again when it is saved); an
     * ended one (or one whose row cannot be read) is deleted and reported as expired. One primary-key
     * read.
     */
    Found find(String id) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            return new Found(null, false);
        }
        String hash = hash(id);
        Instant now = clock.instant();
        Optional<Session> found = db.inTransaction(s -> {
            Optional<Row> row = s.queryOne("SELECT " + COLUMNS + " FROM ikz_ui_session WHERE id_hash = ?", Row::of, hash);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            Session session = row.get().session(id);
            if (session == null || ended(session, now)) {
                s.update("DELETE FROM ikz_ui_session WHERE id_hash = ?", hash);
                return Optional.empty();
            }
            return Optional.of(session);
        });
        if (found.isEmpty()) {
            return new Found(null, true);
        }
        Session s = found.get();
        s.lastSeen = now;
        return new Found(s, false);
    }

    /**
     * Writes back what a request changed: a new session is inserted; a read one is updated if its state
     * changed, or only its lastSeen if the row's is older than the slice; otherwise nothing. An ended
     * session, or one another node ended meanwhile (no row), is never written.
     */
    void save(Session s) {
        if (s == null || s.ended) {
            return;
        }
        Session.State state = s.state();
        if (s.stored == null) {
            db.inTransaction(t -> t.update("INSERT INTO ikz_ui_session (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    hash(s.id), s.csrf, s.created.toEpochMilli(), s.lastSeen.toEpochMilli(), callerText(s), s.mustChange,
                    s.generation, cut(s.flash, MAX_FLASH), returnTo(s.returnTo), cut(s.tenantName, MAX_NAME),
                    cut(s.officeName, MAX_NAME), s.namesLooked));
        } else if (!state.equals(s.stored)) {
            db.inTransaction(t -> t.update("UPDATE ikz_ui_session SET last_seen_ms = ?, caller_text = ?, must_change = ?, "
                    + "user_generation = ?, flash = ?, return_to = ?, tenant_name = ?, office_name = ?, names_looked = ? "
                    + "WHERE id_hash = ?", s.lastSeen.toEpochMilli(), callerText(s), s.mustChange, s.generation,
                    cut(s.flash, MAX_FLASH), returnTo(s.returnTo), cut(s.tenantName, MAX_NAME), cut(s.officeName, MAX_NAME),
                    s.namesLooked, hash(s.id)));
        } else if (s.lastSeen.compareTo(s.storedSeen.plus(slice)) >= 0) {
            db.inTransaction(t -> t.update("UPDATE ikz_ui_session SET last_seen_ms = ? WHERE id_hash = ?",
                    s.lastSeen.toEpochMilli(), hash(s.id)));
        } else {
            return;
        }
        s.stored = state;
        s.storedSeen = s.lastSeen;
    }

    /** Ends a session at once, on every node (logout, a deleted user, a new id). */
    void end(Session s) {
        if (s != null) {
            s.ended = true;
            if (s.stored != null) {
                db.inTransaction(t -> t.update("DELETE FROM ikz_ui_session WHERE id_hash = ?", hash(s.id)));
            }
        }
    }

    /** Sessions in the table, of all nodes (ended ones not yet purged included). */
    int size() {
        return db.inTransaction(s -> s.queryOne("SELECT COUNT(*) FROM ikz_ui_session", rs -> rs.getInt(1)).orElse(0));
    }

    Duration idle() {
        return idle;
    }

    /** How old the row's lastSeen may get before a request writes it again: the precision of the idle timeout. */
    Duration slice() {
        return slice;
    }

    /** The SHA-256 of a cookie value, hex: the session's key in the table. */
    static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean ended(Session s, Instant now) {
        return !now.isBefore(s.lastSeen.plus(idle)) || !now.isBefore(s.created.plus(absolute));
    }

    private static void deleteAll(de.ikz.api.persistence.Session s, List<String> hashes) {
        for (String h : hashes) {
            s.update("DELETE FROM ikz_ui_session WHERE id_hash = ?", h);
        }
    }

    private static String callerText(Session s) {
        return s.caller == null ? null : CallerText.format(s.caller);
    }

    private static String cut(String v, int max) {
        return v == null || v.length() <= max ? v : v.substring(0, max - 1) + "…";
    }

    /** A return target too long for its column is dropped for the start page (a cut URL would be a wrong one). */
    private static String returnTo(String v) {
        return v == null || v.length() <= MAX_RETURN_TO ? v : "/ui/";
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return B64.encodeToString(b);
    }

    /** A row as read. */
    private record Row(String csrf, long created, long lastSeen, String callerText, boolean mustChange, long generation,
                       String flash, String returnTo, String tenantName, String officeName, boolean namesLooked, String hash) {

        static Row of(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new Row(rs.getString("csrf"), rs.getLong("created_ms"), rs.getLong("last_seen_ms"), rs.getString("caller_text"),
                    rs.getBoolean("must_change"), rs.getLong("user_generation"), rs.getString("flash"), rs.getString("return_to"),
                    rs.getString("tenant_name"), rs.getString("office_name"), rs.getBoolean("names_looked"), rs.getString("id_hash"));
        }

        /** The session of this row for the cookie value {@code id}; null if its caller cannot be read (logged). */
        Session session(String id) {
            Session s = new Session(id, csrf, Instant.ofEpochMilli(created), Instant.ofEpochMilli(lastSeen));
            if (callerText != null) {
                try {
                    s.caller = CallerText.parse(callerText);
                } catch (IllegalArgumentException e) {
                    LOG.error("UI session {}: stored caller not readable ({}); the session is ended", hash.substring(0, 12),
                            e.getMessage());
                    return null;
                }
            }
            s.mustChange = mustChange;
            s.generation = generation;
            s.flash = flash;
            s.returnTo = returnTo;
            s.tenantName = tenantName;
            s.officeName = officeName;
            s.namesLooked = namesLooked;
            s.stored = s.state();
            s.storedSeen = s.lastSeen;
            return s;
        }
    }
}
