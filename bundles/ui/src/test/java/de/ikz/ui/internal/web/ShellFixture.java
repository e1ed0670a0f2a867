package de.ikz.ui.internal.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.module.PublicLimit;
import de.ikz.api.module.RoleDefinition;
import de.ikz.api.module.Roles;
import de.ikz.api.persistence.DataAccessException;
import de.ikz.api.persistence.Database;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.LoginService;
import de.ikz.api.tenant.UserAccount;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.View;
import de.ikz.testkit.Callers;
import de.ikz.testkit.MovableClock;
import de.ikz.testkit.TestUserService;
import de.ikz.ui.internal.render.Renderer;

/**
 * A shell over fakes: users with passwords, a module "mod" with its roles, contributions and pages; the
 * sessions in a real (Derby) session table, emptied for each fixture.
 */
class ShellFixture {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final String HOST = "127.0.0.1:8181";

    final MovableClock clock = new MovableClock(DAY);
    final Map<String, String> passwords = new HashMap<>();
    final Map<String, Caller> accounts = new HashMap<>();
    final Set<String> mustChange = new HashSet<>();
    final AtomicLong generation = new AtomicLong();
    final List<String> logins = new ArrayList<>();
    final Map<String, CooperationModule> modules = new HashMap<>();
    final Users users = new Users();
    final Contributions contributions;
    final Sessions sessions;
    /** The session store's database fails (connection refused) while set. */
    volatile boolean databaseDown;
    final Shell shell;
    /** What the test pages saw last. */
    UiRequest seen;
    /** The public limit: addresses that asked, and the wait it answers (0: pass); null field: no limit service. */
    final List<String> limited = new ArrayList<>();
    long publicWait;
    PublicLimit publicLimit = address -> {
        limited.add(address);
        return publicWait;
    };

    ShellFixture() {
        this(Duration.ofMinutes(30), Duration.ofHours(10));
    }

    ShellFixture(Duration idle, Duration absolute) {
        account(Callers.coordinator(Callers.TENANT, "mod"), "coordinator password 1");
        account(Callers.auditor(Callers.TENANT), "auditor password 1");
        account(Callers.partnerStaff(Callers.TENANT, "jugendamt-a", "mod"), "partner password 1");
        account(Callers.tenantAdmin(Callers.TENANT), "admin password 1");
        modules.put("mod", module("mod", "coordinator", "auditor", "partner-staff"));
        contributions = new Contributions(new Registry());
        Database db = SessionDatabase.cleared();
        sessions = new Sessions((Database) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Database.class}, (p, m, a) -> {
                    if (databaseDown && m.getName().equals("inTransaction")) {
                        throw new DataAccessException(new java.sql.SQLException("Connection refused", "08001"));
                    }
                    try {
                        return m.invoke(db, a);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                }), clock, idle, absolute, 1000);
        LoginService login = new LoginService() {
            @Override
            public long retryAfterSeconds(String user, String address) {
                return 0;
            }

            @Override
            public Login login(String user, String password, String address) {
                logins.add(user);
                if (user.equals("locked")) {
                    return Login.locked(120);
                }
                if (user.equals("unavailable")) {
                    throw new IkzException(IkzException.Kind.UNAVAILABLE, "the login throttle's database is down");
                }
                if (!password.equals(passwords.get(user))) {
                    return Login.refused();
                }
                Caller c = accounts.get(user);
                return Login.succeeded(c.withAddress(address), mustChange.contains(user));
            }
        };
        shell = new Shell(sessions, contributions, new Renderer(), () -> login, () -> users, () -> null, () -> null, () -> publicLimit, clock,
                new Shell.Settings(true, Shell.origins(new String[] {"https://ikz.example.org"}), ZoneOffset.UTC));
        contributions.add(new ModArea(), "mod");
        contributions.add(new CoreArea(), "core");
    }

    void account(Caller c, String password) {
        accounts.put(c.user(), c);
        passwords.put(c.user(), password);
    }

    static CooperationModule module(String id, String... roles) {
        return new CooperationModule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Map<String, String> displayNames() {
                return Map.of("de", id);
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public List<MeasureDefinition> measures() {
                return List.of();
            }

            @Override
            public List<RoleDefinition> roles() {
                return java.util.Arrays.stream(roles).map(r -> new RoleDefinition(r, r)).toList();
            }

            @Override
            public Map<String, BigDecimal> measure(String measureId, String tenantId, LocalDate from, LocalDate to) {
                return Map.of();
            }
        };
    }

    final class Registry implements ModuleRegistry {
        @Override
        public List<ModuleInfo> modules() {
            return List.of();
        }

        @Override
        public Optional<CooperationModule> module(String id) {
            return Optional.ofNullable(modules.get(id));
        }
    }

    final class Users extends TestUserService {
        final List<String> passwordChanges = new ArrayList<>();

        @Override
        public Caller callerFrom(String username, Set<String> jaasRoles, String address) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserAccount> find(Caller caller, String username) {
            Caller c = accounts.get(username);
            return c == null ? Optional.empty()
                    : Optional.of(new UserAccount(c.user(), c.tenantId(), c.roles(), c.participantId(), c.modules(), c.moduleRoles()));
        }

        @Override
        public boolean mustChangePassword(String username) {
            return mustChange.contains(username);
        }

        @Override
        public long generation() {
            return generation.get();
        }

        @Override
        public void setPassword(Caller caller, String username, String currentPassword, String newPassword) {
            if (!caller.user().equals(username)) {
                throw new IllegalStateException("not the own password");
            }
            if (!passwords.get(username).equals(currentPassword)) {
                throw IkzException.invalid("currentPassword", "the current password is wrong");
            }
            passwords.put(username, newPassword);
            mustChange.remove(username);
            passwordChanges.add(username);
            generation.incrementAndGet();
        }
    }

    // ---- the module's area --------------------------------------------------------------------

    class ModArea implements UiContribution {
        @Override
        public String id() {
            return "mod";
        }

        @Override
        public Optional<String> module() {
            return Optional.of("mod");
        }

        @Override
        public String title(Locale locale) {
            return "Vormundschaften";
        }

        @Override
        public List<UiPage> pages() {
            return List.of(new Due(), new Volunteer(), new VolunteerNew(), new NoRoles(), new Undeclared(), new Broken(),
                    new Download(), new Directory(), new PublicWithSubmit());
        }

        @Override
        public List<NavEntry> navigation(Locale locale) {
            return List.of(new NavEntry("Fällig", "due"), new NavEntry("Neu", "volunteers/new"),
                    new NavEntry("Ohne Rollen", "noroles"), new NavEntry("Unbekannt", "undeclared"));
        }

        @Override
        public List<Part.Card> cards(UiRequest request) {
            return List.of(new Part.Card("Fällig", null, "3 Berichte", "due", null),
                    new Part.Card("Neu", null, "anlegen", "volunteers/new", null),
                    new Part.Card("Ohne Rollen", null, "nie", "noroles", null));
        }
    }

    /** A public page (no login): a directory in the language asked for, with a text in a language of its own. */
    final class Directory implements UiPage {
        @Override
        public String path() {
            return "directory/{network}";
        }

        @Override
        @de.ikz.api.module.PublicOperation
        public View view(UiRequest request) {
            seen = request;
            if (request.pathParam("network").equals("unknown")) {
                throw IkzException.notFound("network", "unknown");
            }
            String lang = request.param("language").orElse(null);
            return new View.Screen("Angebote", List.of(new Part.Section("مركز الأسرة", List.of(Part.paragraph("استشارة للعائلات")), "ar"),
                    new Part.Paragraph("Familienzentrum", "de"),
                    new Part.Links("Sprache", List.of(new Part.Link("العربية", "directory/imblick?language=ar", null, "ar"))),
                    new Part.Facts(List.of(new Part.Fact("Titel", de.ikz.api.ui.Value.text("Консультація", "uk")))),
                    new Part.Form("directory/" + request.pathParam("network"), Part.Method.GET,
                            List.of(Part.Input.text("q", "Suchwort", request.param("q").orElse(""), false)), "Suchen", null)),
                    null, lang);
        }
    }

    /** A public page that would change something: never served. */
    final class PublicWithSubmit implements UiPage {
        @Override
        public String path() {
            return "open-change";
        }

        @Override
        @de.ikz.api.module.PublicOperation
        public View view(UiRequest request) {
            return View.screen("Offen", Part.paragraph("x"));
        }

        @Override
        public View submit(UiRequest request) {
            return View.redirect("open-change", "geändert");
        }
    }

    /** Read by coordinator, partner staff and auditor; changed by the coordinator. */
    @Roles({"coordinator", "partner-staff", "auditor"})
    final class Due implements UiPage {
        @Override
        public String path() {
            return "due";
        }

        @Override
        public View view(UiRequest request) {
            seen = request;
            return View.screen("Fällig", Part.paragraph("nichts"));
        }

        @Override
        @Roles({"coordinator", "auditor"})
        public View submit(UiRequest request) {
            seen = request;
            String name = request.require("name");
            if (name.equals("bad")) {
                throw IkzException.invalid("name", "Name ungültig");
            }
            return View.redirect("due", "Gespeichert.");
        }
    }

    @Roles("coordinator")
    final class Volunteer implements UiPage {
        @Override
        public String path() {
            return "volunteers/{id}";
        }

        @Override
        public View view(UiRequest request) {
            seen = request;
            if (request.pathParam("id").equals("other-office")) {
                throw IkzException.notFound("volunteer", "other-office");
            }
            return View.screen("Ehrenamtliche " + request.pathParam("id"));
        }
    }

    @Roles("coordinator")
    final class VolunteerNew implements UiPage {
        @Override
        public String path() {
            return "volunteers/new";
        }

        @Override
        public View view(UiRequest request) {
            seen = request;
            return View.screen("Neue Ehrenamtliche");
        }
    }

    final class NoRoles implements UiPage {
        @Override
        public String path() {
            return "noroles";
        }

        @Override
        public View view(UiRequest request) {
            seen = request;
            return View.screen("Ohne Rollen");
        }
    }

    @Roles({"coordinator", "tenant-admin"})
    final class Undeclared implements UiPage {
        @Override
        public String path() {
            return "undeclared";
        }

        @Override
        public View view(UiRequest request) {
            seen = request;
            return View.screen("Unbekannt");
        }
    }

    @Roles("coordinator")
    final class Broken implements UiPage {
        @Override
        public String path() {
            return "broken";
        }

        @Override
        public View view(UiRequest request) {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @Roles("coordinator")
    final class Download implements UiPage {
        @Override
        public String path() {
            return "notice";
        }

        @Override
        public View view(UiRequest request) {
            return new View.Download("Bescheid Düren\r\n/../x.pdf", "application/pdf", new byte[] {1, 2});
        }
    }

    // ---- a core area ------------------------------------------------------------------------

    /** A core area of another id (for the order). */
    static final class CoreNamed implements UiContribution {
        private final CoreArea core;
        private final String id;

        CoreNamed(ShellFixture fx, String id) {
            this.core = fx.new CoreArea();
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Optional<String> module() {
            return Optional.empty();
        }

        @Override
        public String title(Locale locale) {
            return id;
        }

        @Override
        public List<UiPage> pages() {
            return core.pages();
        }

        @Override
        public List<NavEntry> navigation(Locale locale) {
            return core.navigation(locale);
        }
    }

    class CoreArea implements UiContribution {
        @Override
        public String id() {
            return "core";
        }

        @Override
        public Optional<String> module() {
            return Optional.empty();
        }

        @Override
        public String title(Locale locale) {
            return "Verwaltung";
        }

        @Override
        public List<UiPage> pages() {
            return List.of(new Users_());
        }

        @Override
        public List<NavEntry> navigation(Locale locale) {
            return List.of(new NavEntry("Benutzer", "users"));
        }
    }

    @Roles("tenant-admin")
    final class Users_ implements UiPage {
        @Override
        public String path() {
            return "users";
        }

        @Override
        public View view(UiRequest request) {
            return View.screen("Benutzer");
        }
    }

    // ---- a browser --------------------------------------------------------------------------

    /** A browser with a cookie jar of one cookie, on http://127.0.0.1:8181. */
    final class Browser {
        String cookie;
        String address = "10.0.0.7";

        WebResponse get(String path) {
            return send("GET", path, Map.of(), Map.of());
        }

        WebResponse post(String path, Map<String, String> form) {
            return send("POST", path, form, Map.of("Origin", "http://" + HOST, "Sec-Fetch-Site", "same-origin"));
        }

        WebResponse send(String method, String path, Map<String, String> form, Map<String, String> headers) {
            String p = path.substring("/ui".length());
            int q = p.indexOf('?');
            String rawQuery = q < 0 ? null : p.substring(q + 1);
            String raw = q < 0 ? p : p.substring(0, q);
            Map<String, List<String>> f = new LinkedHashMap<>();
            form.forEach((k, v) -> f.put(k, List.of(v)));
            Map<String, String> h = new HashMap<>(headers);
            h.put("Host", HOST);
            if (cookie != null) {
                h.put("Cookie", "other=1; " + Shell.COOKIE + "=" + cookie);
            }
            WebResponse w = shell.handle(new WebRequest(method, raw, rawQuery, UiServlet.parse(rawQuery), f, h::get, address, false));
            List<String> set = w.headers.get("Set-Cookie");
            if (set != null) {
                for (String c : set) {
                    String v = c.substring((Shell.COOKIE + "=").length(), c.indexOf(';'));
                    cookie = v.isEmpty() ? null : v;
                }
            }
            return w;
        }

        /** The login form's token (the pre-login session's). */
        String loginToken() {
            WebResponse w = get("/ui/login");
            return token(w);
        }

        WebResponse login(String user, String password) {
            String t = loginToken();
            return post("/ui/login", Map.of("username", user, "password", password, Shell.CSRF_FIELD, t));
        }

        /** The session's CSRF token, from the server side. */
        String csrf() {
            return sessions.find(cookie).session().csrf;
        }

        String token(WebResponse w) {
            return sessions.find(cookie).session().csrf;
        }
    }
}
