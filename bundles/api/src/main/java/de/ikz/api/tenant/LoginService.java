package de.ikz.api.tenant;

import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's one password login, shared by every door that takes a user name and password
 * (REST's HTTP Basic, the web UI's login form): the JAAS login against the configured realm, one
 * throttle of failed logins per user name and per client address, the hash upgrade after a
 * successful login ({@link UserService#loginSucceeded}) and the "must change the password" flag
 * ({@link UserService#mustChangePassword}). Because the throttle is one, guesses spread over REST
 * and the UI count together.
 *
 * @since 1.2
 */
@ProviderType
public interface LoginService {

    /**
     * Seconds until a login of this user name from this address may be tried again (0: now). A
     * caller that remembers logins asks this before using a remembered one, so a locked user name
     * is refused everywhere.
     */
    long retryAfterSeconds(String user, String address);

    /**
     * Checks the credentials. A locked user name or address is refused without looking at the
     * password ({@link Login#retryAfterSeconds()} &gt; 0); a wrong password counts as a failure.
     * Never logs the password.
     *
     * @param address the client address (for the throttle, the log and the caller)
     */
    Login login(String user, String password, String address);

    /**
     * The outcome of a login: the caller (null when refused), whether the password must be changed
     * before anything else, and for a locked user name or address the seconds to wait.
     */
    record Login(Caller caller, boolean mustChange, long retryAfterSeconds) {

        public static Login succeeded(Caller caller, boolean mustChange) {
            return new Login(Objects.requireNonNull(caller, "caller"), mustChange, 0);
        }

        /** Wrong user name or password. */
        public static Login refused() {
            return new Login(null, false, 0);
        }

        /** Too many failed logins: try again in that many seconds. */
        public static Login locked(long retryAfterSeconds) {
            return new Login(null, false, Math.max(1, retryAfterSeconds));
        }

        public boolean ok() {
            return caller != null;
        }

        public boolean locked() {
            return caller == null && retryAfterSeconds > 0;
        }
    }
}
