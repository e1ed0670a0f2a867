package de.ikz.vormundschaft.internal.ui;

import static de.ikz.vormundschaft.internal.ui.CaseUiPages.AUDITOR;
import static de.ikz.vormundschaft.internal.ui.CaseUiPages.COORDINATOR;
import static de.ikz.vormundschaft.internal.ui.CaseUiPages.PARTNER_STAFF;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Part.Input;
import de.ikz.api.ui.Part.InputType;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.Value.Tone;
import de.ikz.api.ui.View;
import de.ikz.kit.input.Fields;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Appointments.AllowanceClaim;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;
import de.ikz.vormundschaft.internal.service.Appointments.ContactInput;
import de.ikz.vormundschaft.internal.service.Appointments.EveningInput;
import de.ikz.vormundschaft.internal.service.Appointments.GroupEvening;
import de.ikz.vormundschaft.internal.service.Appointments.VolunteerContact;

/**
 * Appointments and the accompaniment of the appointed volunteers: the appointment with its yearly
 * reports to the court, its end and the expense allowance; contacts with follow-ups; group
 * evenings; allowance claims. Lists and record forms; roles as the REST resources have them
 * (appointments also for partner staff, their office's only — the service's rule; the rest for
 * coordinators and auditors; only coordinators record).
 */
final class CasePages {

    static final String REPORT = "report";
    static final String ALLOWANCE = "allowance";
    static final String END = "end";

    /** Stages a volunteer may go to when an appointment ends, as REST accepts them. */
    static final Map<String, String> AFTER_END = CaseUiPages.ordered(
            "POOL", "Zurück in den Pool",
            "RESTING", "Ruhend",
            "LEFT", "Ausgeschieden");

    private final CaseUiPages ui;

    CasePages(CaseUiPages ui) {
        this.ui = ui;
    }

    List<UiPage> pages() {
        return List.of(new AppointmentList(ui), new AppointmentPage(ui), new Contacts(ui), new Evenings(ui), new Claims(ui));
    }

    private static Input hidden(String step) {
        return new Input("step", "Schritt", InputType.HIDDEN, step, null, true, null);
    }

    /** Appointments as select options (id → "A-… · K-… · court file number"). */
    private static Map<String, String> appointmentOptions(List<Appointment> list) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Appointment a : list) {
            m.put(a.id(), a.id() + " · Kind " + a.childId() + " · " + a.court() + " " + a.fileNumber());
        }
        return m;
    }

    /** {@code appointments}: the list, {@code ?active=true|false} filters. */
    static final class AppointmentList implements UiPage {

        private final CaseUiPages ui;

        AppointmentList(CaseUiPages ui) {
            this.ui = ui;
        }

        @Override
        public String path() {
            return "appointments";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF})
        public View view(UiRequest r) {
            String active = r.param("active").orElse("");
            Boolean filter = de.ikz.kit.rest.Params.flag("active", active);
            Map<String, String> names = ui.volunteerNames(r);
            Map<String, String> offices = ui.officeNames(r);
            List<List<Value>> rows = new ArrayList<>();
            for (Appointment a : ui.appointments.appointments(r.caller(), CaseUiPages.tenant(r), filter)) {
                rows.add(row(a, names, offices, r));
            }
            Part.Form form = new Part.Form("appointments", Part.Method.GET, List.of(new Input("active", "Anzeigen",
                    InputType.SELECT, active, CaseUiPages.ordered("", "Alle", "true", "Nur laufende", "false", "Nur beendete"),
                    false, null)), "Anzeigen", null);
            return new View.Screen("Bestellungen", List.of(form, new Part.Table("Bestellungen",
                    List.of("Bestellung", "Kind", "Jugendamt", "Ehrenamtliche/r", "Art", "Aktenzeichen",
                            "Bestellt am", "Nächster Bericht", "Stand", "Beendet am"),
                    rows, null, "Keine Bestellungen.")));
        }

        private static List<Value> row(Appointment a, Map<String, String> names, Map<String, String> offices, UiRequest r) {
            boolean running = a.endedOn() == null && a.nextReportDue() != null;
            Value next = running ? Value.date(a.nextReportDue()) : null;
            Value state = a.endedOn() != null ? Value.badge("beendet", Tone.INFO)
                    : running && a.nextReportDue().isBefore(r.today()) ? Value.badge("Bericht überfällig", Tone.ERROR)
                    : Value.badge("läuft", Tone.SUCCESS);
            return Arrays.asList(Value.link(a.id(), "appointments/" + a.id()), Value.link(a.childId(), "children/" + a.childId()),
                    Value.text(CaseUiPages.office(offices, a.office())), CaseUiPages.volunteer(names, a.volunteerId()),
                    Value.text(CaseUiPages.label(CaseUiPages.KINDS_SHORT, a.kind())), Value.text(a.fileNumber()),
                    CaseUiPages.date(a.appointedOn()), next, state, CaseUiPages.date(a.endedOn()));
        }
    }

    /** {@code appointments/{id}}: facts, reports, claims; POST step = report, allowance or end. */
    static final class AppointmentPage implements UiPage {

        private final CaseUiPages ui;

        AppointmentPage(CaseUiPages ui) {
            this.ui = ui;
        }

        @Override
        public String path() {
            return "appointments/{id}";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF})
        public View view(UiRequest r) {
            String t = CaseUiPages.tenant(r);
            Appointment a = ui.appointments.appointment(r.caller(), t, r.pathParam("id"));
            Map<String, String> names = ui.volunteerNames(r);
            String self = "appointments/" + a.id();
            List<Part.Fact> facts = new ArrayList<>(List.of(
                    new Part.Fact("Kind", Value.link(a.childId(), "children/" + a.childId())),
                    new Part.Fact("Jugendamt", Value.text(CaseUiPages.office(ui.officeNames(r), a.office()))),
                    new Part.Fact("Ehrenamtliche/r", CaseUiPages.volunteer(names, a.volunteerId())),
                    new Part.Fact("Art", Value.text(CaseUiPages.label(CaseUiPages.KINDS, a.kind()))),
                    new Part.Fact("Bereiche", Value.text(a.areas() == null || a.areas().isEmpty() ? "alle"
                            : CaseUiPages.labels(CaseUiPages.AREAS, a.areas()))),
                    new Part.Fact("Familiengericht", Value.text(a.court())),
                    new Part.Fact("Aktenzeichen", Value.text(a.fileNumber())),
                    new Part.Fact("Bestellt am", CaseUiPages.date(a.appointedOn()))));
            if (a.additionalPfleger() != null) {
                facts.add(new Part.Fact("Zusätzliche Pflegschaft", Value.text(a.additionalPfleger() + " ("
                        + CaseUiPages.labels(CaseUiPages.AREAS, a.additionalPflegerAreas()) + ")")));
            }
            facts.add(new Part.Fact("Berichte an das Gericht erhalten für",
                    Value.text(a.reportsReceived() == null || a.reportsReceived().isEmpty() ? "–"
                            : String.join(", ", a.reportsReceived().stream().map(String::valueOf).toList()))));
            if (a.endedOn() == null) {
                facts.add(new Part.Fact("Nächster Bericht fällig", CaseUiPages.date(a.nextReportDue())));
            } else {
                facts.add(new Part.Fact("Beendet am", Value.date(a.endedOn())));
                facts.add(new Part.Fact("Grund", Value.text(a.endReason())));
            }
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Facts(facts));
            if (CaseUiPages.officeReader(r.caller())) {
                List<List<Value>> claims = new ArrayList<>();
                for (AllowanceClaim c : ui.appointments.claims(r.caller(), t, a.volunteerId())) {
                    if (c.appointmentId().equals(a.id())) {
                        claims.add(Arrays.asList(Value.text(String.valueOf(c.year())), CaseUiPages.date(c.claimedOn()), Value.money(c.amount()),
                                CaseUiPages.date(c.deadline())));
                    }
                }
                parts.add(new Part.Table("Anträge auf Aufwandspauschale",
                        List.of("Jahr", "Beantragt am", "Betrag", "Frist"), claims, null, "Noch keine Anträge."));
                parts.add(new Part.Links("Begleitung", List.of(
                        new Part.Link("Kontakte mit " + names.getOrDefault(a.volunteerId(), a.volunteerId()),
                                "contacts?volunteer=" + a.volunteerId(), null))));
            }
            if (CaseUiPages.coordinator(r.caller()) && a.endedOn() == null) {
                parts.add(Part.section("Jahresbericht an das Gericht erfassen", new Part.Form(self, Part.Method.POST, List.of(
                        hidden(REPORT),
                        new Input("year", "Berichtsjahr", InputType.NUMBER,
                                String.valueOf(a.nextReportDue() == null ? r.today().getYear()
                                        : Math.min(a.nextReportDue().getYear(), r.today().getYear())), null, true, null),
                        new Input("receivedOn", "Eingegangen am", InputType.DATE, null, null, false, "Leer: heute")),
                        "Bericht erfassen", null)));
                parts.add(Part.section("Aufwandspauschale beantragen", new Part.Form(self, Part.Method.POST, List.of(
                        hidden(ALLOWANCE),
                        new Input("year", "Jahr", InputType.NUMBER,
                                String.valueOf(Math.max(a.appointedOn().getYear(), r.today().getYear() - 1)), null, true,
                                "Der Anspruch erlischt am 30. Juni des Folgejahres."),
                        new Input("claimedOn", "Beantragt am", InputType.DATE, null, null, false, "Leer: heute")),
                        "Pauschale beantragen", null)));
                parts.add(Part.section("Bestellung beenden", new Part.Form(self, Part.Method.POST, List.of(
                        hidden(END),
                        new Input("on", "Beendet am", InputType.DATE, null, null, false, "Leer: heute"),
                        new Input("reason", "Grund", InputType.TEXT, null, null, true, "z. B. Volljährigkeit, Aufhebung, Wechsel"),
                        new Input("next", "Die ehrenamtliche Person geht danach", InputType.SELECT, "POOL", AFTER_END, false,
                                "Gilt, wenn sie keine andere laufende Bestellung hat.")),
                        "Bestellung beenden", null)));
            }
            return new View.Screen("Bestellung " + a.id(), parts, new Part.Link("Zurück zu den Bestellungen", "appointments", null));
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            String t = CaseUiPages.tenant(r);
            String id = r.pathParam("id");
            String self = "appointments/" + id;
            String step = r.require("step");
            switch (step) {
                case REPORT -> {
                    ui.appointments.recordReport(r.caller(), t, id, CaseUiPages.year(r, "year"), CaseUiPages.date(r, "receivedOn"));
                    return View.redirect(self, "Der Jahresbericht ist als eingegangen erfasst.");
                }
                case ALLOWANCE -> {
                    ui.appointments.claimAllowance(r.caller(), t, id, CaseUiPages.year(r, "year"), CaseUiPages.date(r, "claimedOn"));
                    return View.redirect(self, "Die Aufwandspauschale ist beantragt.");
                }
                case END -> {
                    VolunteerStage next = Fields.choice("next", CaseUiPages.text(r, "next"),
                            java.util.EnumSet.of(VolunteerStage.POOL, VolunteerStage.RESTING, VolunteerStage.LEFT));
                    ui.appointments.endAppointment(r.caller(), t, id, CaseUiPages.date(r, "on"), CaseUiPages.text(r, "reason"), next);
                    return View.redirect(self, "Die Bestellung ist beendet.");
                }
                default -> throw IkzException.invalid("step", "unbekannter Schritt: " + step);
            }
        }
    }

    /** {@code contacts}: contacts with volunteers, newest first ({@code ?volunteer=}); coordinators record one. */
    static final class Contacts implements UiPage {

        private final CaseUiPages ui;

        Contacts(CaseUiPages ui) {
            this.ui = ui;
        }

        @Override
        public String path() {
            return "contacts";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR})
        public View view(UiRequest r) {
            String t = CaseUiPages.tenant(r);
            String volunteer = r.param("volunteer").orElse(null);
            Map<String, String> names = ui.volunteerNames(r);
            List<List<Value>> rows = new ArrayList<>();
            for (VolunteerContact c : ui.appointments.contacts(r.caller(), t, volunteer)) {
                rows.add(Arrays.asList(CaseUiPages.date(c.date()), CaseUiPages.volunteer(names, c.volunteerId()),
                        c.appointmentId() == null ? null : Value.link(c.appointmentId(), "appointments/" + c.appointmentId()),
                        Value.count(c.minutes()), Value.text(CaseUiPages.label(CaseUiPages.MEDIA, c.medium())),
                        Value.text(c.topic()), c.followUp() == null ? null : Value.text(c.followUp()),
                        CaseUiPages.date(c.followUpDue())));
            }
            Map<String, String> volunteerOptions = CaseUiPages.withEmpty("Alle", names);
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Form("contacts", Part.Method.GET, List.of(new Input("volunteer", "Ehrenamtliche/r",
                    InputType.SELECT, volunteer, volunteerOptions, false, null)), "Anzeigen", null));
            parts.add(new Part.Table("Kontakte", List.of("Datum", "Ehrenamtliche/r", "Bestellung", "Dauer (Minuten)", "Art",
                    "Thema", "Nachverfolgung", "Nachverfolgung fällig"), rows, null, "Keine Kontakte erfasst."));
            if (CaseUiPages.coordinator(r.caller())) {
                List<Appointment> active = ui.appointments.appointments(r.caller(), t, Boolean.TRUE);
                parts.add(Part.section("Kontakt erfassen", new Part.Form("contacts", Part.Method.POST, List.of(
                        new Input("volunteerId", "Ehrenamtliche/r", InputType.SELECT, volunteer, names, true, null),
                        new Input("appointmentId", "Bestellung", InputType.SELECT, null,
                                CaseUiPages.withEmpty("Keine bestimmte", appointmentOptions(active)), false, null),
                        new Input("date", "Datum", InputType.DATE, r.today().toString(), null, true, "Nicht in der Zukunft"),
                        new Input("minutes", "Dauer in Minuten", InputType.NUMBER, null, null, true, null),
                        new Input("medium", "Art", InputType.SELECT, "IN_PERSON", CaseUiPages.MEDIA, true, null),
                        Input.text("topic", "Thema", null, true),
                        new Input("followUp", "Nachverfolgung", InputType.TEXTAREA, null, null, false, "Was noch zu tun ist"),
                        new Input("followUpDue", "Nachverfolgung fällig am", InputType.DATE, null, null, false, null)),
                        "Kontakt erfassen", null)));
            }
            return new View.Screen("Kontakte", parts);
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            VolunteerContact c = ui.appointments.addContact(r.caller(), CaseUiPages.tenant(r), new ContactInput(
                    CaseUiPages.text(r, "volunteerId"), CaseUiPages.text(r, "appointmentId"), CaseUiPages.date(r, "date"),
                    CaseUiPages.number(r, "minutes", 24 * 60), CaseUiPages.text(r, "medium"), CaseUiPages.text(r, "topic"),
                    CaseUiPages.text(r, "followUp"), CaseUiPages.date(r, "followUpDue")));
            return View.redirect("contacts?volunteer=" + c.volunteerId(), "Der Kontakt ist erfasst.");
        }
    }

    /** {@code group-evenings}: the evenings with their attendees; coordinators record one. */
    static final class Evenings implements UiPage {

        private final CaseUiPages ui;

        Evenings(CaseUiPages ui) {
            this.ui = ui;
        }

        @Override
        public String path() {
            return "group-evenings";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR})
        public View view(UiRequest r) {
            Map<String, String> names = ui.volunteerNames(r);
            List<List<Value>> rows = new ArrayList<>();
            for (GroupEvening e : ui.appointments.evenings(r.caller(), CaseUiPages.tenant(r))) {
                rows.add(Arrays.asList(CaseUiPages.date(e.date()), Value.text(e.topic()), Value.count(e.attendees().size()),
                        Value.text(String.join(", ", e.attendees().stream().map(id -> names.getOrDefault(id, id)).toList()))));
            }
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Table("Gruppenabende", List.of("Datum", "Thema", "Teilnehmende", "Namen"), rows, null,
                    "Noch keine Gruppenabende erfasst."));
            if (CaseUiPages.coordinator(r.caller())) {
                parts.add(Part.section("Gruppenabend erfassen", new Part.Form("group-evenings", Part.Method.POST, List.of(
                        new Input("date", "Datum", InputType.DATE, r.today().toString(), null, true, null),
                        Input.text("topic", "Thema", null, true),
                        new Input("attendees", "Teilnehmende", InputType.CHECKBOX, null, names, false, null)),
                        "Gruppenabend erfassen", null)));
            }
            return new View.Screen("Gruppenabende", parts);
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            ui.appointments.addEvening(r.caller(), CaseUiPages.tenant(r), new EveningInput(CaseUiPages.date(r, "date"),
                    CaseUiPages.text(r, "topic"), r.params("attendees")));
            return View.redirect("group-evenings", "Der Gruppenabend ist erfasst.");
        }
    }

    /** {@code allowance-claims}: the €425 allowance per guardianship and year; coordinators claim it. */
    static final class Claims implements UiPage {

        private final CaseUiPages ui;

        Claims(CaseUiPages ui) {
            this.ui = ui;
        }

        @Override
        public String path() {
            return "allowance-claims";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR})
        public View view(UiRequest r) {
            String t = CaseUiPages.tenant(r);
            String volunteer = r.param("volunteer").orElse(null);
            Map<String, String> names = ui.volunteerNames(r);
            List<List<Value>> rows = new ArrayList<>();
            for (AllowanceClaim c : ui.appointments.claims(r.caller(), t, volunteer)) {
                rows.add(Arrays.asList(Value.link(c.appointmentId(), "appointments/" + c.appointmentId()),
                        CaseUiPages.volunteer(names, c.volunteerId()), Value.text(String.valueOf(c.year())), CaseUiPages.date(c.claimedOn()),
                        Value.money(c.amount()), CaseUiPages.date(c.deadline())));
            }
            List<Part> parts = new ArrayList<>();
            parts.add(Part.paragraph("Die Aufwandspauschale (§ 1878 BGB) wird je Vormundschaft und Jahr beantragt;"
                    + " der Anspruch erlischt nach dem 30. Juni des Folgejahres."));
            parts.add(new Part.Form("allowance-claims", Part.Method.GET, List.of(new Input("volunteer", "Ehrenamtliche/r",
                    InputType.SELECT, volunteer, CaseUiPages.withEmpty("Alle", names), false, null)), "Anzeigen", null));
            parts.add(new Part.Table("Anträge auf Aufwandspauschale", List.of("Bestellung", "Ehrenamtliche/r", "Jahr",
                    "Beantragt am", "Betrag", "Frist"), rows, null, "Keine Anträge."));
            if (CaseUiPages.coordinator(r.caller())) {
                parts.add(Part.section("Pauschale beantragen", new Part.Form("allowance-claims", Part.Method.POST, List.of(
                        new Input("appointmentId", "Bestellung", InputType.SELECT, null,
                                appointmentOptions(ui.appointments.appointments(r.caller(), t, null)), true, null),
                        new Input("year", "Jahr", InputType.NUMBER, String.valueOf(r.today().getYear() - 1), null, true, null),
                        new Input("claimedOn", "Beantragt am", InputType.DATE, null, null, false, "Leer: heute")),
                        "Pauschale beantragen", null)));
            }
            return new View.Screen("Aufwandspauschalen", parts);
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            String appointment = r.require("appointmentId");
            AllowanceClaim c = ui.appointments.claimAllowance(r.caller(), CaseUiPages.tenant(r), appointment,
                    CaseUiPages.year(r, "year"), CaseUiPages.date(r, "claimedOn"));
            return View.redirect("allowance-claims", "Die Aufwandspauschale " + c.year() + " ist beantragt.");
        }
    }
}
