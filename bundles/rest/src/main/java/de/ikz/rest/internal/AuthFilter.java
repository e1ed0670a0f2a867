package de.ikz.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.Priority;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.UserService;
import de.ikz.api.log.LogSafe;
import de.ikz.api.rest.CallerPrincipal;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP Basic authentication against the configured JAAS realm (Karaf's {@code karaf} realm by
 * default: the users file, or LDAP / a database when the realm is reconfigured). The caller and
 * its tenant come only from the roles the realm returns. Successful logins are remembered for a
 * short time (keyed by a hash of the credentials) so a client's burst of calls does not redo the
 * JAAS login each time; a remembered login is void as soon as any user, password or role changes
 * ({@link UserService#generation()}).
 *
 * <p>Failed logins are counted per user name and per client address ({@link LoginThrottle}): a
 * locked key gets 429 with {@code Retry-After}, before the password is looked at. After a
 * successful JAAS login an outdated password hash is replaced ({@link UserService#loginSucceeded}).
 * A user whose password an admin reset gets 403 "password change required" for everything except
 * changing the own password.
 *
 * <p>A request for a public module operation ({@link de.ikz.api.module.PublicOperation}, asked of
 * the {@link ModuleContract}) passes without credentials and without a caller (credentials it
 * carries are not looked at), limited per client address ({@link PublicRateLimit}: 429 with
 * {@code Retry-After}).
 */
@Priority(Priorities.AUTHENTICATION)
final class AuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuthFilter.class);

    private final UserService users;
    private final String realm;
    private final long cacheMillis;
    private final LoginThrottle throttle;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final ModuleContract contract;
    private final PublicRateLimit publicLimit;

    /** A remembered login: valid until {@code until} and only while the users' generation is unchanged. */
    private record Cached(Caller caller, long until, long generation, boolean mustChange) {
    }

    /** The outcome of authenticating one request's credentials. */
    private record Login(Caller caller, boolean mustChange) {
    }

    AuthFilter(UserService users, String realm, long cacheMillis, LoginThrottle throttle) {
        this(users, realm, cacheMillis, throttle, null, null);
    }

    /**
     * @param contract    the module contract that knows public operations (null: none)
     * @param publicLimit the limit for public requests per client address
     */
    AuthFilter(UserService users, String realm, long cacheMillis, LoginThrottle throttle, ModuleContract contract,
               PublicRateLimit publicLimit) {
        this.users = users;
        this.realm = realm;
        this.cacheMillis = cacheMillis;
        this.throttle = throttle;
        this.contract = contract;
        this.publicLimit = publicLimit;
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (ctx.getUriInfo().getPath(false).replaceFirst("^/", "").equals("health") && "GET".equals(ctx.getMethod())) {
            return;
        }
        if (contract != null && contract.isPublic(ctx.getMethod(), ctx.getUriInfo().getPath(false))) {
            Outcome limited = publicRequest(ClientAddress.of(ctx));
            if (limited != null) {
                ctx.abortWith(limited.toResponse(Problems.instance(ctx.getUriInfo())));
                return;
            }
            boolean secure = ctx.getSecurityContext() != null && ctx.getSecurityContext().isSecure();
            ctx.setSecurityContext(anonymous(secure));
            return;
        }
        Outcome outcome = authenticate(ctx.getMethod(), ctx.getUriInfo().getPath(true).replaceFirst("^/", ""),
                ctx.getHeaderString(HttpHeaders.AUTHORIZATION), ClientAddress.of(ctx));
        if (outcome.caller() == null) {
            ctx.abortWith(outcome.toResponse(Problems.instance(ctx.getUriInfo())));
            return;
        }
        Caller caller = outcome.caller();
        boolean secure = ctx.getSecurityContext() != null && ctx.getSecurityContext().isSecure();
        ctx.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return new CallerPrincipal(caller);
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller.roles().stream().anyMatch(r -> r.jaasRole().equals(role) || r.shortName().equals(role));
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        });
        // Module roles: CXF evaluates a module's sub-resource locator while matching, before this
        // (post-matching) filter runs, so the module door cannot see the caller; the roles of the matched
        // module operation are checked here, after authentication and before the operation runs.
        if (contract != null) {
            try {
                contract.authorize(ctx.getMethod(), ctx.getUriInfo().getPath(false), caller);
            } catch (IkzException e) {
                ctx.abortWith(Problems.of(e, Problems.instance(ctx.getUriInfo())));
            }
        }
    }

    /** A public request: null if it may pass, else the 429 refusal for its client address. */
    Outcome publicRequest(String address) {
        long wait = publicLimit == null ? 0 : publicLimit.acquire(address);
        if (wait <= 0) {
            return null;
        }
        LOG.debug("Public request from {} refused: limit reached, {} s to wait", LogSafe.of(address), wait);
        return new Outcome(null, 429, "too-many-requests", "Too many requests",
                "too many requests to public operations from this address; try again in " + wait + " s", wait);
    }

    /** The security context of a public request: no principal, no role. */
    private static SecurityContext anonymous(boolean secure) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return null;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return null;
            }
        };
    }

    /**
     * What the filter decided: the caller, or a refusal (status, problem type, title, detail and
     * for 429 the seconds to wait). Kept apart from JAX-RS responses so it can be unit-tested.
     */
    record Outcome(Caller caller, int status, String type, String title, String detail, long retryAfter) {
        static Outcome ok(Caller caller) {
            return new Outcome(caller, 200, null, null, null, 0);
        }

        static Outcome unauthenticated(String detail) {
            return new Outcome(null, 401, null, "Authentication required", detail, 0);
        }

        Response toResponse(String instance) {
            Response.ResponseBuilder rb = Problems.builder(status, type == null ? Problems.typeFor(status) : type, title,
                    detail, null, instance);
            if (retryAfter > 0) {
                rb.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            }
            return rb.build();
        }
    }

    /**
     * Authenticates one request.
     *
     * @param method        the HTTP method
     * @param decodedPath   the path below /api/v1, percent-decoded, without a leading slash
     * @param authorization the Authorization header, or null
     * @param address       the client address
     */
    Outcome authenticate(String method, String decodedPath, String authorization, String address) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Outcome.unauthenticated("send HTTP Basic credentials");
        }
        String user;
        String password;
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("no colon");
            }
            user = decoded.substring(0, colon);
            password = decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return Outcome.unauthenticated("malformed Basic credentials");
        }
        long retryAfter = throttle.retryAfterSeconds(user, address);
        if (retryAfter > 0) {
            LOG.debug("REST login of '{}' from {} refused: locked for {} s", LogSafe.of(user), LogSafe.of(address), retryAfter);
            return new Outcome(null, 429, "too-many-login-attempts", "Too many login attempts",
                    "too many failed logins for this user name or from this address; try again in " + retryAfter + " s", retryAfter);
        }
        Login login = login(user, password, address);
        if (login == null) {
            LoginThrottle.Outcome o = throttle.failed(user, address);
            if (o.lockedKind() != null) {
                LOG.warn("REST logins {} locked for {} s after repeated failures (user '{}', address {})",
                        o.lockedKind().equals("user") ? "of this user name" : "from this address", o.retryAfterSeconds(),
                        LogSafe.of(user), LogSafe.of(address));
            }
            return Outcome.unauthenticated("user name or password wrong");
        }
        if (login.mustChange() && !("PUT".equals(method) && decodedPath.equals("users/" + user + "/password"))) {
            return new Outcome(null, 403, "password-change-required", "Password change required",
                    "your password was reset by an admin: change it first with PUT /api/v1/users/{username}/password "
                            + "(body: password, currentPassword)", 0);
        }
        return Outcome.ok(login.caller());
    }

    private Login login(String user, String password, String address) {
        String key = key(user, password);
        long now = System.currentTimeMillis();
        long generation = users.generation();
        Cached c = cache.get(key);
        if (c != null && c.until() > now && c.generation() == generation) {
            return new Login(new Caller(c.caller().user(), c.caller().roles(), c.caller().tenantId(), c.caller().participantId(),
                    c.caller().modules(), address), c.mustChange());
        }
        if (c != null) {
            cache.remove(key, c);
        }
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
            LOG.info("REST login of '{}' from {} failed", LogSafe.of(user), LogSafe.of(address));
            return null;
        } finally {
            t.setContextClassLoader(previous);
        }
        throttle.succeeded(user);
        Set<String> roles = new LinkedHashSet<>();
        for (RolePrincipal r : subject.getPrincipals(RolePrincipal.class)) {
            roles.add(r.getName());
        }
        Caller caller = users.callerFrom(user, roles, address);
        users.loginSucceeded(user, password);
        boolean mustChange = users.mustChangePassword(user);
        if (cacheMillis > 0) {
            if (cache.size() > 10_000) {
                cache.clear();
            }
            // remembered under the generation read before the login: a change meanwhile voids it
            cache.put(key, new Cached(caller, now + cacheMillis, generation, mustChange));
        }
        return new Login(caller, mustChange);
    }

    private static String key(String user, String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest((user + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
