package de.ikz.ui.internal.web;

import java.time.Instant;

import de.ikz.api.tenant.Caller;

/**
 * One browser session: a row of the session table ({@link Sessions}), read at the start of a request
 * and written back at its end if anything changed ({@link Sessions#save}); the browser holds nothing but
 * its random id, the table only the id's SHA-256. An object lives for one request on one node, so two
 * nodes see the same session. A session without caller is the pre-login session that carries the login
 * form's CSRF token.
 */
final class Session {

    /** What {@link Sessions#save} writes besides lastSeen; compared with what was read to skip unchanged rows. */
    record State(Caller caller, boolean mustChange, long generation, String flash, String returnTo, String tenantName,
                 String officeName, boolean namesLooked) {
    }

    /** The cookie value (never stored). */
    final String id;
    final String csrf;
    final Instant created;
    Instant lastSeen;
    /** The logged-in caller (its address is replaced by each request's), or null before login. */
    Caller caller;
    /** The password was reset by an admin: only /ui/password and logout until it is changed. */
    boolean mustChange;
    /** {@code UserService.generation()} when the caller was last checked. */
    long generation;
    /** A one-time message for the next page (post/redirect/get). */
    String flash;
    /** Header texts, looked up once per check of the caller. */
    String tenantName;
    String officeName;
    boolean namesLooked;
    /** Where to go after login or the required password change (a path of this UI), or null. */
    String returnTo;

    /** The state as read from the table (null: a new session, not yet written), and the lastSeen it had there. */
    State stored;
    Instant storedSeen;
    /** Ended on this request ({@link Sessions#end}): never written again. */
    boolean ended;

    Session(String id, String csrf, Instant created, Instant lastSeen) {
        this.id = id;
        this.csrf = csrf;
        this.created = created;
        this.lastSeen = lastSeen;
    }

    boolean loggedIn() {
        return caller != null;
    }

    /** The flash message, once. */
    String takeFlash() {
        String f = flash;
        flash = null;
        return f;
    }

    State state() {
        return new State(caller, mustChange, generation, flash, returnTo, tenantName, officeName, namesLooked);
    }
}
