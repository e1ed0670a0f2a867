package de.ikz.rest.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import de.ikz.api.log.LogSafe;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.LoginService;
import de.ikz.api.tenant.UserService;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's password login ({@link LoginService}) for REST and the web UI: a JAAS login
 * against the configured realm, throttled by one {@link LoginThrottle} for both doors. After a
 * successful JAAS login an outdated password hash is replaced ({@link UserService#loginSucceeded})
 * and the "must change" flag is read. The throttle's counters live in the database, so all nodes
 * count together; while the database fails, a login is neither checked nor let through: the
 * throttle throws {@code UNAVAILABLE} (503), as the user service does then.
 * <p>
 * Lives in the REST bundle because its settings always have: PID {@code de.ikz.rest}
 * ({@code realm}, {@code login_max_failures_per_user}, {@code login_max_failures_per_address},
 * {@code login_failure_window_seconds}, {@code login_lockout_seconds}; the metatype is designated by
 * {@link IkzApplication}).
 */
@Component(service = LoginService.class, configurationPid = "de.ikz.rest", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class JaasLogin implements LoginService {

    private static final Logger LOG = LoggerFactory.getLogger(JaasLogin.class);

    private final UserService users;
    private final String realm;
    private final LoginThrottle throttle;

    /** Applies the REST bundle's migrations (owner {@value LoginThrottle#OWNER}: the failure table) first. */
    @Activate
    public JaasLogin(@Reference UserService users, @Reference Database database, BundleContext context, IkzApplication.Config config) {
        this(users, config.realm(), throttle(database, context, config));
    }

    private static LoginThrottle throttle(Database database, BundleContext context, IkzApplication.Config config) {
        database.migrate(LoginThrottle.OWNER, Migration.fromBundle(context.getBundle()));
        return new LoginThrottle(database, config.login_max_failures_per_user(), config.login_max_failures_per_address(),
                config.login_failure_window_seconds() * 1000, config.login_lockout_seconds() * 1000, System::currentTimeMillis);
    }

    JaasLogin(UserService users, String realm, LoginThrottle throttle) {
        this.users = users;
        this.realm = realm;
        this.throttle = throttle;
    }

    @Override
    public long retryAfterSeconds(String user, String address) {
        return throttle.retryAfterSeconds(user, address);
    }

    @Override
    public Login login(String user, String password, String address) {
        long retryAfter = throttle.retryAfterSeconds(user, address);
        if (retryAfter > 0) {
            LOG.debug("Login of '{}' from {} refused: locked for {} s", LogSafe.of(user), LogSafe.of(address), retryAfter);
            return Login.locked(retryAfter);
        }
        Set<String> roles = jaas(user, password, address);
        if (roles == null) {
            LoginThrottle.Outcome o = throttle.failed(user, address);
            if (o.lockedKind() != null) {
                LOG.warn("Logins {} locked for {} s after repeated failures (user '{}', address {})",
                        o.lockedKind().equals("user") ? "of this user name" : "from this address", o.retryAfterSeconds(),
                        LogSafe.of(user), LogSafe.of(address));
            }
            return Login.refused();
        }
        throttle.succeeded(user);
        Caller caller = users.callerFrom(user, roles, address);
        users.loginSucceeded(user, password);
        return Login.succeeded(caller, users.mustChangePassword(user));
    }

    /** The JAAS roles of a successful login, or null if the realm refused it. */
    private Set<String> jaas(String user, String password, String address) {
        Subject subject = new Subject();
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        // JAAS loads the login module through the context class loader: Karaf's proxy module lives in jaas.boot
        t.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext lc = new LoginContext(realm, subject, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback n) {
                        n.setName(user);
                    } else if (cb instanceof PasswordCallback p) {
                        p.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            lc.login();
        } catch (LoginException e) {
            LOG.info("Login of '{}' from {} failed", LogSafe.of(user), LogSafe.of(address));
            return null;
        } finally {
            t.setContextClassLoader(previous);
        }
        Set<String> roles = new LinkedHashSet<>();
        for (RolePrincipal r : subject.getPrincipals(RolePrincipal.class)) {
            roles.add(r.getName());
        }
        return roles;
    }
}
