package de.ikz.ui.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.ikz.api.error.IkzException;
import de.ikz.api.log.LogSafe;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.persistence.DataAccessException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.module.PublicLimit;
import de.ikz.api.tenant.LoginService;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;
import de.ikz.api.tenant.UserAccount;
import de.ikz.api.tenant.UserService;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.View;
import de.ikz.ui.internal.render.Chrome;
import de.ikz.ui.internal.render.FormState;
import de.ikz.ui.internal.render.LoginForm;
import de.ikz.ui.internal.render.NavGroup;
import de.ikz.ui.internal.render.NavItem;
import de.ikz.ui.internal.render.Renderer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web shell: login, sessions, CSRF, the must-change flow, dispatch of {@code /ui/<id>/<path>}
 * to the contributions' pages with the role rule, the navigation and the start page, and the
 * security headers of every answer. Plain Java over {@link WebRequest}/{@link WebResponse}; the
 * servlet ({@link UiServlet}) only translates.
 */
final class Shell {

    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);

    static final String COOKIE = "ikz_ui";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    static final String CSRF_REFUSED = "Sicherheitsprüfung fehlgeschlagen. Die Anfrage wurde nicht ausgeführt; "
            + "bitte laden Sie die Seite neu und versuchen Sie es noch einmal.";
    static final String EXPIRED = "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.";
    static final String LOGGED_OUT = "Sie wurden abgemeldet.";
    static final String UNAVAILABLE = "Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.";
    private static final Locale LOCALE = Locale.GERMANY;
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+(; ?charset=[A-Za-z0-9_-]+)?");
    private static final Pattern ASSET_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{6,64}");
    private static final Pattern ASSET_VERSION = Pattern.compile("v[0-9][0-9A-Za-z._-]{0,40}");
    private static final Map<String, String> ASSET_TYPES = Map.ofEntries(Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
            Map.entry("txt", "text/plain; charset=UTF-8"), Map.entry("json", "application/json"));

    /** Settings of the shell (PID {@code de.ikz.ui}, see {@link UiServlet.Config}). */
    record Settings(boolean cookieSecure, Set<String> allowedOrigins, ZoneId zone) {
    }

    private final Sessions sessions;
    private final Contributions contributions;
    private final Renderer renderer;
    private final Supplier<LoginService> logins;
    private final Supplier<UserService> users;
    private final Supplier<TenantService> tenants;
    private final Supplier<ParticipantService> participants;
    private final Supplier<PublicLimit> publicLimit;
    private final Clock clock;
    private final Settings settings;
    private final SecureRandom random = new SecureRandom();

    Shell(Sessions sessions, Contributions contributions, Renderer renderer, Supplier<LoginService> logins,
          Supplier<UserService> users, Supplier<TenantService> tenants, Supplier<ParticipantService> participants,
          Supplier<PublicLimit> publicLimit, Clock clock, Settings settings) {
        this.publicLimit = publicLimit;
        this.sessions = sessions;
        this.contributions = contributions;
        this.renderer = renderer;
        this.logins = logins;
        this.users = users;
        this.tenants = tenants;
        this.participants = participants;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Answers one request; never throws. The sessions the request found or created are written back here
     * and only here, once the answer is made ({@link Sessions#save}: only what changed). If the session
     * store fails, the answer is 503 (a login whose session was not stored must not look successful).
     */
    WebResponse handle(WebRequest r) {
        WebResponse w;
        List<Session> used = new ArrayList<>(2);
        try {
            w = route(r, used);
            for (Session s : used) {
                sessions.save(s);
            }
        } catch (RuntimeException e) {
            w = unavailable(e) ? unavailable(e, r) : failure(null, e);
        }
        return secured(w, r);
    }

    /** A failure of the database (sessions, login throttle) rather than of the code. */
    private static boolean unavailable(RuntimeException e) {
        return e instanceof DataAccessException || (e instanceof IkzException ike && ike.kind() == IkzException.Kind.UNAVAILABLE);
    }

    private WebResponse unavailable(RuntimeException e, WebRequest r) {
        LOG.error("UI {} {}: the database failed, answered 503: {}", r.method(), LogSafe.of(r.rawPath()), e.toString());
        return WebResponse.html(503, renderer.error(null, 503, UNAVAILABLE));
    }

    /** A new session that the end of this request writes ({@link #handle}). */
    private Session created(List<Session> used) {
        Session s = sessions.create();
        used.add(s);
        return s;
    }

    private WebResponse route(WebRequest r, List<Session> used) {
        if (!("GET".equals(r.method()) || "HEAD".equals(r.method()) || r.post())) {
            return WebResponse.html(405, renderer.error(null, 405, "Diese Anfrage wird nicht unterstützt.")).set("Allow", "GET, HEAD, POST");
        }
        if (r.rawPath().isEmpty()) {
            return WebResponse.seeOther("/ui/");
        }
        Optional<List<String>> parsed = UiPaths.segments(r.rawPath());
        if (parsed.isEmpty()) {
            return WebResponse.html(404, renderer.error(null, 404, "Diese Seite gibt es nicht."));
        }
        List<String> segs = parsed.get();
        String first = segs.isEmpty() ? "" : segs.get(0);
        if (first.equals("assets")) {
            return asset(r, segs.subList(1, segs.size()));
        }
        if (!segs.isEmpty() && !Contributions.RESERVED.contains(first)) {
            WebResponse open = publicPage(r, segs);
            if (open != null) {
                return open;
            }
        }
        Sessions.Found found = sessions.find(cookie(r));
        Session s = found.session();
        if (s != null) {
            used.add(s);
        }
        if (first.equals("login") && segs.size() == 1) {
            return r.post() ? loginSubmit(r, s, used) : loginForm(r, s, found.expired(), used);
        }
        if (s == null || !s.loggedIn()) {
            return toLogin(r, found.expired() || (s != null && r.post()));
        }
        Caller caller = current(s, r);
        if (caller == null) {
            return toLogin(r, true);
        }
        if (r.post()) {
            String refusal = csrfRefusal(r, s);
            if (refusal != null) {
                LOG.warn("UI POST {} of '{}' from {} refused: {}", LogSafe.of(r.rawPath()), LogSafe.of(caller.user()),
                        LogSafe.of(r.address()), refusal);
                return WebResponse.html(403, renderer.error(chrome(s, caller, "/ui" + r.rawPath(), "/ui/"), 403, CSRF_REFUSED));
            }
        }
        if (first.equals("logout") && segs.size() == 1) {
            if (!r.post()) {
                return WebResponse.html(405, renderer.error(chrome(s, caller, "/ui/logout", "/ui/"), 405,
                        "Bitte melden Sie sich mit der Schaltfläche „Abmelden“ ab.")).set("Allow", "POST");
            }
            sessions.end(s);
            LOG.info("UI logout of '{}' from {}", LogSafe.of(caller.user()), LogSafe.of(r.address()));
            return WebResponse.seeOther("/ui/login?abgemeldet").add("Set-Cookie", clearCookie());
        }
        if (first.equals("password") && segs.size() == 1) {
            return password(r, s, caller, used);
        }
        if (s.mustChange) {
            return WebResponse.seeOther("/ui/password");
        }
        if (segs.isEmpty()) {
            if (r.post()) {
                return WebResponse.html(405, renderer.error(chrome(s, caller, "/ui/", "/ui/"), 405,
                        "Diese Seite nimmt keine Eingaben an.")).set("Allow", "GET, HEAD");
            }
            return home(s, caller);
        }
        if (Contributions.RESERVED.contains(first)) {
            return notFound(s, caller, r);
        }
        return page(r, s, caller, segs);
    }

    // ---- login, logout, password ------------------------------------------------------------

    private WebResponse loginForm(WebRequest r, Session s, boolean expired, List<Session> used) {
        if (s != null && s.loggedIn()) {
            return WebResponse.seeOther("/ui/");
        }
        WebResponse w;
        Session pre = s;
        if (pre == null) {
            pre = created(used);
        }
        String next = r.param("next");
        if (next != null) {
            pre.returnTo = UiPaths.afterLogin(next);
        }
        String notice = expired || r.query().containsKey("abgelaufen") ? EXPIRED
                : r.query().containsKey("abgemeldet") ? LOGGED_OUT : null;
        w = WebResponse.html(200, renderer.login(new LoginForm(LOCALE, pre.csrf, null, null, notice)));
        if (pre != s) {
            w.add("Set-Cookie", cookie(pre));
        }
        return w;
    }

    private WebResponse loginSubmit(WebRequest r, Session pre, List<Session> used) {
        String refusal = pre == null ? "no login form session (expired or cookie missing)" : csrfRefusal(r, pre);
        if (refusal != null) {
            LOG.warn("UI login POST from {} refused: {}", LogSafe.of(r.address()), refusal);
            return WebResponse.html(403, renderer.error(null, 403, CSRF_REFUSED));
        }
        if (pre.loggedIn()) {
            return WebResponse.seeOther("/ui/");
        }
        String user = r.field("username");
        String password = r.field("password");
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            return WebResponse.html(200, renderer.login(new LoginForm(LOCALE, pre.csrf, user,
                    "Bitte geben Sie Benutzername und Passwort ein.", null)));
        }
        user = user.strip();
        LoginService.Login login = logins.get().login(user, password, r.address());
        if (login.locked()) {
            long minutes = (login.retryAfterSeconds() + 59) / 60;
            return WebResponse.html(429, renderer.login(new LoginForm(LOCALE, pre.csrf, user,
                    "Zu viele fehlgeschlagene Anmeldungen. Bitte versuchen Sie es in " + minutes
                            + (minutes == 1 ? " Minute" : " Minuten") + " erneut.", null)))
                    .set("Retry-After", Long.toString(login.retryAfterSeconds()));
        }
        if (!login.ok()) {
            return WebResponse.html(200, renderer.login(new LoginForm(LOCALE, pre.csrf, user,
                    "Benutzername oder Passwort ist falsch.", null)));
        }
        // a new session with a new id and token: the pre-login id is never the logged-in one (fixation)
        sessions.end(pre);
        Session s = created(used);
        s.caller = login.caller();
        s.mustChange = login.mustChange();
        s.generation = users.get().generation();
        LOG.info("UI login of '{}' from {}", LogSafe.of(user), LogSafe.of(r.address()));
        String target = s.mustChange ? "/ui/password" : pre.returnTo == null ? "/ui/" : pre.returnTo;
        if (s.mustChange) {
            s.returnTo = pre.returnTo;
        }
        return WebResponse.seeOther(target).add("Set-Cookie", cookie(s));
    }

    private WebResponse password(WebRequest r, Session s, Caller caller, List<Session> used) {
        if (!r.post()) {
            return WebResponse.html(200, renderer.passwordChange(chrome(s, caller, "/ui/password", "/ui/"), null, s.mustChange));
        }
        String current = r.field("currentPassword");
        String next = r.field("password");
        String repeat = r.field("passwordRepeat");
        String error = null;
        if (current == null || current.isEmpty()) {
            error = "Bitte geben Sie Ihr bisheriges Passwort ein.";
        } else if (next == null || next.isEmpty()) {
            error = "Bitte geben Sie ein neues Passwort ein.";
        } else if (!next.equals(repeat)) {
            error = "Die beiden Eingaben des neuen Passworts stimmen nicht überein.";
        } else {
            try {
                users.get().setPassword(caller, caller.user(), current, next);
            } catch (IkzException e) {
                if (e.kind() != IkzException.Kind.INVALID && e.kind() != IkzException.Kind.CONFLICT) {
                    throw e;
                }
                error = "currentPassword".equals(e.field()) ? "Das bisherige Passwort ist nicht richtig."
                        : "Das neue Passwort ist nicht zulässig: " + e.getMessage();
            }
        }
        if (error != null) {
            return WebResponse.html(422, renderer.passwordChange(chrome(s, caller, "/ui/password", "/ui/"), error, s.mustChange));
        }
        // a new session id after the change; the old one ends
        sessions.end(s);
        Session fresh = created(used);
        fresh.caller = s.caller;
        fresh.mustChange = false;
        fresh.generation = s.generation; // the change moved the generation: the next request checks the caller again
        fresh.flash = "Ihr Passwort wurde geändert.";
        LOG.info("UI password change of '{}' from {}", LogSafe.of(caller.user()), LogSafe.of(r.address()));
        String target = s.returnTo == null ? "/ui/" : s.returnTo;
        return WebResponse.seeOther(target).add("Set-Cookie", cookie(fresh));
    }

    /**
     * The session's caller for this request (with this request's address), checked again against
     * the user service whenever any user's password, roles or existence changed since the last check;
     * null (and the session ended) if the user is gone.
     */
    private Caller current(Session s, WebRequest r) {
        UserService u = users.get();
        long generation = u.generation();
        if (generation != s.generation) {
            Caller old = s.caller;
            Optional<UserAccount> account = u.find(old, old.user());
            if (account.isEmpty()) {
                LOG.info("UI session of '{}' ended: the user no longer exists", LogSafe.of(old.user()));
                sessions.end(s);
                return null;
            }
            UserAccount a = account.get();
            s.caller = new Caller(a.username(), a.roles(), a.tenantId(), a.participantId(), a.modules(), old.address(),
                    a.moduleRoles());
            s.mustChange = u.mustChangePassword(old.user());
            s.generation = generation;
            s.namesLooked = false;
        }
        Caller c = s.caller;
        return c.withAddress(r.address());
    }

    private WebResponse toLogin(WebRequest r, boolean expired) {
        String next = "/ui" + r.rawPath() + (r.rawQuery() == null || r.post() ? "" : "?" + r.rawQuery());
        String location = "/ui/login?next=" + URLEncoder.encode(UiPaths.afterLogin(next), StandardCharsets.UTF_8)
                + (expired ? "&abgelaufen" : "");
        // an htmx request (a live form) would swap the login page into its region: let htmx load it as a page
        WebResponse w = "true".equals(r.header().apply("HX-Request"))
                ? new WebResponse(200, new byte[0]).set("HX-Redirect", location) : WebResponse.seeOther(location);
        if (expired) {
            w.add("Set-Cookie", clearCookie());
        }
        return w;
    }

    // ---- CSRF ------------------------------------------------------------------------------

    /** Why a POST is refused (null: it passes): cross-site by Origin/Sec-Fetch-Site, or the token missing or wrong. */
    String csrfRefusal(WebRequest r, Session s) {
        String origin = r.header().apply("Origin");
        boolean originAllowed = false;
        if (origin != null) {
            String o = origin.strip().toLowerCase(Locale.ROOT);
            if (o.isEmpty() || o.equals("null")) {
                return "opaque origin";
            }
            originAllowed = settings.allowedOrigins().contains(origin(o)) || origin(o).equals(ownOrigin(r));
            if (!originAllowed) {
                return "origin " + LogSafe.of(origin) + " is not this server";
            }
        }
        String site = r.header().apply("Sec-Fetch-Site");
        if (site != null && !originAllowed) {
            String v = site.strip().toLowerCase(Locale.ROOT);
            if (v.equals("cross-site") || v.equals("same-site")) {
                return "Sec-Fetch-Site: " + v;
            }
        }
        String token = r.field(CSRF_FIELD);
        if (token == null) {
            token = r.header().apply(CSRF_HEADER);
        }
        if (token == null) {
            return "CSRF token missing";
        }
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), s.csrf.getBytes(StandardCharsets.UTF_8))) {
            return "CSRF token wrong";
        }
        return null;
    }

    /** This server's origin as the browser names it: scheme and the Host header. */
    private static String ownOrigin(WebRequest r) {
        String host = r.header().apply("Host");
        return host == null ? "" : origin((r.secure() ? "https://" : "http://") + host.strip().toLowerCase(Locale.ROOT));
    }

    /** scheme://host:port in lower case, the port always written out; anything unparsable as given. */
    static String origin(String o) {
        try {
            URI u = new URI(o.strip());
            String scheme = u.getScheme();
            if (scheme == null || u.getHost() == null) {
                return o.strip().toLowerCase(Locale.ROOT);
            }
            int port = u.getPort() >= 0 ? u.getPort() : scheme.equalsIgnoreCase("https") ? 443 : 80;
            return (scheme + "://" + u.getHost() + ":" + port).toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return o.strip().toLowerCase(Locale.ROOT);
        }
    }

    // ---- pages -----------------------------------------------------------------------------

    private WebResponse page(WebRequest r, Session s, Caller caller, List<String> segs) {
        Optional<Contributions.Area> area = contributions.area(segs.get(0));
        if (area.isEmpty()) {
            return notFound(s, caller, r);
        }
        Contributions.Area a = area.get();
        List<String> below = segs.subList(1, segs.size());
        var match = a.match(below);
        if (match.isEmpty()) {
            return notFound(s, caller, r);
        }
        Contributions.Page page = match.get().getKey();
        String base = "/ui/" + a.id + "/";
        String current = "/ui" + r.rawPath();
        boolean changes = r.post();
        if (changes && !page.submits()) {
            return WebResponse.html(405, renderer.error(chrome(s, caller, current, base), 405,
                    "Diese Seite nimmt keine Eingaben an.")).set("Allow", "GET, HEAD");
        }
        Contributions.Access access = contributions.access(a, page, changes, caller);
        if (access != Contributions.Access.PERMITTED) {
            LOG.info("UI {} {} refused to '{}': {}", r.method(), LogSafe.of(current), LogSafe.of(caller.user()),
                    access == Contributions.Access.INVALID ? "the page's roles are invalid" : "role");
            return forbidden(s, caller, current, base);
        }
        Map<String, List<String>> form = new LinkedHashMap<>(r.form());
        form.remove(CSRF_FIELD);
        UiRequest ur = new UiRequest(caller, LOCALE, LocalDate.ofInstant(clock.instant(), settings.zone()), String.join("/", below),
                match.get().getValue(), r.query(), changes ? form : Map.of());
        try {
            View v = changes ? page.page().submit(ur) : page.page().view(ur);
            return answer(v, s, caller, current, base, FormState.NONE, 200);
        } catch (IkzException e) {
            if (changes && (e.kind() == IkzException.Kind.INVALID || e.kind() == IkzException.Kind.CONFLICT)) {
                FormState state = new FormState(form, e.field(), e.getMessage());
                try {
                    View again = page.page().view(ur);
                    if (again instanceof View.Screen) {
                        return answer(again, s, caller, current, base, state, 422);
                    }
                    return WebResponse.html(422, renderer.error(chrome(s, caller, current, base), 422, e.getMessage()));
                } catch (RuntimeException second) {
                    return refusal(second, s, caller, current, base);
                }
            }
            return refusal(e, s, caller, current, base);
        } catch (RuntimeException e) {
            return failure(chrome(s, caller, current, base), e);
        }
    }

    /**
     * A public page ({@link Contributions.Page#open()}), or null when the path is not one. Served without
     * login and without looking at or creating a session, to {@link Caller#anonymous}; every request takes
     * one from the platform's {@link PublicLimit} (the same budget as public REST): 429 with Retry-After
     * beyond it, 503 while the limit is not there (never unlimited). A public page changes nothing: POST 405.
     */
    private WebResponse publicPage(WebRequest r, List<String> segs) {
        Optional<Contributions.Area> area = contributions.area(segs.get(0));
        if (area.isEmpty()) {
            return null;
        }
        Contributions.Area a = area.get();
        List<String> below = segs.subList(1, segs.size());
        var match = a.match(below);
        if (match.isEmpty() || !match.get().getKey().open()) {
            return null;
        }
        String current = "/ui" + r.rawPath();
        String base = "/ui/" + a.id + "/";
        Chrome chrome = new Chrome(LOCALE, null, null, null, List.of(), current, null, null, base);
        if (r.post()) {
            return WebResponse.html(405, renderer.error(chrome, 405, "Diese Seite nimmt keine Eingaben an.")).set("Allow", "GET, HEAD");
        }
        PublicLimit limit = publicLimit.get();
        if (limit == null) {
            return WebResponse.html(503, renderer.error(chrome, 503,
                    UNAVAILABLE));
        }
        long wait = limit.acquire(r.address());
        if (wait > 0) {
            return WebResponse.html(429, renderer.error(chrome, 429, "Zu viele Anfragen in kurzer Zeit. Bitte versuchen Sie es in "
                    + wait + (wait == 1 ? " Sekunde" : " Sekunden") + " noch einmal.")).set("Retry-After", Long.toString(wait));
        }
        UiRequest ur = new UiRequest(Caller.anonymous(r.address()), LOCALE, LocalDate.ofInstant(clock.instant(), settings.zone()),
                String.join("/", below), match.get().getValue(), r.query(), Map.of());
        try {
            View v = match.get().getKey().page().view(ur);
            if (v instanceof View.Screen screen) {
                return WebResponse.html(200, renderer.screen(chrome, screen, FormState.NONE));
            }
            if (v instanceof View.Redirect redirect) {
                return WebResponse.seeOther(redirectTarget(redirect, current, base));
            }
            return download((View.Download) v);
        } catch (IkzException e) {
            return switch (e.kind()) {
                case NOT_FOUND -> WebResponse.html(404, renderer.error(chrome, 404, "Diese Seite gibt es nicht."));
                case INVALID -> WebResponse.html(400, renderer.error(chrome, 400, e.getMessage()));
                case UNAVAILABLE -> WebResponse.html(503, renderer.error(chrome, 503,
                        UNAVAILABLE));
                default -> failure(chrome, e);
            };
        } catch (RuntimeException e) {
            return failure(chrome, e);
        }
    }

    private WebResponse refusal(RuntimeException e, Session s, Caller caller, String current, String base) {
        if (e instanceof IkzException ike) {
            switch (ike.kind()) {
                case NOT_FOUND:
                    return notFound(s, caller, current, base);
                case FORBIDDEN:
                    return forbidden(s, caller, current, base);
                case INVALID:
                    return WebResponse.html(400, renderer.error(chrome(s, caller, current, base), 400, ike.getMessage()));
                case UNAVAILABLE:
                    return WebResponse.html(503, renderer.error(chrome(s, caller, current, base), 503,
                            UNAVAILABLE));
                default:
                    break;
            }
        }
        return failure(chrome(s, caller, current, base), e);
    }

    private WebResponse answer(View v, Session s, Caller caller, String current, String base, FormState state, int status) {
        if (v instanceof View.Screen screen) {
            return WebResponse.html(status, renderer.screen(chrome(s, caller, current, base, s.takeFlash()), screen, state));
        }
        if (v instanceof View.Redirect redirect) {
            String target = redirectTarget(redirect, current, base);
            s.flash = redirect.message();
            return WebResponse.seeOther(target);
        }
        return download((View.Download) v);
    }

    /** Where a page's redirect goes: resolved against its area; a target outside the UI is a fault of the page. */
    private static String redirectTarget(View.Redirect redirect, String current, String base) {
        String target = UiPaths.resolve(base, redirect.target());
        if (target == null) {
            throw new IllegalStateException("the page " + current + " redirects to a target outside the UI: "
                    + LogSafe.of(redirect.target()));
        }
        return target;
    }

    private static WebResponse download(View.Download d) {
        WebResponse w = new WebResponse(200, d.content());
        w.set("Content-Type", MEDIA_TYPE.matcher(d.mediaType()).matches() ? d.mediaType() : "application/octet-stream");
        w.set("Content-Disposition", disposition(d.fileName()));
        return w;
    }

    /** {@code attachment} with an ASCII file name and the full name in RFC 5987 form; never a path. */
    static String disposition(String fileName) {
        String name = fileName.replaceAll("[\\\\/]", "_").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "download";
        }
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    // ---- home, navigation, chrome -----------------------------------------------------------

    private WebResponse home(Session s, Caller caller) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Paragraph("Guten Tag, " + caller.user() + "."));
        List<Part.Card> cards = cards(caller);
        parts.add(cards.isEmpty() ? new Part.Paragraph("Für Sie liegt gerade nichts an.") : new Part.Cards(cards));
        View.Screen screen = new View.Screen("Startseite", parts);
        return WebResponse.html(200, renderer.screen(chrome(s, caller, "/ui/", "/ui/", s.takeFlash()), screen, FormState.NONE));
    }

    /** The cards of all areas the caller may open, targets made absolute; an area that fails is left out (logged). */
    List<Part.Card> cards(Caller caller) {
        List<Part.Card> out = new ArrayList<>();
        UiRequest ur = new UiRequest(caller, LOCALE, LocalDate.ofInstant(clock.instant(), settings.zone()), "", Map.of(), Map.of(), Map.of());
        for (Contributions.Area a : contributions.areas()) {
            if (!anyVisible(a, caller)) {
                continue;
            }
            List<Part.Card> cards;
            try {
                cards = a.contribution.cards(ur);
            } catch (RuntimeException e) {
                LOG.error("UI area {}: cards failed: {}", a.id, e.toString());
                continue;
            }
            for (Part.Card c : cards == null ? List.<Part.Card>of() : cards) {
                String target = UiPaths.resolve("/ui/" + a.id + "/", c.target());
                if (target != null && mayOpen(target, caller)) {
                    out.add(new Part.Card(c.title(), c.figure(), c.text(), target, c.tone()));
                }
            }
        }
        return out;
    }

    /** Whether the caller may open the page an absolute UI target names. */
    boolean mayOpen(String target, Caller caller) {
        int q = target.indexOf('?');
        String path = (q < 0 ? target : target.substring(0, q)).substring("/ui".length());
        Optional<List<String>> segs = UiPaths.segments(path);
        if (segs.isEmpty() || segs.get().isEmpty()) {
            return segs.isPresent();
        }
        Optional<Contributions.Area> a = contributions.area(segs.get().get(0));
        if (a.isEmpty()) {
            return false;
        }
        var m = a.get().match(segs.get().subList(1, segs.get().size()));
        return m.isPresent() && contributions.access(a.get(), m.get().getKey(), false, caller) == Contributions.Access.PERMITTED;
    }

    private boolean anyVisible(Contributions.Area a, Caller caller) {
        return a.pages.stream().anyMatch(p -> contributions.access(a, p, false, caller) == Contributions.Access.PERMITTED);
    }

    /** The navigation: per area (core first) the entries whose page the caller may open; empty groups left out. */
    List<NavGroup> navigation(Caller caller) {
        List<NavGroup> groups = new ArrayList<>();
        for (Contributions.Area a : contributions.areas()) {
            List<NavItem> items = new ArrayList<>();
            try {
                for (UiContribution.NavEntry e : a.contribution.navigation(LOCALE)) {
                    String target = UiPaths.resolve("/ui/" + a.id + "/", e.page());
                    if (target != null && mayOpen(target, caller)) {
                        items.add(new NavItem(e.label(), target));
                    }
                }
                if (!items.isEmpty()) {
                    groups.add(new NavGroup(a.contribution.title(LOCALE), items));
                }
            } catch (RuntimeException e) {
                LOG.error("UI area {}: navigation failed: {}", a.id, e.toString());
            }
        }
        return groups;
    }

    private Chrome chrome(Session s, Caller caller, String current, String base) {
        return chrome(s, caller, current, base, null);
    }

    private Chrome chrome(Session s, Caller caller, String current, String base, String flash) {
        names(s, caller);
        List<NavGroup> nav = s.mustChange ? List.of() : navigation(caller);
        return new Chrome(LOCALE, caller.user(), s.tenantName, s.officeName, nav, current, s.csrf, flash, base);
    }

    /** Tenant and office names for the header, looked up once per check of the caller. */
    private void names(Session s, Caller caller) {
        if (s.namesLooked) {
            return;
        }
        String tenant = null;
        String office = null;
        try {
            TenantService t = tenants.get();
            if (t != null && caller.tenantId().isPresent()) {
                tenant = t.find(caller, caller.tenantId().get()).map(Tenant::name).orElse(null);
            }
            ParticipantService p = participants.get();
            if (p != null && caller.tenantId().isPresent() && caller.participantId().isPresent()) {
                office = p.find(caller, caller.tenantId().get(), caller.participantId().get()).map(Participant::name).orElse(null);
            }
        } catch (RuntimeException e) {
            LOG.warn("UI header of '{}': tenant or office name not found: {}", LogSafe.of(caller.user()), e.toString());
        }
        s.tenantName = tenant == null ? caller.tenantId().orElse(null) : tenant;
        s.officeName = office;
        s.namesLooked = true;
    }

    // ---- errors ------------------------------------------------------------------------------

    private WebResponse notFound(Session s, Caller caller, WebRequest r) {
        return notFound(s, caller, "/ui" + r.rawPath(), "/ui/");
    }

    private WebResponse notFound(Session s, Caller caller, String current, String base) {
        return WebResponse.html(404, renderer.error(chrome(s, caller, current, base), 404, "Diese Seite gibt es nicht."));
    }

    private WebResponse forbidden(Session s, Caller caller, String current, String base) {
        return WebResponse.html(403, renderer.error(chrome(s, caller, current, base), 403,
                "Sie haben keine Berechtigung für diese Seite."));
    }

    /** 500 with an id that is logged with the exception; the user sees only the id. */
    private WebResponse failure(Chrome chrome, RuntimeException e) {
        byte[] b = new byte[6];
        random.nextBytes(b);
        String id = HexFormat.of().formatHex(b);
        LOG.error("UI error {}", id, e);
        String html;
        try {
            html = renderer.error(chrome, 500, "Ein Fehler ist aufgetreten (Fehlernummer " + id
                    + "). Bitte versuchen Sie es später noch einmal oder nennen Sie dem Betrieb diese Nummer.");
        } catch (RuntimeException again) {
            LOG.error("UI error {}: the error page failed too", id, again);
            html = "<!DOCTYPE html><html lang=\"de\"><head><title>Fehler</title></head><body><main id=\"inhalt\"><h1>Fehler</h1>"
                    + "<p>Ein Fehler ist aufgetreten (Fehlernummer " + id + ").</p></main></body></html>";
        }
        return WebResponse.html(500, html);
    }

    // ---- assets ------------------------------------------------------------------------------

    /**
     * A static file from the bundle's {@code ui-assets/} folder. A fingerprinted URL (the renderer's
     * {@code ?v=<content hash>}, or a version as first segment, {@code /ui/assets/v1.2.3/kern.css}) is
     * cached for a year as immutable; any other for an hour (fonts that the CSS names relatively).
     */
    private WebResponse asset(WebRequest r, List<String> segs) {
        if (r.post() || segs.isEmpty()) {
            return WebResponse.html(404, renderer.error(null, 404, "Diese Datei gibt es nicht."));
        }
        boolean versionSegment = segs.size() > 1 && ASSET_VERSION.matcher(segs.get(0)).matches();
        List<String> file = versionSegment ? segs.subList(1, segs.size()) : segs;
        boolean versioned = versionSegment || (r.param("v") != null && FINGERPRINT.matcher(r.param("v")).matches());
        String name = file.get(file.size() - 1);
        String type = ASSET_TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null || !file.stream().allMatch(f -> ASSET_SEGMENT.matcher(f).matches())) {
            return WebResponse.html(404, renderer.error(null, 404, "Diese Datei gibt es nicht."));
        }
        byte[] content;
        try (InputStream in = Shell.class.getClassLoader().getResourceAsStream("ui-assets/" + String.join("/", file))) {
            if (in == null) {
                return WebResponse.html(404, renderer.error(null, 404, "Diese Datei gibt es nicht."));
            }
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("asset " + String.join("/", file) + " not readable", e);
        }
        WebResponse w = new WebResponse(200, content);
        w.set("Content-Type", type);
        w.set("Cache-Control", versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600");
        return w;
    }

    // ---- cookies and headers -------------------------------------------------------------------

    private static String cookie(WebRequest r) {
        String h = r.header().apply("Cookie");
        if (h == null) {
            return null;
        }
        for (String part : h.split(";")) {
            String p = part.strip();
            if (p.startsWith(COOKIE + "=")) {
                return p.substring(COOKIE.length() + 1);
            }
        }
        return null;
    }

    String cookie(Session s) {
        return COOKIE + "=" + s.id + "; Path=/ui; HttpOnly; SameSite=Strict" + (settings.cookieSecure() ? "; Secure" : "");
    }

    String clearCookie() {
        return COOKIE + "=; Path=/ui; Max-Age=0; HttpOnly; SameSite=Strict" + (settings.cookieSecure() ? "; Secure" : "");
    }

    /** The security headers of every UI answer; no-store on everything but assets. */
    private static WebResponse secured(WebResponse w, WebRequest r) {
        w.set("Content-Security-Policy", CSP);
        w.set("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: under no-referrer Chromium sends "Origin: null" on the UI's own form posts, which
        // the CSRF check must refuse; same-origin still sends no referrer to any other site
        w.set("Referrer-Policy", "same-origin");
        w.set("X-Content-Type-Options", "nosniff");
        if (w.header("Cache-Control") == null) {
            w.set("Cache-Control", "no-store");
            w.set("Pragma", "no-cache");
        }
        if (r.secure()) {
            w.set("Strict-Transport-Security", "max-age=31536000");
        }
        return w;
    }

    /** The allowed origins of the configuration, normalized. */
    static Set<String> origins(String[] configured) {
        return list(configured).map(Shell::origin).collect(Collectors.toUnmodifiableSet());
    }

    /** The entries of a configured list (an entry may itself be comma-separated), stripped, blanks left out. */
    static java.util.stream.Stream<String> list(String[] configured) {
        return java.util.Arrays.stream(configured == null ? new String[0] : configured).flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(o -> !o.isEmpty());
    }
}
