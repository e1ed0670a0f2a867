package de.ikz.vormundschaft.internal.ui;

import static de.ikz.vormundschaft.internal.ui.CaseUiPages.AUDITOR;
import static de.ikz.vormundschaft.internal.ui.CaseUiPages.COORDINATOR;
import static de.ikz.vormundschaft.internal.ui.CaseUiPages.PARTNER_STAFF;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Part.Input;
import de.ikz.api.ui.Part.InputType;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.Value.Tone;
import de.ikz.api.ui.View;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;
import de.ikz.vormundschaft.internal.service.Cases.Child;
import de.ikz.vormundschaft.internal.service.Cases.ChildIdentity;
import de.ikz.vormundschaft.internal.service.Cases.ChildInput;
import de.ikz.vormundschaft.internal.service.Cases.Proposal;

/**
 * Children in need of a volunteer guardian, by pseudonym. Coordinators and auditors see every
 * office's children pseudonymised; partner staff see only their own office's children, with the
 * identity, and propose new ones. Which child a caller sees, and whether with identity, is the
 * service's decision: a child of another office is "not found" (404), as over REST.
 */
final class ChildPages {

    private final CaseUiPages ui;

    ChildPages(CaseUiPages ui) {
        this.ui = ui;
    }

    List<UiPage> pages() {
        return List.of(new ChildList(ui), new ChildPage(ui));
    }

    /** {@code children}: the list; partner staff propose a child here (POST). */
    static final class ChildList implements UiPage {

        private final CaseUiPages ui;

        ChildList(CaseUiPages ui) {
            this.ui = ui;
        }

        @Override
        public String path() {
            return "children";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF})
        public View view(UiRequest r) {
            List<Child> children = ui.cases.children(r.caller(), CaseUiPages.tenant(r));
            boolean identities = children.stream().anyMatch(c -> c.identity() != null)
                    || CaseUiPages.may(r.caller(), false, PARTNER_STAFF) && !CaseUiPages.officeReader(r.caller());
            List<String> columns = new ArrayList<>(List.of("Pseudonym"));
            if (identities) {
                columns.add("Name");
            }
            columns.addAll(List.of("Jugendamt", "Altersgruppe", "Sprachen", "Gemeinde", "Unbegleitet minderjährig",
                    "Unterbringung", "Stand", "Angelegt am"));
            Map<String, String> offices = ui.officeNames(r);
            List<List<Value>> rows = new ArrayList<>();
            for (Child c : children) {
                List<Value> row = new ArrayList<>();
                row.add(Value.link(c.id(), "children/" + c.id()));
                if (identities) {
                    row.add(c.identity() == null ? null : Value.text(c.identity().givenName() + " " + c.identity().familyName()));
                }
                row.addAll(Arrays.asList(Value.text(CaseUiPages.office(offices, c.office())), Value.text(CaseUiPages.label(CaseUiPages.AGE_BANDS, c.ageBand())),
                        Value.text(CaseUiPages.joined(c.languages())), Value.text(c.municipality()),
                        Value.text(CaseUiPages.yesNo(c.unaccompaniedMinor())),
                        Value.text(CaseUiPages.label(CaseUiPages.PLACEMENTS, c.placement())), CaseUiPages.status(c.status()),
                        CaseUiPages.date(c.createdOn())));
                rows.add(row);
            }
            List<Part> parts = new ArrayList<>();
            parts.add(Part.paragraph(identities
                    ? "Die Kinder Ihres Jugendamts. Name und Geburtsdatum sehen nur Sie und Ihre Kolleginnen und Kollegen im Jugendamt;"
                    + " die Koordination sieht nur das Pseudonym."
                    : "Kinder, für die ein ehrenamtlicher Vormund gesucht wird oder bestellt ist, nur mit Pseudonym."));
            parts.add(new Part.Table("Kinder", columns, rows, null, "Es sind keine Kinder erfasst."));
            if (CaseUiPages.may(r.caller(), true, PARTNER_STAFF)) {
                parts.add(Part.section("Kind vorschlagen", Part.paragraph(
                        "Das Profil erhält ein Pseudonym. Die Identität bleibt bei Ihrem Jugendamt."), form()));
            }
            return new View.Screen("Kinder", parts);
        }

        private static Part.Form form() {
            return new Part.Form("children", Part.Method.POST, List.of(
                    new Input("ageBand", "Altersgruppe", InputType.SELECT, null, CaseUiPages.AGE_BANDS, true, null),
                    new Input("needs", "Bedarf", InputType.TEXTAREA, null, null, false,
                            "Was das Kind braucht, ohne Namen (höchstens 1000 Zeichen)"),
                    new Input("languages", "Sprachen", InputType.TEXT, null, null, false,
                            "Sprachcodes, durch Komma getrennt, z. B. de, ar"),
                    new Input("municipality", "Gemeinde (Gemeindeschlüssel)", InputType.TEXT, null, null, true,
                            "8 Ziffern, z. B. 05334004"),
                    new Input("unaccompaniedMinor", "Unbegleitet minderjährig", InputType.CHECKBOX, null, null, false, null),
                    new Input("placement", "Unterbringung", InputType.SELECT, null, CaseUiPages.PLACEMENTS, true, null),
                    new Input("identity.givenName", "Vorname", InputType.TEXT, null, null, true, null),
                    new Input("identity.familyName", "Familienname", InputType.TEXT, null, null, true, null),
                    new Input("identity.birthDate", "Geburtsdatum", InputType.DATE, null, null, false, null)),
                    "Kind vorschlagen", null);
        }

        @Override
        @Roles(PARTNER_STAFF)
        public View submit(UiRequest r) {
            ChildInput in = new ChildInput(CaseUiPages.text(r, "ageBand"), CaseUiPages.text(r, "needs"),
                    CaseUiPages.list(r, "languages"), CaseUiPages.text(r, "municipality"),
                    r.param("unaccompaniedMinor").map(v -> !"false".equalsIgnoreCase(v)).orElse(false),
                    CaseUiPages.text(r, "placement"),
                    new ChildIdentity(CaseUiPages.text(r, "identity.givenName"), CaseUiPages.text(r, "identity.familyName"),
                            CaseUiPages.date(r, "identity.birthDate")));
            Child c = ui.cases.createChild(r.caller(), CaseUiPages.tenant(r), in);
            return View.redirect("children/" + c.id(), "Das Kind ist unter dem Pseudonym " + c.id() + " erfasst.");
        }
    }

    /** {@code children/{id}}: the profile, the identity for the owning office, the case steps, the appointments. */
    static final class ChildPage implements UiPage {

        private final CaseUiPages ui;

        ChildPage(CaseUiPages ui) {
            this.ui = ui;
        }

        @Override
        public String path() {
            return "children/{id}";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF})
        public View view(UiRequest r) {
            String t = CaseUiPages.tenant(r);
            Child c = ui.cases.child(r.caller(), t, r.pathParam("id"));
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Facts(List.of(
                    new Part.Fact("Pseudonym", Value.text(c.id())),
                    new Part.Fact("Stand", CaseUiPages.status(c.status())),
                    new Part.Fact("Jugendamt", Value.text(CaseUiPages.office(ui.officeNames(r), c.office()))),
                    new Part.Fact("Altersgruppe", Value.text(CaseUiPages.label(CaseUiPages.AGE_BANDS, c.ageBand()))),
                    new Part.Fact("Bedarf", Value.text(c.needs() == null ? "–" : c.needs())),
                    new Part.Fact("Sprachen", Value.text(CaseUiPages.joined(c.languages()))),
                    new Part.Fact("Gemeinde", Value.text(c.municipality())),
                    new Part.Fact("Unbegleitet minderjährig", Value.text(CaseUiPages.yesNo(c.unaccompaniedMinor()))),
                    new Part.Fact("Unterbringung", Value.text(CaseUiPages.label(CaseUiPages.PLACEMENTS, c.placement()))),
                    new Part.Fact("Angelegt am", CaseUiPages.date(c.createdOn())))));
            if (c.identity() != null) {
                parts.add(Part.section("Identität",
                        Part.notice(Tone.INFO, "Nur für Ihr Jugendamt sichtbar. Jeder Abruf wird protokolliert."),
                        new Part.Facts(List.of(
                                new Part.Fact("Vorname", Value.text(c.identity().givenName())),
                                new Part.Fact("Familienname", Value.text(c.identity().familyName())),
                                new Part.Fact("Geburtsdatum", c.identity().birthDate() == null ? Value.text("nicht angegeben")
                                        : Value.date(c.identity().birthDate()))))));
            }
            Map<String, String> names = ui.volunteerNames(r);
            List<Proposal> steps = ui.cases.proposals(r.caller(), t, c.id());
            parts.add(MatchingPages.stepsTable(steps, names));
            List<List<Value>> rows = new ArrayList<>();
            for (Appointment a : ui.appointments.appointments(r.caller(), t, null)) {
                if (a.childId().equals(c.id())) {
                    rows.add(Arrays.asList(Value.link(a.id(), "appointments/" + a.id()), CaseUiPages.volunteer(names, a.volunteerId()),
                            Value.text(CaseUiPages.label(CaseUiPages.KINDS_SHORT, a.kind())), Value.text(a.court()),
                            Value.text(a.fileNumber()), CaseUiPages.date(a.appointedOn()), CaseUiPages.date(a.endedOn())));
                }
            }
            parts.add(new Part.Table("Bestellungen",
                    List.of("Bestellung", "Ehrenamtliche/r", "Art", "Familiengericht", "Aktenzeichen", "Bestellt am", "Beendet am"),
                    rows, null, "Für dieses Kind ist noch niemand bestellt."));
            if (CaseUiPages.officeReader(r.caller())) {
                parts.add(new Part.Actions(List.of(new Part.Action("Vermittlung und Vorschlag an das Familiengericht",
                        "children/" + c.id() + "/matching", Part.Method.GET, null, true, null))));
            }
            return new View.Screen("Kind " + c.id(), parts, new Part.Link("Zurück zu den Kindern", "children", null));
        }
    }
}
