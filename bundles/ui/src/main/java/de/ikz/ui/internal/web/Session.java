package de.ikz.ui.internal.web;

import java.time.Instant;

import de.ikz.api.tenant.Caller;

/**
 * One browser session, kept on the server only ({@link Sessions}); the browser holds nothing but
 * its random id. A session without caller is the pre-login session that carries the login form's
 * CSRF token.
 */
final class Session {

    final String id;
    final String csrf;
    final Instant created;
    volatile Instant lastSeen;
    /** The logged-in caller (its address is replaced by each request's), or null before login. */
    volatile Caller caller;
    /** The password was reset by an admin: only /ui/password and logout until it is changed. */
    volatile boolean mustChange;
    /** {@code UserService.generation()} when the caller was last checked. */
    volatile long generation;
    /** A one-time message for the next page (post/redirect/get). */
    volatile String flash;
    /** Header texts, looked up once per check of the caller. */
    volatile String tenantName;
    volatile String officeName;
    volatile boolean namesLooked;
    /** Where to go after login or the required password change (a path of this UI), or null. */
    volatile String returnTo;

    Session(String id, String csrf, Instant now) {
        this.id = id;
        this.csrf = csrf;
        this.created = now;
        this.lastSeen = now;
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
}
