package de.ikz.ui.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.module.PublicLimit;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.LoginService;
import de.ikz.api.tenant.TenantService;
import de.ikz.api.tenant.UserService;
import de.ikz.api.ui.UiContribution;
import de.ikz.ui.internal.render.Renderer;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The web UI under {@code /ui}: one servlet on the HTTP whiteboard (the same Jetty as REST), which
 * hands every request to the {@link Shell}. A servlet rather than a second JAX-RS application: the
 * shell needs raw control of cookies (SameSite, which neither JAX-RS 2.1's {@code NewCookie} nor the
 * servlet {@code Cookie} can express), of the form body and of every header, and nothing of JAX-RS's
 * matching or providers; being a servlet of its own, none of REST's filters apply to it and none of
 * its rules apply to REST.
 * <p>
 * Sessions live in the platform database ({@link Sessions}), so several nodes behind a load balancer
 * serve the same sessions without sticky sessions.
 * <p>
 * UI contributions are tracked dynamically (multiple, dynamic, greedy), so a module's screens come
 * and go with its bundle on the next request.
 */
@Component(service = Servlet.class, configurationPid = "de.ikz.ui", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@HttpWhiteboardServletPattern({"/ui", "/ui/*"})
@HttpWhiteboardServletName("ikz-ui")
@Designate(ocd = UiServlet.Config.class)
public final class UiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Largest accepted form body (larger: 413). */
    static final int MAX_FORM_BYTES = 1_048_576;
    private static final java.util.regex.Pattern IP = java.util.regex.Pattern.compile(
            "(\\d{1,3}(\\.\\d{1,3}){3})|([0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7})");

    @ObjectClassDefinition(name = "IKZ web UI")
    public @interface Config {
        @AttributeDefinition(description = "Minutes without a request after which a UI session ends")
        long session_idle_minutes() default 30;

        @AttributeDefinition(description = "Hours after login after which a UI session ends in any case")
        long session_absolute_hours() default 10;

        @AttributeDefinition(description = "Sessions kept at most, of all nodes together (they live in the database; "
                + "pending login forms are dropped first when full)")
        int session_max() default 10_000;

        @AttributeDefinition(description = "Send the session cookie with the Secure attribute (browsers then send it only "
                + "over HTTPS, and over plain HTTP only to localhost/127.0.0.1). Set false only for a test installation "
                + "reached over plain HTTP by another name")
        boolean cookie_secure() default true;

        @AttributeDefinition(description = "Origins (scheme://host[:port]) besides this server's own that may send forms, "
                + "e.g. the public name behind a reverse proxy that terminates TLS; others get 403")
        String[] allowed_origins() default {};

        @AttributeDefinition(description = "Reverse proxies (exact IP addresses as they connect) whose X-Forwarded-For "
                + "header names the client address (for login throttling and logs); from any other peer it is ignored")
        String[] trusted_proxies() default {};

        @AttributeDefinition(description = "Time zone of 'today' in the UI")
        String zone() default "Europe/Berlin";
    }

    private final transient Shell shell;
    private final transient Contributions contributions;
    private final Set<String> trustedProxies;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile TenantService tenants;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ParticipantService participants;

    /** The platform's limit for requests without login (registered by the REST bundle); public pages answer 503 without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile PublicLimit publicLimit;

    /**
     * Applies the UI's migrations (owner {@value Sessions#OWNER}: the session table) before the shell
     * serves anything.
     */
    @Activate
    public UiServlet(@Reference LoginService logins, @Reference UserService users, @Reference ModuleRegistry registry,
                     @Reference Database database, BundleContext context, Config config) {
        database.migrate(Sessions.OWNER, Migration.fromBundle(context.getBundle()));
        this.contributions = new Contributions(registry);
        this.trustedProxies = Shell.list(config.trusted_proxies()).collect(Collectors.toUnmodifiableSet());
        Sessions sessions = new Sessions(database, Clock.systemUTC(), Duration.ofMinutes(config.session_idle_minutes()),
                Duration.ofHours(config.session_absolute_hours()), config.session_max());
        this.shell = new Shell(sessions, contributions, new Renderer(), () -> logins, () -> users, () -> tenants,
                () -> participants, () -> publicLimit, Clock.systemUTC(),
                new Shell.Settings(config.cookie_secure(), Shell.origins(config.allowed_origins()), ZoneId.of(config.zone())));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addContribution(UiContribution c, Map<String, Object> properties) {
        Object ranking = properties.get(org.osgi.framework.Constants.SERVICE_RANKING);
        contributions.add(c, properties.get(UiContribution.PROPERTY_ID), ranking instanceof Integer i ? i : 0);
    }

    void removeContribution(UiContribution c) {
        contributions.remove(c);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String method = req.getMethod();
        String uri = req.getRequestURI();
        String prefix = req.getContextPath() + "/ui";
        String rawPath = uri.startsWith(prefix) ? uri.substring(prefix.length()) : uri;
        boolean post = "POST".equals(method);
        Map<String, List<String>> form = Map.of();
        if (post) {
            String type = req.getContentType();
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                byte[] body = read(req.getInputStream());
                if (body == null) {
                    resp.sendError(413);
                    return;
                }
                form = parse(new String(body, StandardCharsets.UTF_8));
            }
        }
        WebRequest r = new WebRequest(method, rawPath, req.getQueryString(), parse(req.getQueryString()), form,
                req::getHeader, clientAddress(req.getRemoteAddr(), Collections.list(req.getHeaders("X-Forwarded-For")), trustedProxies),
                req.isSecure());
        WebResponse w = shell.handle(r);
        resp.setStatus(w.status);
        for (Map.Entry<String, List<String>> h : w.headers.entrySet()) {
            for (String v : h.getValue()) {
                resp.addHeader(h.getKey(), v);
            }
        }
        if (!"HEAD".equals(method)) {
            resp.setContentLength(w.body.length);
            resp.getOutputStream().write(w.body);
        }
    }

    /**
     * The client: the peer, unless it is a trusted proxy; then X-Forwarded-For is read from the right,
     * past trusted proxies, and the first other address is the client. Only IP literals count (a
     * malformed hop ends the walk at the proxy that passed it on).
     */
    static String clientAddress(String peer, List<String> forwardedFor, Set<String> trusted) {
        if (peer == null || !trusted.contains(peer)) {
            return peer == null ? "unknown" : peer;
        }
        List<String> hops = new ArrayList<>();
        for (String h : forwardedFor == null ? List.<String>of() : forwardedFor) {
            for (String part : h.split(",")) {
                hops.add(part.strip());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!IP.matcher(hop).matches()) {
                return client;
            }
            client = hop;
            if (!trusted.contains(hop)) {
                return client;
            }
        }
        return client;
    }

    /** The body, or null when it is larger than {@link #MAX_FORM_BYTES}. */
    private static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > MAX_FORM_BYTES) {
                return null;
            }
        }
        return out.toByteArray();
    }

    /** application/x-www-form-urlencoded (query or body); a malformed pair is left out. */
    static Map<String, List<String>> parse(String s) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        if (s == null || s.isEmpty()) {
            return m;
        }
        for (String pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            } catch (IllegalArgumentException e) {
                // malformed percent-encoding: the pair is ignored
            }
        }
        return m;
    }
}
