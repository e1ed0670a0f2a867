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
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.UserService;
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
 * JAAS login each time.
 */
@Priority(Priorities.AUTHENTICATION)
final class AuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuthFilter.class);

    private final UserService users;
    private final String realm;
    private final long cacheMillis;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Context
    HttpServletRequest http;

    private record Cached(Caller caller, long until) {
    }

    AuthFilter(UserService users, String realm, long cacheMillis) {
        this.users = users;
        this.realm = realm;
        this.cacheMillis = cacheMillis;
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath(false).replaceFirst("^/", "");
        if (path.equals("health") && "GET".equals(ctx.getMethod())) {
            return;
        }
        String header = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            ctx.abortWith(Problems.of(401, "Authentication required", "send HTTP Basic credentials", null, "/api/v1/" + path));
            return;
        }
        String user;
        String password;
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("no colon");
            }
            user = decoded.substring(0, colon);
            password = decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            ctx.abortWith(Problems.of(401, "Authentication required", "malformed Basic credentials", null, "/api/v1/" + path));
            return;
        }
        String address = http == null ? "unknown" : http.getRemoteAddr();
        Caller caller = login(user, password, address);
        if (caller == null) {
            ctx.abortWith(Problems.of(401, "Authentication required", "user name or password wrong", null, "/api/v1/" + path));
            return;
        }
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
    }

    private Caller login(String user, String password, String address) {
        String key = key(user, password);
        long now = System.currentTimeMillis();
        Cached c = cache.get(key);
        if (c != null && c.until() > now) {
            return new Caller(c.caller().user(), c.caller().roles(), c.caller().tenantId(), c.caller().participantId(),
                    c.caller().modules(), address);
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
            LOG.info("REST login of '{}' from {} failed", user, address);
            return null;
        } finally {
            t.setContextClassLoader(previous);
        }
        Set<String> roles = new LinkedHashSet<>();
        for (RolePrincipal r : subject.getPrincipals(RolePrincipal.class)) {
            roles.add(r.getName());
        }
        Caller caller = users.callerFrom(user, roles, address);
        if (cacheMillis > 0) {
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(key, new Cached(caller, now + cacheMillis));
        }
        return caller;
    }

    /** Forget remembered logins (after a password or role change). */
    void clearCache() {
        cache.clear();
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
