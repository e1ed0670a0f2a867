package de.ikz.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.LoginService;
import de.ikz.api.tenant.UserService;
import de.ikz.api.log.LogSafe;
import de.ikz.api.rest.CallerPrincipal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP Basic authentication through the platform's password login ({@link LoginService}, which
 * the web UI shares: the configured JAAS realm, Karaf's {@code karaf} realm by default). The caller
 * and its tenant come only from the roles the realm returns. Successful logins are remembered for a
 * short time (keyed by a hash of the credentials) so a client's burst of calls does not redo the
 * JAAS login each time; a remembered login is void as soon as any user, password or role changes
 * ({@link UserService#generation()}).
 *
 * <p>Failed logins are counted per user name and per client address by the login service (one
 * {@link LoginThrottle} for REST and the UI): a locked key gets 429 with {@code Retry-After}, before
 * the password or a remembered login is looked at. After a successful JAAS login an outdated
 * password hash is replaced ({@link UserService#loginSucceeded}).
 * A user whose password an admin reset gets 403 "password change required" for everything except
 * changing the own password.
 *
 * <p>A request for a public module operation ({@link de.ikz.api.module.PublicOperation}, asked of
 * the {@link ModuleContract}) passes without credentials and without a caller (credentials it
 * carries are not looked at), limited per client address ({@link de.ikz.api.module.PublicLimit}, shared with the web UI's public pages: 429 with
 * {@code Retry-After}).
 */
@Priority(Priorities.AUTHENTICATION)
final class AuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuthFilter.class);

    private final UserService users;
    private final LoginService logins;
    private final long cacheMillis;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final ModuleContract contract;
    private final de.ikz.api.module.PublicLimit publicLimit;

    /** A remembered login: valid until {@code until} and only while the users' generation is unchanged. */
    private record Cached(Caller caller, long until, long generation, boolean mustChange) {
    }

    /** A filter with its own JAAS login over the realm (tests). */
    AuthFilter(UserService users, String realm, long cacheMillis, LoginThrottle throttle) {
        this(users, new JaasLogin(users, realm, throttle), cacheMillis, null, null);
    }

    /** A filter with its own JAAS login over the realm (tests). */
    AuthFilter(UserService users, String realm, long cacheMillis, LoginThrottle throttle, ModuleContract contract,
               de.ikz.api.module.PublicLimit publicLimit) {
        this(users, new JaasLogin(users, realm, throttle), cacheMillis, contract, publicLimit);
    }

    /**
     * @param users       for the generation of users, which voids remembered logins
     * @param logins      the platform's password login (JAAS, throttle, hash upgrade, must-change flag)
     * @param cacheMillis how long a successful login is remembered (0: never)
     * @param contract    the module contract that knows public operations (null: none)
     * @param publicLimit the limit for public requests per client address
     */
    AuthFilter(UserService users, LoginService logins, long cacheMillis, ModuleContract contract, de.ikz.api.module.PublicLimit publicLimit) {
        this.users = users;
        this.logins = logins;
        this.cacheMillis = cacheMillis;
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
        long retryAfter = logins.retryAfterSeconds(user, address);
        LoginService.Login login = retryAfter > 0 ? LoginService.Login.locked(retryAfter) : login(user, password, address);
        if (login.locked()) {
            return new Outcome(null, 429, "too-many-login-attempts", "Too many login attempts",
                    "too many failed logins for this user name or from this address; try again in " + login.retryAfterSeconds()
                            + " s", login.retryAfterSeconds());
        }
        if (!login.ok()) {
            return Outcome.unauthenticated("user name or password wrong");
        }
        if (login.mustChange() && !("PUT".equals(method) && decodedPath.equals("users/" + user + "/password"))) {
            return new Outcome(null, 403, "password-change-required", "Password change required",
                    "your password was reset by an admin: change it first with PUT /api/v1/users/{username}/password "
                            + "(body: password, currentPassword)", 0);
        }
        return Outcome.ok(login.caller());
    }

    private LoginService.Login login(String user, String password, String address) {
        String key = key(user, password);
        long now = System.currentTimeMillis();
        long generation = users.generation();
        Cached c = cache.get(key);
        if (c != null && c.until() > now && c.generation() == generation) {
            return LoginService.Login.succeeded(c.caller().withAddress(address), c.mustChange());
        }
        if (c != null) {
            cache.remove(key, c);
        }
        LoginService.Login login = logins.login(user, password, address);
        if (login.ok() && cacheMillis > 0) {
            if (cache.size() > 10_000) {
                cache.clear();
            }
            // remembered under the generation read before the login: a change meanwhile voids it
            cache.put(key, new Cached(login.caller(), now + cacheMillis, generation, login.mustChange()));
        }
        return login;
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
