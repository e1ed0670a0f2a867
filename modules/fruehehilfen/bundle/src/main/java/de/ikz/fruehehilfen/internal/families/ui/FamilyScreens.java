package de.ikz.fruehehilfen.internal.families.ui;

import static de.ikz.fruehehilfen.internal.ModuleDefinition.AUDITOR;
import static de.ikz.fruehehilfen.internal.ModuleDefinition.COORDINATOR;
import static de.ikz.fruehehilfen.internal.ModuleDefinition.PARTNER_STAFF;
import static de.ikz.fruehehilfen.internal.ModuleDefinition.PROFESSIONAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import de.ikz.api.error.IkzException;
import de.ikz.api.input.Input;
import de.ikz.api.module.Roles;
import de.ikz.api.participant.Participant;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Part.InputType;
import de.ikz.api.ui.UiContribution.NavEntry;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.fruehehilfen.internal.families.Assignment;
import de.ikz.fruehehilfen.internal.families.ClosingReason;
import de.ikz.fruehehilfen.internal.families.Consent;
import de.ikz.fruehehilfen.internal.families.ConsentScope;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyAccess.Level;
import de.ikz.fruehehilfen.internal.families.FamilyRoles;
import de.ikz.fruehehilfen.internal.families.FamilyService;
import de.ikz.fruehehilfen.internal.families.FamilyService.AssignmentInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.ClosingInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.ConsentInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyDetails;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyFilter;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.IdentityInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.StaffInput;
import de.ikz.fruehehilfen.internal.families.Identity;
import de.ikz.fruehehilfen.internal.families.Offices;
import de.ikz.fruehehilfen.internal.families.Referral;
import de.ikz.fruehehilfen.internal.families.Staff;
import de.ikz.fruehehilfen.internal.families.StaffKind;
import de.ikz.kit.ui.ScreenSet;

/**
 * The families and staff screens ({@code /ui/fruehehilfen/familien…}, {@code …/fachkraefte…}):
 * the families list by pseudonym, opening a case, the family page (case, identity on request,
 * consents, assignment, closing, and the sections of {@link FamilyPageParts}), the staff list and
 * the staff record. Each page calls {@link FamilyService} with the session's caller, so the row
 * rules, refusals and access-log entries are the same as over REST.
 */
public final class FamilyScreens implements ScreenSet {

    static final String LIST = "familien";
    static final String NEW = "familie-neu";
    static final String FAMILY = "familien/{id}";
    static final String STAFF = "fachkraefte";
    static final String STAFF_ONE = "fachkraefte/{id}";

    static final String STEP_CONSENT = "consent";
    static final String STEP_WITHDRAW = "withdraw";
    static final String STEP_ASSIGN = "assign";
    static final String STEP_CLOSE = "close";
    static final String STEP_IDENTITY = "identity";

    private final FamilyService service;
    private final Offices offices;
    private final FamilyPageParts extra;

    public FamilyScreens(FamilyService service, Offices offices, FamilyPageParts extra) {
        this.service = service;
        this.offices = offices;
        this.extra = extra == null ? FamilyPageParts.NONE : extra;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new ListPage(), new NewPage(), new FamilyPage(), new StaffPage(), new StaffRecordPage());
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Familien", LIST), new NavEntry("Fachkräfte", STAFF));
    }

    // ------------------------------------------------------------------ helpers

    static String tenant(UiRequest r) {
        return r.caller().tenantFor(r.query().getOrDefault("tenant", List.of()).stream().findFirst().orElse(null));
    }

    static boolean coordinator(Caller c) {
        return FamilyRoles.coordinator(c);
    }

    private Map<String, String> officeNames(UiRequest r, String t) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Participant p : offices.offices(r.caller(), t)) {
            m.put(p.id(), p.name());
        }
        return m;
    }

    private Map<String, String> staffNames(UiRequest r, String t) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Staff s : service.staffList(r.caller(), t)) {
            m.put(s.id(), s.name());
        }
        return m;
    }

    /** Staff names where the caller may read the staff list; ids otherwise (partner staff). */
    private Map<String, String> staffNamesIfAllowed(UiRequest r, String t) {
        Caller c = r.caller();
        if (FamilyRoles.coordinator(c) || FamilyRoles.professional(c) || FamilyRoles.auditor(c)) {
            return staffNames(r, t);
        }
        return Map.of();
    }

    static <E extends Enum<E>> Map<String, String> options(E[] values, java.util.function.Function<E, String> label) {
        Map<String, String> m = new LinkedHashMap<>();
        for (E e : values) {
            m.put(e.name(), label.apply(e));
        }
        return m;
    }

    static Optional<String> text(UiRequest r, String name) {
        return r.param(name);
    }

    static LocalDate date(UiRequest r, String name) {
        return r.param(name).map(v -> Input.date(name, v)).orElse(null);
    }

    static Part.Input hidden(String name, String value) {
        return new Part.Input(name, name, InputType.HIDDEN, value, null, false, null);
    }

    static Value dateOrDash(Optional<LocalDate> d) {
        return d.<Value>map(Value::date).orElse(Value.text("–"));
    }

    // ------------------------------------------------------------------ families list

    /** {@code familien}: the families the caller works with, by pseudonym; filter open/closed and owning office. */
    final class ListPage implements UiPage {
        @Override
        public String path() {
            return LIST;
        }

        @Override
        @Roles({COORDINATOR, PROFESSIONAL, PARTNER_STAFF, AUDITOR})
        public View view(UiRequest r) {
            String t = tenant(r);
            String state = r.param("state").orElse("open");
            Boolean open = switch (state) {
                case "closed" -> Boolean.FALSE;
                case "all" -> null;
                default -> Boolean.TRUE;
            };
            String owner = r.param("owner").orElse(null);
            Map<String, String> officeNames = officeNames(r, t);
            Map<String, String> staff = staffNamesIfAllowed(r, t);
            List<Family> list = service.families(r.caller(), t, new FamilyFilter(open, owner));
            List<List<Value>> rows = new ArrayList<>();
            for (Family f : list) {
                rows.add(Arrays.asList(Value.link(f.pseudonym(), "familien/" + f.id()),
                        Value.text(officeNames.getOrDefault(f.ownerId(), f.ownerId())),
                        Value.date(f.openedOn()),
                        f.closedOn().<Value>map(c -> Value.badge("abgeschlossen " + de.ikz.kit.text.GermanFormat.date(c), Value.Tone.INFO))
                                .orElse(Value.badge("offen", Value.Tone.SUCCESS)),
                        Value.text(f.staffId().map(id -> staff.getOrDefault(id, id)).orElse("–"))));
            }
            Map<String, String> states = new LinkedHashMap<>();
            states.put("open", "offen");
            states.put("closed", "abgeschlossen");
            states.put("all", "alle");
            Map<String, String> owners = new LinkedHashMap<>();
            owners.put("", "alle Jugendämter");
            owners.putAll(officeNames);
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Form(LIST, Part.Method.GET, List.of(
                    new Part.Input("state", "Fälle", InputType.SELECT, state, states, false, null),
                    new Part.Input("owner", "Zuständiges Jugendamt", InputType.SELECT, owner == null ? "" : owner, owners, false, null)),
                    "Filtern", null));
            parts.add(new Part.Table("Familien (pseudonymisiert)", List.of("Pseudonym", "Jugendamt", "Aufgenommen", "Stand", "Fachkraft"),
                    rows, null, "Keine Familien für diese Auswahl."));
            if (coordinator(r.caller())) {
                parts.add(new Part.Actions(List.of(new Part.Action("Familie aufnehmen", NEW, Part.Method.GET, null, true, null))));
            }
            return new View.Screen("Familien", parts);
        }
    }

    // ------------------------------------------------------------------ new family

    /** {@code familie-neu}: the coordinator opens a case; the identity is optional and sealed. */
    final class NewPage implements UiPage {
        @Override
        public String path() {
            return NEW;
        }

        @Override
        @Roles(COORDINATOR)
        public View view(UiRequest r) {
            String t = tenant(r);
            Map<String, String> staff = new LinkedHashMap<>();
            staff.put("", "noch niemand");
            for (Staff s : service.staffList(r.caller(), t)) {
                if (s.kind() != StaffKind.COORDINATION && s.activeOn(r.today())) {
                    staff.put(s.id(), s.name() + " (" + s.kind().label() + ")");
                }
            }
            return new View.Screen("Familie aufnehmen", List.of(
                    new Part.Paragraph("Die Familie erhält ein Pseudonym. Name, Anschrift und Telefon werden verschlüsselt "
                            + "gespeichert und nur der zugeordneten Fachkraft, der Koordination und dem zuständigen Jugendamt gezeigt."),
                    new Part.Form(NEW, Part.Method.POST, List.of(
                            new Part.Input("ags", "Wohnort (Gemeindeschlüssel, 8 Ziffern)", InputType.TEXT, null, null, true,
                                    "z. B. 05370004 für Erkelenz; daraus ergibt sich das zuständige Jugendamt."),
                            new Part.Input("referredBy", "Vermittelt durch", InputType.SELECT, null, options(Referral.values(), Referral::label),
                                    true, null),
                            new Part.Input("openedOn", "Aufgenommen am", InputType.DATE, null, null, false, "Leer: heute"),
                            new Part.Input("staffId", "Fachkraft", InputType.SELECT, "", staff, false, null),
                            new Part.Input("motherName", "Name der Mutter", InputType.TEXT, null, null, false, null),
                            new Part.Input("childName", "Name des Kindes", InputType.TEXT, null, null, false, null),
                            new Part.Input("childBirthDate", "Geburtsdatum (oder errechneter Termin)", InputType.DATE, null, null, false, null),
                            new Part.Input("address", "Anschrift", InputType.TEXTAREA, null, null, false, null),
                            new Part.Input("phone", "Telefon", InputType.TEL, null, null, false, null)),
                            "Familie aufnehmen", null)),
                    new Part.Link("Zurück zu den Familien", LIST, null));
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            IdentityInput identity = identityFrom(r);
            boolean anyIdentity = identity.motherName() != null || identity.childName() != null || identity.childBirthDate() != null
                    || identity.address() != null || identity.phone() != null;
            Family f = service.createFamily(r.caller(), tenant(r), new FamilyInput(r.param("ags").orElse(null), date(r, "openedOn"),
                    r.param("referredBy").orElse(null), r.param("staffId").orElse(null), anyIdentity ? identity : null));
            return View.redirect("familien/" + f.id(), "Die Familie ist als " + f.pseudonym() + " aufgenommen.");
        }
    }

    static IdentityInput identityFrom(UiRequest r) {
        return new IdentityInput(r.param("motherName").orElse(null), r.param("childName").orElse(null), date(r, "childBirthDate"),
                r.param("address").orElse(null), r.param("phone").orElse(null));
    }

    // ------------------------------------------------------------------ the family page

    /** {@code familien/{id}}: the case, the identity on request (logged), consents, assignment, closing, and the other parts' sections. */
    final class FamilyPage implements UiPage {
        @Override
        public String path() {
            return FAMILY;
        }

        @Override
        @Roles({COORDINATOR, PROFESSIONAL, PARTNER_STAFF, AUDITOR})
        public View view(UiRequest r) {
            String t = tenant(r);
            FamilyDetails d = service.family(r.caller(), t, r.pathParam("id"));
            Family f = d.family();
            String self = "familien/" + f.id();
            Level level = service.level(r.caller(), f);
            boolean writer = level == Level.WRITE;
            boolean coordinator = coordinator(r.caller());
            Map<String, String> staff = staffNamesIfAllowed(r, t);
            Map<String, String> officeNames = officeNames(r, t);

            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Facts(List.of(
                    new Part.Fact("Pseudonym", Value.text(f.pseudonym())),
                    new Part.Fact("Zuständiges Jugendamt", Value.text(officeNames.getOrDefault(f.ownerId(), f.ownerId()))),
                    new Part.Fact("Wohnort (AGS)", Value.text(f.ags())),
                    new Part.Fact("Aufgenommen am", Value.date(f.openedOn())),
                    new Part.Fact("Vermittelt durch", Value.text(f.referredBy().label())),
                    new Part.Fact("Fachkraft", Value.text(f.staffId().map(id -> staff.getOrDefault(id, id)).orElse("–"))),
                    new Part.Fact("Einwilligung Gesundheitsdaten", d.healthConsent() ? Value.badge("liegt vor", Value.Tone.SUCCESS)
                            : Value.badge("fehlt", Value.Tone.WARNING)),
                    new Part.Fact("Abgeschlossen", f.closedOn().<Value>map(c -> Value.text(de.ikz.kit.text.GermanFormat.date(c) + " – "
                            + f.closingReason().map(ClosingReason::label).orElse(""))).orElse(Value.text("nein"))))));

            // identity: only on request, each showing logged
            if (d.identityVisible()) {
                boolean show = r.param("identitaet").isPresent();
                if (show) {
                    Optional<Identity> id = service.identity(r.caller(), t, f.id());
                    List<Part> idParts = new ArrayList<>();
                    if (id.isEmpty()) {
                        idParts.add(new Part.Paragraph("Es ist noch keine Identität erfasst."));
                    } else {
                        Identity i = id.get();
                        idParts.add(new Part.Facts(List.of(
                                new Part.Fact("Mutter", Value.text(orDash(i.motherName()))),
                                new Part.Fact("Kind", Value.text(orDash(i.childName()))),
                                new Part.Fact("Geburtsdatum", i.childBirthDate() == null ? Value.text("–") : Value.date(i.childBirthDate())),
                                new Part.Fact("Anschrift", Value.text(orDash(i.address()))),
                                new Part.Fact("Telefon", Value.text(orDash(i.phone()))))));
                    }
                    if (writer) {
                        Identity i = id.orElse(new Identity(null, null, null, null, null));
                        idParts.add(Part.section("Identität ändern", new Part.Form(self, Part.Method.POST, List.of(
                                hidden("step", STEP_IDENTITY),
                                new Part.Input("motherName", "Name der Mutter", InputType.TEXT, i.motherName(), null, true, null),
                                new Part.Input("childName", "Name des Kindes", InputType.TEXT, i.childName(), null, false, null),
                                new Part.Input("childBirthDate", "Geburtsdatum (oder errechneter Termin)", InputType.DATE,
                                        i.childBirthDate() == null ? null : i.childBirthDate().toString(), null, false, null),
                                new Part.Input("address", "Anschrift", InputType.TEXTAREA, i.address(), null, false, null),
                                new Part.Input("phone", "Telefon", InputType.TEL, i.phone(), null, false, null)),
                                "Identität speichern", null)));
                    }
                    idParts.add(new Part.Links(null, List.of(new Part.Link("Identität ausblenden", self, null))));
                    parts.add(new Part.Section("Identität", idParts));
                } else {
                    parts.add(new Part.Section("Identität", List.of(
                            new Part.Paragraph("Name und Anschrift werden nur auf Anforderung gezeigt; jede Anzeige wird protokolliert."),
                            new Part.Links(null, List.of(new Part.Link("Identität anzeigen", self + "?identitaet=ja", null))))));
                }
            }

            // consents
            List<List<Value>> consentRows = new ArrayList<>();
            List<Part.Action> withdrawals = new ArrayList<>();
            for (Consent c : d.consents()) {
                consentRows.add(Arrays.asList(Value.date(c.givenOn()),
                        Value.text(c.scopes().stream().sorted().map(ConsentScope::label).collect(Collectors.joining(", "))),
                        dateOrDash(c.withdrawnOn())));
                if (writer && c.withdrawnOn().isEmpty()) {
                    withdrawals.add(new Part.Action("Einwilligung vom " + de.ikz.kit.text.GermanFormat.date(c.givenOn()) + " widerrufen",
                            self, Part.Method.POST, Map.of("step", STEP_WITHDRAW, "consentId", c.id()), false,
                            "Den Widerruf mit heutigem Datum erfassen?"));
                }
            }
            List<Part> consentParts = new ArrayList<>();
            consentParts.add(new Part.Table("Erfasste Einwilligungen", List.of("Erteilt am", "Umfang", "Widerrufen am"), consentRows, null,
                    "Noch keine Einwilligung erfasst."));
            if (!withdrawals.isEmpty()) {
                consentParts.add(new Part.Actions(withdrawals));
            }
            if (writer) {
                consentParts.add(new Part.Form(self, Part.Method.POST, List.of(
                        hidden("step", STEP_CONSENT),
                        new Part.Input("scopes", "Umfang", InputType.CHECKBOX, null, options(ConsentScope.values(), ConsentScope::label), true, null),
                        new Part.Input("givenOn", "Erteilt am", InputType.DATE, null, null, false, "Leer: heute")),
                        "Einwilligung erfassen", null));
            }
            parts.add(new Part.Section("Einwilligung", consentParts));

            // assignment
            List<List<Value>> assignmentRows = new ArrayList<>();
            for (Assignment a : d.assignments()) {
                assignmentRows.add(Arrays.asList(Value.text(staff.getOrDefault(a.staffId(), a.staffId())), Value.date(a.from()), dateOrDash(a.to())));
            }
            List<Part> assignParts = new ArrayList<>();
            assignParts.add(new Part.Table("Bisherige und aktuelle Zuordnung", List.of("Fachkraft", "Von", "Bis"), assignmentRows, null, "Noch niemand zugeordnet."));
            if (coordinator && !f.closed()) {
                Map<String, String> choices = new LinkedHashMap<>();
                for (Staff s : service.staffList(r.caller(), t)) {
                    if (s.kind() != StaffKind.COORDINATION && s.activeOn(r.today())) {
                        choices.put(s.id(), s.name() + " (" + s.kind().label() + ")");
                    }
                }
                assignParts.add(new Part.Form(self, Part.Method.POST, List.of(
                        hidden("step", STEP_ASSIGN),
                        new Part.Input("staffId", "Fachkraft", InputType.SELECT, null, choices, true, null),
                        new Part.Input("from", "Ab", InputType.DATE, null, null, false, "Leer: heute")),
                        "Zuordnen", null));
            }
            parts.add(new Part.Section("Zuordnung", assignParts));

            // the other parts (contacts, assessments)
            parts.addAll(extra.parts(r, t, f));

            if (writer && !f.closed()) {
                parts.add(new Part.Section("Begleitung abschließen", List.of(new Part.Form(self, Part.Method.POST, List.of(
                        hidden("step", STEP_CLOSE),
                        new Part.Input("reason", "Grund", InputType.SELECT, null, options(ClosingReason.values(), ClosingReason::label), true, null),
                        new Part.Input("closedOn", "Abgeschlossen am", InputType.DATE, null, null, false, "Leer: heute")),
                        "Abschließen", null))));
            }
            return new View.Screen("Familie " + f.pseudonym(), parts, new Part.Link("Zurück zu den Familien", LIST, null));
        }

        @Override
        @Roles({COORDINATOR, PROFESSIONAL})
        public View submit(UiRequest r) {
            String t = tenant(r);
            String id = r.pathParam("id");
            String self = "familien/" + id;
            String step = r.require("step");
            switch (step) {
                case STEP_CONSENT -> {
                    service.addConsent(r.caller(), t, id, new ConsentInput(date(r, "givenOn"), r.params("scopes")));
                    return View.redirect(self, "Die Einwilligung ist erfasst.");
                }
                case STEP_WITHDRAW -> {
                    service.withdrawConsent(r.caller(), t, id, r.require("consentId"), date(r, "withdrawnOn"));
                    return View.redirect(self, "Der Widerruf ist erfasst.");
                }
                case STEP_ASSIGN -> {
                    service.assign(r.caller(), t, id, new AssignmentInput(r.param("staffId").orElse(null), date(r, "from")));
                    return View.redirect(self, "Die Zuordnung ist gespeichert.");
                }
                case STEP_CLOSE -> {
                    service.close(r.caller(), t, id, new ClosingInput(date(r, "closedOn"), r.param("reason").orElse(null)));
                    return View.redirect(self, "Die Begleitung ist abgeschlossen.");
                }
                case STEP_IDENTITY -> {
                    service.putIdentity(r.caller(), t, id, identityFrom(r));
                    return View.redirect(self + "?identitaet=ja", "Die Identität ist gespeichert.");
                }
                default -> throw IkzException.invalid("step", "unbekannter Schritt: " + step);
            }
        }
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }

    // ------------------------------------------------------------------ staff

    /** {@code fachkraefte}: the staff list; the coordinator adds a staff member. */
    final class StaffPage implements UiPage {
        @Override
        public String path() {
            return STAFF;
        }

        @Override
        @Roles({COORDINATOR, PROFESSIONAL, AUDITOR})
        public View view(UiRequest r) {
            String t = tenant(r);
            boolean coordinator = coordinator(r.caller());
            List<List<Value>> rows = new ArrayList<>();
            BigDecimal hours = BigDecimal.ZERO;
            for (Staff s : service.staffList(r.caller(), t)) {
                rows.add(Arrays.asList(coordinator ? Value.link(s.name(), "fachkraefte/" + s.id()) : Value.text(s.name()),
                        Value.text(s.kind().label()), Value.number(s.hoursPerWeek(), 2),
                        s.nzfhOn().<Value>map(Value::date).orElse(Value.text(s.nzfhCompleted() ? "ja" : "nein")),
                        Value.date(s.activeFrom()), dateOrDash(s.activeTo())));
                if (s.activeOn(r.today())) {
                    hours = hours.add(s.hoursPerWeek());
                }
            }
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Table("Fachkräfte", List.of("Name", "Tätigkeit", "Wochenstunden", "NZFH-Kompetenzprofil", "Tätig ab", "Tätig bis"),
                    rows, null, "Noch keine Fachkräfte erfasst."));
            parts.add(new Part.Facts(List.of(new Part.Fact("Wochenstunden der heute Tätigen", Value.number(hours, 2)))));
            if (coordinator) {
                parts.add(new Part.Section("Fachkraft anlegen", List.of(staffForm(STAFF, null, "Fachkraft anlegen"))));
            }
            return new View.Screen("Fachkräfte", parts);
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            Staff s = service.createStaff(r.caller(), tenant(r), staffFrom(r));
            return View.redirect(STAFF, s.name() + " ist angelegt.");
        }
    }

    /** {@code fachkraefte/{id}}: the coordinator changes a staff record. */
    final class StaffRecordPage implements UiPage {
        @Override
        public String path() {
            return STAFF_ONE;
        }

        @Override
        @Roles(COORDINATOR)
        public View view(UiRequest r) {
            Staff s = service.staffMember(r.caller(), tenant(r), r.pathParam("id"));
            return new View.Screen("Fachkraft " + s.name(), List.of(staffForm("fachkraefte/" + s.id(), s, "Speichern")),
                    new Part.Link("Zurück zu den Fachkräften", STAFF, null));
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            Staff s = service.updateStaff(r.caller(), tenant(r), r.pathParam("id"), staffFrom(r));
            return View.redirect(STAFF, "Die Angaben zu " + s.name() + " sind gespeichert.");
        }
    }

    static Part.Form staffForm(String action, Staff s, String submit) {
        return new Part.Form(action, Part.Method.POST, List.of(
                new Part.Input("kind", "Tätigkeit", InputType.SELECT, s == null ? null : s.kind().name(),
                        options(StaffKind.values(), StaffKind::label), true, null),
                new Part.Input("name", "Name (dienstlich)", InputType.TEXT, s == null ? null : s.name(), null, true, null),
                new Part.Input("hoursPerWeek", "Wochenstunden laut Vertrag", InputType.DECIMAL,
                        s == null ? null : s.hoursPerWeek().toPlainString(), null, true, "z. B. 19,5"),
                new Part.Input("nzfhOn", "NZFH-Kompetenzprofil abgeschlossen am", InputType.DATE,
                        s == null ? null : s.nzfhOn().map(LocalDate::toString).orElse(null), null, false, "Leer: noch nicht abgeschlossen"),
                new Part.Input("activeFrom", "Tätig ab", InputType.DATE, s == null ? null : s.activeFrom().toString(), null, false, "Leer: heute"),
                new Part.Input("activeTo", "Tätig bis", InputType.DATE, s == null ? null : s.activeTo().map(LocalDate::toString).orElse(null),
                        null, false, null),
                new Part.Input("username", "Anmeldename (verknüpft das Benutzerkonto)", InputType.TEXT,
                        s == null ? null : s.username().orElse(null), null, false, "Nur bei Familienhebammen und FGKiKP nötig")),
                submit, null);
    }

    static StaffInput staffFrom(UiRequest r) {
        LocalDate nzfh = date(r, "nzfhOn");
        return new StaffInput(r.param("kind").orElse(null), r.param("name").orElse(null), nzfh != null, nzfh,
                r.param("hoursPerWeek").orElse(null), date(r, "activeFrom"), date(r, "activeTo"), r.param("username").orElse(null));
    }
}
