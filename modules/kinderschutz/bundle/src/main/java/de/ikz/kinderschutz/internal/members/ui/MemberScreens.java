package de.ikz.kinderschutz.internal.members.ui;

import static de.ikz.kinderschutz.internal.ModuleDefinition.AUDITOR;
import static de.ikz.kinderschutz.internal.ModuleDefinition.COORDINATOR;
import static de.ikz.kinderschutz.internal.ModuleDefinition.MEMBER_CONTACT;
import static de.ikz.kinderschutz.internal.ModuleDefinition.TRAINER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Part.InputType;
import de.ikz.api.ui.UiContribution.NavEntry;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.kinderschutz.internal.NetworkRoles;
import de.ikz.kinderschutz.internal.members.Field;
import de.ikz.kinderschutz.internal.members.Institution;
import de.ikz.kinderschutz.internal.members.MembersService;
import de.ikz.kinderschutz.internal.members.MembersService.InstitutionDetails;
import de.ikz.kinderschutz.internal.members.MembersService.InstitutionInput;
import de.ikz.kinderschutz.internal.members.MembersService.PersonInput;
import de.ikz.kinderschutz.internal.members.Person;
import de.ikz.kinderschutz.internal.ui.Pages;
import de.ikz.kit.ui.ScreenSet;

/**
 * Members: institutions by field ({@code mitglieder}) with a form for a new one, the institution page
 * ({@code mitglieder/{id}}) with its people, and the specialists ({@code fachkraefte}).
 */
public final class MemberScreens implements ScreenSet {

    static final String LIST = "mitglieder";
    static final String SPECIALISTS = "fachkraefte";

    private final MembersService service;

    public MemberScreens(MembersService service) {
        this.service = service;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new ListPage(), new InstitutionPage(), new SpecialistsPage());
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Mitglieder", LIST), new NavEntry("Insoweit erfahrene Fachkräfte", SPECIALISTS));
    }

    static Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            m.put(f.name(), f.label());
        }
        return m;
    }

    final class ListPage implements UiPage {
        @Override
        public String path() {
            return LIST;
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT, TRAINER, AUDITOR})
        public View view(UiRequest r) {
            String t = Pages.tenant(r);
            List<Part> parts = new ArrayList<>();
            List<Institution> all = service.list(r.caller(), t);
            for (Field f : Field.values()) {
                List<List<Value>> rows = new ArrayList<>();
                for (Institution i : all) {
                    if (i.field() == f) {
                        rows.add(List.of(Value.link(i.name(), LIST + "/" + i.id()), Value.date(i.joined()),
                                i.left().<Value>map(Value::date).orElse(Value.badge("Mitglied", Value.Tone.SUCCESS))));
                    }
                }
                if (!rows.isEmpty()) {
                    parts.add(new Part.Table(f.label(), List.of("Einrichtung", "Beigetreten", "Ausgetreten"), rows, null, ""));
                }
            }
            if (all.isEmpty()) {
                parts.add(new Part.Paragraph("Noch keine Mitgliedseinrichtungen erfasst."));
            }
            if (NetworkRoles.coordinator(r.caller())) {
                parts.add(new Part.Section("Einrichtung aufnehmen", List.of(new Part.Form(LIST, Part.Method.POST, List.of(
                        Part.Input.text("name", "Name", r.param("name").orElse(null), true),
                        new Part.Input("field", "Bereich", InputType.SELECT, r.param("field").orElse(null), fields(), true, null),
                        Part.Input.text("address", "Anschrift (dienstlich)", r.param("address").orElse(null), false),
                        new Part.Input("phone", "Telefon (dienstlich)", InputType.TEL, r.param("phone").orElse(null), null, false, null),
                        new Part.Input("email", "E-Mail (dienstlich)", InputType.EMAIL, r.param("email").orElse(null), null, false, null),
                        new Part.Input("joinedOn", "Beigetreten am", InputType.DATE, r.param("joinedOn").orElse(null), null, false, null)),
                        "Aufnehmen", null))));
            }
            return new View.Screen("Mitglieder des Netzwerks", parts);
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            Institution i = service.create(r.caller(), Pages.tenant(r), new InstitutionInput(r.param("name").orElse(null),
                    r.param("field").orElse(null), null, r.param("address").orElse(null), r.param("phone").orElse(null),
                    r.param("email").orElse(null), date(r, "joinedOn"), null));
            return new View.Redirect(LIST + "/" + i.id(), i.name() + " ist aufgenommen.");
        }
    }

    static LocalDate date(UiRequest r, String field) {
        return r.param(field).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (java.time.format.DateTimeParseException e) {
                throw de.ikz.api.error.IkzException.invalid(field, "ein Datum angeben");
            }
        }).orElse(null);
    }

    final class InstitutionPage implements UiPage {
        @Override
        public String path() {
            return LIST + "/{id}";
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT, TRAINER, AUDITOR})
        public View view(UiRequest r) {
            String t = Pages.tenant(r);
            InstitutionDetails d = service.get(r.caller(), t, r.pathParam("id"));
            Institution i = d.institution();
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Facts(List.of(new Part.Fact("Bereich", Value.text(i.field().label())),
                    new Part.Fact("Anschrift", Value.text(d.address() == null ? "–" : d.address())),
                    new Part.Fact("Telefon", Value.text(d.phone() == null ? "–" : d.phone())),
                    new Part.Fact("E-Mail", Value.text(d.email() == null ? "–" : d.email())),
                    new Part.Fact("Beigetreten", Value.date(i.joined())))));
            List<List<Value>> rows = new ArrayList<>();
            for (Person p : service.people(r.caller(), t, i.id())) {
                rows.add(List.of(Value.text(p.name()), Value.text(p.functionTitle() == null ? "–" : p.functionTitle()),
                        Value.text(p.workEmail() == null ? "–" : p.workEmail()), Value.text(p.workPhone() == null ? "–" : p.workPhone()),
                        Value.text((p.specialist() ? "insoweit erfahrene Fachkraft " : "") + (p.secrecyContact() ? "Ansprechperson § 4 KKG" : "")),
                        p.until().<Value>map(Value::date).orElse(Value.text("–"))));
            }
            parts.add(new Part.Table("Personen in ihrer Rolle (dienstliche Kontakte)", List.of("Name", "Funktion", "E-Mail", "Telefon",
                    "Besondere Rolle", "Bis"), rows, null, "Noch keine Personen erfasst."));
            boolean own = NetworkRoles.memberContact(r.caller()) && service.institutionOf(r.caller()).map(i.id()::equals).orElse(false);
            if (NetworkRoles.coordinator(r.caller()) || own) {
                List<Part.Input> inputs = new ArrayList<>(List.of(
                        Part.Input.text("name", "Name", null, true),
                        Part.Input.text("functionTitle", "Funktion", null, false),
                        new Part.Input("workEmail", "Dienstliche E-Mail", InputType.EMAIL, null, null, false, null),
                        new Part.Input("workPhone", "Dienstliches Telefon", InputType.TEL, null, null, false, null)));
                if (NetworkRoles.coordinator(r.caller())) {
                    inputs.add(new Part.Input("specialist", "Insoweit erfahrene Fachkraft (§ 8a SGB VIII)", InputType.CHECKBOX, null, null,
                            false, null));
                    inputs.add(new Part.Input("secrecyContact", "Ansprechperson für Berufsgeheimnisträger (§ 4 KKG)", InputType.CHECKBOX,
                            null, null, false, "Nur bei einem Jugendamt; ersetzt die bisherige Ansprechperson."));
                    inputs.add(Part.Input.text("username", "Anmeldename (Kontaktperson der Einrichtung)", null, false));
                }
                parts.add(new Part.Section("Person hinzufügen", List.of(new Part.Paragraph("Nur dienstliche Kontaktdaten."),
                        new Part.Form(LIST + "/" + i.id(), Part.Method.POST, inputs, "Hinzufügen", null))));
            }
            return new View.Screen(i.name(), parts, new Part.Link("Zurück zu den Mitgliedern", LIST, null));
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT})
        public View submit(UiRequest r) {
            String id = r.pathParam("id");
            Person p = service.addPerson(r.caller(), Pages.tenant(r), id, new PersonInput(r.param("name").orElse(null),
                    r.param("functionTitle").orElse(null), r.param("workPhone").orElse(null), r.param("workEmail").orElse(null),
                    r.param("username").orElse(null), r.param("specialist").isPresent(), null, r.param("secrecyContact").isPresent(), null,
                    null));
            return new View.Redirect(LIST + "/" + id, p.name() + " ist hinzugefügt.");
        }
    }

    final class SpecialistsPage implements UiPage {
        @Override
        public String path() {
            return SPECIALISTS;
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT, TRAINER, AUDITOR})
        public View view(UiRequest r) {
            String t = Pages.tenant(r);
            Map<String, String> names = new LinkedHashMap<>();
            service.institutions(t).forEach(i -> names.put(i.id(), i.name()));
            List<List<Value>> rows = new ArrayList<>();
            for (Person p : service.specialists(r.caller(), t)) {
                rows.add(List.of(Value.text(p.name()), Value.text(names.getOrDefault(p.institutionId(), p.institutionId())),
                        Value.text(p.specialist() ? "insoweit erfahrene Fachkraft" : "Ansprechperson für Berufsgeheimnisträger"),
                        Value.text(p.workPhone() == null ? "–" : p.workPhone()), Value.text(p.workEmail() == null ? "–" : p.workEmail())));
            }
            return new View.Screen("Insoweit erfahrene Fachkräfte", List.of(new Part.Paragraph("Beratung bei der Einschätzung einer "
                    + "Kindeswohlgefährdung nach § 8a und § 8b SGB VIII und § 4 KKG: wenden Sie sich an eine der Fachkräfte."),
                    new Part.Table("Fachkräfte und Ansprechpersonen", List.of("Name", "Einrichtung", "Rolle", "Telefon", "E-Mail"), rows, null,
                            "Noch keine Fachkräfte benannt.")));
        }
    }
}
