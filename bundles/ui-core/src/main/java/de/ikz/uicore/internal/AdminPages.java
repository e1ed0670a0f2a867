package de.ikz.uicore.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.module.ModuleRoles;
import de.ikz.api.module.RoleDefinition;
import de.ikz.api.module.Roles;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.RoleGrant;
import de.ikz.api.tenant.RoleGrantService;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;
import de.ikz.api.tenant.UserAccount;
import de.ikz.api.tenant.UserService;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;

/**
 * Verwaltung: tenants (platform admin), the users of a tenant (tenant admin; a platform admin sees
 * all users, as in REST), their roles, the password reset, and the four-eyes grants of case access:
 * a grant waits until a second tenant admin, neither its requester nor its user, confirms it. The
 * requester sees "wartet auf Bestätigung" and may withdraw it, never confirm it; the service
 * ({@link RoleGrantService#confirm}) refuses anyway.
 */
@Component(service = UiContribution.class, property = UiContribution.PROPERTY_ID + "=" + AdminPages.ID)
public class AdminPages extends CoreArea {

    static final String ID = "verwaltung";

    private final TenantService tenants;
    private final UserService users;
    private final RoleGrantService grants;
    private final ParticipantService participants;
    private final ModuleRegistry modules;

    @Activate
    public AdminPages(@Reference TenantService tenants, @Reference UserService users, @Reference RoleGrantService grants,
                      @Reference ParticipantService participants, @Reference ModuleRegistry modules) {
        super(ID, "Verwaltung");
        this.tenants = tenants;
        this.users = users;
        this.grants = grants;
        this.participants = participants;
        this.modules = modules;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new TenantsPage(), new UsersPage(), new NewUserPage(), new UserPage(), new GrantsPage(), new GrantPage());
    }

    @Override
    public List<NavEntry> navigation(Locale locale) {
        return List.of(new NavEntry("Mandanten", "mandanten"), new NavEntry("Benutzer", "benutzer"),
                new NavEntry("Freigaben", "freigaben"));
    }

    static String roleName(PlatformRole r) {
        return switch (r) {
            case PLATFORM_ADMIN -> "Plattform-Administration";
            case TENANT_ADMIN -> "Mandanten-Administration";
            case COORDINATOR -> "Koordination";
            case PARTNER_STAFF -> "Mitarbeit bei einem Teilnehmer";
            case AUDITOR -> "Prüfung (nur lesen)";
        };
    }

    /** A JAAS role of a grant in words: a platform role, a participant, a module. */
    static String jaasRoleName(String jaas, Map<String, String> names) {
        Optional<PlatformRole> r = PlatformRole.fromJaasRole(jaas);
        if (r.isPresent()) {
            return roleName(r.get());
        }
        if (jaas.startsWith(PlatformRole.PARTICIPANT_PREFIX)) {
            String id = jaas.substring(PlatformRole.PARTICIPANT_PREFIX.length());
            return "für " + Ui.name(names, id);
        }
        if (jaas.startsWith(PlatformRole.MODULE_PREFIX)) {
            return "Modul " + jaas.substring(PlatformRole.MODULE_PREFIX.length());
        }
        Optional<String> own = PlatformRole.moduleRoleOf(jaas);
        if (own.isPresent()) {
            return "Modulrolle " + own.get();
        }
        return jaas;
    }

    /** The roles of a grant in words, the platform roles first. */
    static String jaasRoleNames(List<String> roles, Map<String, String> names) {
        return String.join(", ", roles.stream().sorted(Comparator.comparing((String x) -> PlatformRole.fromJaasRole(x).isEmpty())
                .thenComparing(Comparator.naturalOrder())).map(x -> jaasRoleName(x, names)).toList());
    }

    static Value state(RoleGrant g) {
        return switch (g.state()) {
            case PENDING -> Value.badge("wartet auf Bestätigung", Value.Tone.WARNING);
            case CONFIRMED -> Value.badge("bestätigt", Value.Tone.SUCCESS);
            case REJECTED -> Value.badge("abgelehnt", Value.Tone.INFO);
        };
    }

    /** Whether this caller may confirm the grant: a tenant admin who neither asked for it nor receives it. */
    static boolean mayConfirm(Caller c, RoleGrant g) {
        return g.state() == RoleGrant.State.PENDING && !c.isPlatformAdmin() && c.has(PlatformRole.TENANT_ADMIN)
                && !c.user().equals(g.requestedBy()) && !c.user().equals(g.username());
    }

    static boolean mayReject(Caller c, RoleGrant g) {
        return g.state() == RoleGrant.State.PENDING && (c.isPlatformAdmin() || c.has(PlatformRole.TENANT_ADMIN)
                || c.user().equals(g.requestedBy()));
    }

    private Map<String, String> participantNames(Caller c) {
        return c.tenantId().map(t -> Ui.names(participants.list(c, t))).orElse(Map.of());
    }

    /**
     * The roles live modules declare of their own ("&lt;module&gt;.&lt;role&gt;" to a label), only those with case access
     * if asked (a grant), sorted by module and role.
     */
    private Map<String, String> moduleRoleOptions(boolean caseOnly) {
        Map<String, String> m = new LinkedHashMap<>();
        for (ModuleInfo i : modules.modules()) {
            i.roles().stream().filter(d -> ModuleRoles.moduleSpecific(d.id())).filter(d -> !caseOnly || d.caseAccess())
                    .sorted(Comparator.comparing(RoleDefinition::id))
                    .forEach(d -> m.put(Caller.moduleRole(i.id(), d.id()), i.displayNames().getOrDefault("de", i.id()) + ": " + d.id()
                            + (d.caseAccess() ? " (Zugang zu Falldaten)" : "")));
        }
        return m;
    }

    private static Set<String> moduleRoles(UiRequest r) {
        Set<String> s = new LinkedHashSet<>();
        r.params("moduleRoles").stream().map(String::strip).filter(x -> !x.isEmpty()).forEach(s::add);
        return s;
    }

    private static String moduleRoleNames(Set<String> held) {
        return String.join(", ", held.stream().sorted().toList());
    }

    private Map<String, String> moduleOptions() {
        Map<String, String> m = new LinkedHashMap<>();
        for (ModuleInfo i : modules.modules()) {
            m.put(i.id(), i.displayNames().getOrDefault("de", i.id()));
        }
        return m;
    }

    private static Set<PlatformRole> roles(UiRequest r) {
        List<String> texts = r.params("roles").stream().filter(s -> !s.isBlank()).toList();
        return PlatformRole.parseAll("roles", texts);
    }

    private static Set<String> moduleIds(UiRequest r) {
        Set<String> s = new LinkedHashSet<>();
        for (String v : r.params("modules")) {
            Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty()).forEach(s::add);
        }
        return s;
    }

    final class TenantsPage implements UiPage {
        @Override
        public String path() {
            return "mandanten";
        }

        @Override
        @Roles("platform-admin")
        public View view(UiRequest r) {
            List<Tenant> list = new ArrayList<>(tenants.list(r.caller()));
            list.sort(Comparator.comparing(Tenant::id));
            return new View.Screen("Mandanten", List.of(
                    new Part.Table("Mandanten der Plattform", List.of("Kennung", "Name", "Angelegt am"),
                            list.stream().map(t -> List.<Value>of(Value.text(t.id()), Value.text(t.name()), Value.time(t.createdAt()))).toList(),
                            null, "Es gibt noch keine Mandanten."),
                    Part.section("Mandanten anlegen", new Part.Form("mandanten", Part.Method.POST, List.of(
                            Ui.input("id", "Kennung", Part.InputType.TEXT, null, true, "2 bis 40 Zeichen: Kleinbuchstaben, Ziffern, Bindestrich"),
                            Part.Input.text("name", "Name", null, true)), "Mandanten anlegen", null))));
        }

        @Override
        @Roles("platform-admin")
        public View submit(UiRequest r) {
            Tenant t = tenants.create(r.caller(), r.require("id"), r.require("name"));
            return View.redirect("mandanten", "Der Mandant „" + t.name() + "“ wurde angelegt.");
        }
    }

    final class UsersPage implements UiPage {
        @Override
        public String path() {
            return "benutzer";
        }

        @Override
        @Roles({"tenant-admin", "platform-admin"})
        public View view(UiRequest r) {
            List<UserAccount> list = new ArrayList<>(users.list(r.caller()));
            list.sort(Comparator.comparing(UserAccount::username));
            Map<String, String> names = participantNames(r.caller());
            java.util.Set<String> waiting = r.caller().tenantId().map(t -> grants.list(r.caller(), t, Optional.empty(),
                    Optional.of(RoleGrant.State.PENDING)).stream().map(RoleGrant::username).collect(java.util.stream.Collectors.toSet()))
                    .orElse(java.util.Set.of());
            List<List<Value>> rows = list.stream().map(u -> List.<Value>of(Value.link(u.username(), "benutzer/" + u.username()),
                    Value.text(u.tenantId().orElse("")),
                    Value.text(String.join(", ", u.roles().stream().sorted().map(AdminPages::roleName).toList())),
                    Value.text(u.participantId().map(p -> Ui.name(names, p)).orElse("")),
                    Value.text(String.join(", ", u.modules().stream().sorted().toList())),
                    Value.text(moduleRoleNames(u.moduleRoles())),
                    waiting.contains(u.username()) ? Value.badge("wartet auf Bestätigung", Value.Tone.WARNING) : Value.text(""))).toList();
            return new View.Screen("Benutzer", List.of(
                    new Part.Actions(List.of(new Part.Action("Benutzer anlegen", "benutzer/neu", Part.Method.GET, null, true, null))),
                    new Part.Table("Benutzer", List.of("Benutzername", "Mandant", "Rollen", "Teilnehmer", "Module",
                            "Modulrollen", "Zugang zu Falldaten"), rows, null,
                            "Es gibt noch keine Benutzer.")));
        }
    }

    private List<Part.Input> roleInputs(Caller c, boolean caseOnly) {
        Map<String, String> roleOptions = new LinkedHashMap<>();
        for (PlatformRole p : PlatformRole.values()) {
            if (p == PlatformRole.PLATFORM_ADMIN && !c.isPlatformAdmin()) {
                continue;
            }
            if (caseOnly && !grants.isCaseAccess(p.jaasRole())) {
                continue;
            }
            roleOptions.put(p.shortName(), roleName(p));
        }
        List<Part.Input> in = new ArrayList<>();
        in.add(new Part.Input("roles", "Rollen", Part.InputType.CHECKBOX, "", roleOptions, false, null));
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("", "(keiner)");
        c.tenantId().ifPresent(t -> participants.list(c, t).stream()
                .sorted(Comparator.comparing(Participant::name, String.CASE_INSENSITIVE_ORDER)).forEach(p -> parts.put(p.id(), p.name())));
        if (c.tenantId().isPresent()) {
            in.add(Ui.select("participant", "Teilnehmer (bei Mitarbeit bei einem Teilnehmer)", parts, "", false));
        } else {
            in.add(Ui.input("participant", "Teilnehmer (Kennung, bei Mitarbeit bei einem Teilnehmer)", Part.InputType.TEXT, null, false, null));
        }
        Map<String, String> mods = moduleOptions();
        if (mods.isEmpty()) {
            in.add(Ui.input("modules", "Module (bei Koordination, durch Komma getrennt)", Part.InputType.TEXT, null, false, null));
        } else {
            in.add(new Part.Input("modules", "Module (bei Koordination)", Part.InputType.CHECKBOX, "", mods, false, null));
        }
        Map<String, String> own = moduleRoleOptions(caseOnly);
        if (!own.isEmpty()) {
            // a module's own role (e.g. Frühe Hilfen: professional) needs a tenant, but no platform role beside it
            in.add(new Part.Input("moduleRoles", "Rollen eines Moduls (auch ohne weitere Rolle)", Part.InputType.CHECKBOX, "", own,
                    false, null));
        }
        return in;
    }

    final class NewUserPage implements UiPage {
        @Override
        public String path() {
            return "benutzer/neu";
        }

        @Override
        @Roles({"tenant-admin", "platform-admin"})
        public View view(UiRequest r) {
            List<Part.Input> in = new ArrayList<>();
            in.add(Ui.input("username", "Benutzername", Part.InputType.TEXT, null, true, null));
            in.add(Ui.input("password", "Erstes Kennwort", Part.InputType.PASSWORD, null, true,
                    "Die Person ändert es bei der ersten Anmeldung."));
            if (r.caller().isPlatformAdmin()) {
                in.add(Ui.input("tenant", "Mandant (Kennung; leer nur für Plattform-Administration)", Part.InputType.TEXT, null, false, null));
            }
            in.addAll(roleInputs(r.caller(), false));
            return new View.Screen("Benutzer anlegen", List.of(
                    Part.notice(Value.Tone.INFO, "Rollen mit Zugang zu Falldaten (Koordination, Mitarbeit bei einem Teilnehmer, "
                            + "Rollen eines Moduls mit Zugang zu Falldaten) gelten erst, wenn eine zweite Administratorin oder ein "
                            + "zweiter Administrator sie bestätigt."),
                    new Part.Form("benutzer/neu", Part.Method.POST, in, "Benutzer anlegen", null)),
                    new Part.Link("Zurück zu den Benutzern", "/ui/" + ID + "/benutzer", null));
        }

        @Override
        @Roles({"tenant-admin", "platform-admin"})
        public View submit(UiRequest r) {
            Caller c = r.caller();
            Optional<String> tenant = c.isPlatformAdmin() ? r.param("tenant") : c.tenantId();
            UserAccount a = users.create(c, r.require("username"), r.form().getOrDefault("password", List.of("")).stream()
                            .findFirst().filter(s -> !s.isEmpty()).orElseThrow(() -> IkzException.invalid("password", "Angabe fehlt")),
                    tenant, roles(r), r.param("participant"), moduleIds(r), moduleRoles(r));
            boolean pending = a.tenantId().isPresent() && !grants.list(c, a.tenantId().get(), Optional.of(a.username()),
                    Optional.of(RoleGrant.State.PENDING)).isEmpty();
            return View.redirect("benutzer/" + a.username(), "Der Benutzer " + a.username() + " wurde angelegt."
                    + (pending ? " Der Zugang zu Falldaten wartet auf Bestätigung." : ""));
        }
    }

    final class UserPage implements UiPage {
        @Override
        public String path() {
            return "benutzer/{name}";
        }

        @Override
        @Roles({"tenant-admin", "platform-admin"})
        public View view(UiRequest r) {
            Caller c = r.caller();
            String name = r.pathParam("name");
            UserAccount u = users.find(c, name).orElseThrow(() -> IkzException.notFound("user", name));
            Map<String, String> names = participantNames(c);
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Facts(List.of(Ui.fact("Mandant", u.tenantId().orElse("(keiner)")),
                    Ui.fact("Rollen", String.join(", ", u.roles().stream().sorted().map(AdminPages::roleName).toList())),
                    Ui.fact("Teilnehmer", u.participantId().map(p -> Ui.name(names, p)).orElse("")),
                    Ui.fact("Module", String.join(", ", u.modules().stream().sorted().toList())),
                    Ui.fact("Modulrollen", moduleRoleNames(u.moduleRoles())))));
            if (u.tenantId().isPresent()) {
                List<RoleGrant> own = grants.list(c, u.tenantId().get(), Optional.of(u.username()), Optional.empty());
                parts.add(Part.section("Freigaben für Falldaten", grantTable(c, own, names)));
            }
            boolean self = c.user().equals(u.username());
            List<Part.Input> pw = new ArrayList<>();
            if (self) {
                pw.add(Ui.input("currentPassword", "Bisheriges Kennwort", Part.InputType.PASSWORD, null, true, null));
            }
            pw.add(Ui.input("password", "Neues Kennwort", Part.InputType.PASSWORD, null, true,
                    self ? null : "Die Person muss es bei der nächsten Anmeldung ändern."));
            pw.add(new Part.Input("action", "action", Part.InputType.HIDDEN, "password", null, false, null));
            parts.add(Part.section(self ? "Kennwort ändern" : "Kennwort zurücksetzen",
                    new Part.Form("benutzer/" + u.username(), Part.Method.POST, pw, self ? "Kennwort ändern" : "Kennwort zurücksetzen", null)));
            if (u.tenantId().isPresent() && !self) {
                List<Part.Input> g = new ArrayList<>(roleInputs(c, true));
                g.add(Ui.input("reason", "Begründung", Part.InputType.TEXTAREA, null, false, "höchstens 500 Zeichen"));
                g.add(new Part.Input("action", "action", Part.InputType.HIDDEN, "grant", null, false, null));
                parts.add(Part.section("Zugang zu Falldaten beantragen",
                        Part.paragraph("Der Zugang gilt erst, wenn eine zweite Administratorin oder ein zweiter Administrator ihn bestätigt."),
                        new Part.Form("benutzer/" + u.username(), Part.Method.POST, g, "Zugang beantragen", null)));
            }
            if (!self) {
                parts.add(new Part.Actions(List.of(new Part.Action("Benutzer löschen", "benutzer/" + u.username(), Part.Method.POST,
                        Map.of("action", "delete"), false, "Den Benutzer " + u.username() + " endgültig löschen?"))));
            }
            return new View.Screen("Benutzer " + u.username(), parts, new Part.Link("Zurück zu den Benutzern", "/ui/" + ID + "/benutzer", null));
        }

        @Override
        @Roles({"tenant-admin", "platform-admin"})
        public View submit(UiRequest r) {
            Caller c = r.caller();
            String name = r.pathParam("name");
            String action = r.param("action").orElse("");
            switch (action) {
                case "password" -> {
                    String pw = r.form().getOrDefault("password", List.of("")).stream().findFirst().orElse("");
                    if (pw.isEmpty()) {
                        throw IkzException.invalid("password", "Angabe fehlt");
                    }
                    String current = r.form().getOrDefault("currentPassword", List.of()).stream().filter(x -> x != null && !x.isEmpty())
                            .findFirst().orElse(null);
                    users.setPassword(c, name, current, pw);
                    return View.redirect("benutzer/" + name, c.user().equals(name) ? "Ihr Kennwort wurde geändert."
                            : "Das Kennwort wurde zurückgesetzt; " + name + " muss es bei der nächsten Anmeldung ändern.");
                }
                case "grant" -> {
                    RoleGrant g = grants.request(c, name, roles(r), r.param("participant"), moduleIds(r), moduleRoles(r),
                            r.param("reason").orElse(""));
                    return View.redirect("freigaben/" + g.id(), "Der Zugang wurde beantragt und wartet auf Bestätigung.");
                }
                case "delete" -> {
                    users.delete(c, name);
                    return View.redirect("benutzer", "Der Benutzer " + name + " wurde gelöscht.");
                }
                default -> throw IkzException.invalid("action", "Unbekannte Aktion.");
            }
        }
    }

    /** Grants with their state; the actions each caller may take (confirm only for a second admin). */
    static Part grantTable(Caller c, List<RoleGrant> list, Map<String, String> names) {
        List<List<Value>> rows = list.stream().sorted(Comparator.comparing(RoleGrant::requestedAt).reversed())
                .map(g -> List.<Value>of(Value.link(g.username(), "/ui/" + ID + "/freigaben/" + g.id()),
                        Value.text(jaasRoleNames(g.roles(), names)),
                        state(g), Value.text(g.requestedBy()), Value.time(g.requestedAt()),
                        Value.text(g.decidedBy().orElse("")),
                        mayConfirm(c, g) ? Value.link("Bestätigen oder ablehnen", "/ui/" + ID + "/freigaben/" + g.id())
                                : g.state() == RoleGrant.State.PENDING && c.user().equals(g.requestedBy())
                                ? Value.badge("wartet auf Bestätigung durch eine zweite Person", Value.Tone.INFO) : Value.text("")))
                .toList();
        return new Part.Table("Freigaben", List.of("Benutzer", "Rollen", "Stand", "Beantragt von", "Beantragt am", "Entschieden von",
                "Nächster Schritt"), rows, null, "Keine Freigaben.");
    }

    final class GrantsPage implements UiPage {
        @Override
        public String path() {
            return "freigaben";
        }

        @Override
        @Roles({"tenant-admin", "auditor"})
        public View view(UiRequest r) {
            Caller c = r.caller();
            Optional<RoleGrant.State> state = RoleGrant.State.parse("state", r.param("state").orElse(null));
            List<RoleGrant> list = grants.list(c, Ui.tenant(r), r.param("user"), state);
            Map<String, String> states = new LinkedHashMap<>();
            states.put("", "alle");
            states.put("PENDING", "wartet auf Bestätigung");
            states.put("CONFIRMED", "bestätigt");
            states.put("REJECTED", "abgelehnt");
            return new View.Screen("Freigaben für Falldaten", List.of(
                    Part.paragraph("Zugang zu Falldaten gilt erst, wenn eine zweite Administratorin oder ein zweiter Administrator "
                            + "des Mandanten ihn bestätigt; wer ihn beantragt hat, kann ihn nicht selbst bestätigen."),
                    new Part.Form("freigaben", Part.Method.GET, List.of(
                            Ui.select("state", "Stand", states, r.param("state").orElse(""), false),
                            Ui.input("user", "Benutzer", Part.InputType.TEXT, r.param("user").orElse(null), false, null)),
                            "Filtern", null),
                    grantTable(c, list, participantNames(c))));
        }
    }

    final class GrantPage implements UiPage {
        @Override
        public String path() {
            return "freigaben/{id}";
        }

        @Override
        @Roles({"tenant-admin", "auditor"})
        public View view(UiRequest r) {
            Caller c = r.caller();
            String id = r.pathParam("id");
            RoleGrant g = grants.find(c, Ui.tenant(r), id).orElseThrow(() -> IkzException.notFound("grant", id));
            Map<String, String> names = participantNames(c);
            List<Part> parts = new ArrayList<>();
            if (g.state() == RoleGrant.State.PENDING && c.user().equals(g.requestedBy())) {
                parts.add(Part.notice(Value.Tone.INFO, "Sie haben diesen Zugang beantragt. Er wartet auf Bestätigung durch eine "
                        + "zweite Administratorin oder einen zweiten Administrator; Sie selbst können ihn nicht bestätigen."));
            }
            parts.add(new Part.Facts(List.of(Ui.fact("Benutzer", g.username()),
                    Ui.fact("Rollen", jaasRoleNames(g.roles(), names)),
                    Ui.fact("Stand", state(g)), Ui.fact("Beantragt von", g.requestedBy()), Ui.fact("Beantragt am", Value.time(g.requestedAt())),
                    Ui.fact("Begründung", g.reason().orElse("")), Ui.fact("Entschieden von", g.decidedBy().orElse("")),
                    Ui.fact("Entschieden am", g.decidedAt().<Value>map(Value::time).orElse(Value.text(""))),
                    Ui.fact("Vermerk", g.note().orElse("")))));
            List<Part.Input> in = new ArrayList<>();
            Map<String, String> decisions = new LinkedHashMap<>();
            if (mayConfirm(c, g)) {
                decisions.put("confirm", "Bestätigen");
            }
            if (mayReject(c, g)) {
                decisions.put("reject", c.user().equals(g.requestedBy()) ? "Zurückziehen" : "Ablehnen");
            }
            if (!decisions.isEmpty()) {
                in.add(new Part.Input("decision", "Entscheidung", Part.InputType.RADIO, decisions.keySet().iterator().next(),
                        decisions, true, null));
                in.add(Ui.input("note", "Vermerk", Part.InputType.TEXTAREA, null, false, null));
                parts.add(Part.section("Entscheiden", new Part.Form("freigaben/" + g.id(), Part.Method.POST, in, "Entscheidung speichern", null)));
            }
            return new View.Screen("Freigabe " + g.id(), parts, new Part.Link("Zurück zu den Freigaben", "/ui/" + ID + "/freigaben", null));
        }

        @Override
        @Roles("tenant-admin")
        public View submit(UiRequest r) {
            String id = r.pathParam("id");
            String note = r.param("note").orElse(null);
            String decision = r.require("decision");
            RoleGrant g = switch (decision) {
                case "confirm" -> grants.confirm(r.caller(), Ui.tenant(r), id, note);
                case "reject" -> grants.reject(r.caller(), Ui.tenant(r), id, note);
                default -> throw IkzException.invalid("decision", "Bitte wählen Sie Bestätigen oder Ablehnen.");
            };
            return View.redirect("freigaben/" + g.id(), g.state() == RoleGrant.State.CONFIRMED
                    ? "Der Zugang wurde bestätigt." : "Der Zugang wurde abgelehnt.");
        }
    }
}
