package de.ikz.kinderschutz.internal.training.ui;

import static de.ikz.kinderschutz.internal.ModuleDefinition.AUDITOR;
import static de.ikz.kinderschutz.internal.ModuleDefinition.COORDINATOR;
import static de.ikz.kinderschutz.internal.ModuleDefinition.MEMBER_CONTACT;
import static de.ikz.kinderschutz.internal.ModuleDefinition.TRAINER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Part.InputType;
import de.ikz.api.ui.UiContribution.NavEntry;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.kinderschutz.internal.NetworkRoles;
import de.ikz.kinderschutz.internal.members.Members;
import de.ikz.kinderschutz.internal.training.Course;
import de.ikz.kinderschutz.internal.training.Registration;
import de.ikz.kinderschutz.internal.training.Registration.State;
import de.ikz.kinderschutz.internal.training.TrainingService;
import de.ikz.kinderschutz.internal.training.TrainingService.AttendanceInput;
import de.ikz.kinderschutz.internal.training.TrainingService.RegistrationInput;
import de.ikz.kinderschutz.internal.ui.Pages;
import de.ikz.kit.text.GermanFormat;
import de.ikz.kit.ui.ScreenSet;

/**
 * Training: the courses ({@code fortbildungen}) and the course page ({@code fortbildungen/{id}}) with
 * registrations, the waiting list, attendance per date and the certificates of attendance.
 */
public final class CourseScreens implements ScreenSet {

    static final String LIST = "fortbildungen";

    private final TrainingService service;
    private final Members members;

    public CourseScreens(TrainingService service, Members members) {
        this.service = service;
        this.members = members;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new ListPage(), new CoursePage(), new CertificatePage());
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Fortbildungen", LIST));
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
            List<List<Value>> rows = new ArrayList<>();
            for (Course c : service.courses(r.caller(), t)) {
                rows.add(List.of(Value.link(c.title(), LIST + "/" + c.id()), Value.date(c.dates().get(0).start().toLocalDate()),
                        Value.count(c.dates().size()), Value.number(c.hours(), 2), Value.count(c.capacity()),
                        Value.text(c.trainerNames() == null ? "–" : c.trainerNames())));
            }
            return new View.Screen("Fortbildungen", List.of(new Part.Table("Fortbildungen für Fachkräfte", List.of("Fortbildung", "Beginn",
                    "Termine", "Stunden", "Plätze", "Kursleitung"), rows, null, "Noch keine Fortbildungen.")));
        }
    }

    final class CoursePage implements UiPage {
        @Override
        public String path() {
            return LIST + "/{id}";
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT, TRAINER, AUDITOR})
        public View view(UiRequest r) {
            String t = Pages.tenant(r);
            Course c = service.course(r.caller(), t, r.pathParam("id"));
            List<Registration> regs = service.registrations(r.caller(), t, c.id());
            Map<String, String> names = new LinkedHashMap<>();
            members.institutions(t).forEach(i -> names.put(i.id(), i.name()));
            List<Part> parts = new ArrayList<>();
            List<List<Value>> dates = new ArrayList<>();
            for (Course.CourseDate d : c.dates()) {
                dates.add(List.of(Value.count(d.pos()), Value.date(d.start().toLocalDate()),
                        Value.text(d.start().toLocalTime() + "–" + d.end().toLocalTime() + " Uhr")));
            }
            parts.add(new Part.Facts(List.of(new Part.Fact("Plätze", Value.count(c.capacity())),
                    new Part.Fact("Umfang", Value.text(GermanFormat.number(c.hours()) + " Stunden")),
                    new Part.Fact("Ort", Value.text(c.place() == null ? "–" : c.place())),
                    new Part.Fact("Kursleitung", Value.text(c.trainerNames() == null ? "–" : c.trainerNames())))));
            parts.add(new Part.Table("Termine", List.of("Nr.", "Datum", "Zeit"), dates, null, ""));
            List<List<Value>> registered = new ArrayList<>();
            List<List<Value>> waiting = new ArrayList<>();
            List<Part.Action> certificates = new ArrayList<>();
            for (Registration g : regs) {
                if (g.state() == State.REGISTERED) {
                    registered.add(List.of(Value.text(g.personName()), Value.text(names.getOrDefault(g.institutionId(), g.institutionId())),
                            Value.text(g.present().size() + " von " + c.dates().size())));
                    if (g.present().size() == c.dates().size() && !NetworkRoles.auditor(r.caller())) {
                        certificates.add(Part.Action.link("Teilnahmebescheinigung " + g.personName(), LIST + "/" + c.id()
                                + "/bescheinigung/" + g.id()));
                    }
                } else if (g.state() == State.WAITING) {
                    waiting.add(List.of(Value.count(g.waitingPosition()), Value.text(g.personName()),
                            Value.text(names.getOrDefault(g.institutionId(), g.institutionId()))));
                }
            }
            parts.add(new Part.Table("Angemeldet (" + registered.size() + " von " + c.capacity() + " Plätzen)", List.of("Name",
                    "Einrichtung", "Anwesend"), registered, null, "Noch niemand angemeldet."));
            parts.add(new Part.Table("Warteliste", List.of("Platz", "Name", "Einrichtung"), waiting, null, "Niemand auf der Warteliste."));
            if (!certificates.isEmpty()) {
                parts.add(new Part.Section("Teilnahmebescheinigungen", List.of(new Part.Actions(certificates))));
            }
            boolean trains = NetworkRoles.trainer(r.caller()) && c.trainers().contains(r.caller().user());
            if (NetworkRoles.coordinator(r.caller()) || trains) {
                Map<String, String> people = new LinkedHashMap<>();
                regs.stream().filter(g -> g.state() == State.REGISTERED).forEach(g -> people.put(g.id(), g.personName()));
                Map<String, String> dateOptions = new LinkedHashMap<>();
                c.dates().stream().filter(d -> !d.start().toLocalDate().isAfter(r.today()))
                        .forEach(d -> dateOptions.put(String.valueOf(d.pos()), d.pos() + ". Termin, " + GermanFormat.date(d.start().toLocalDate())));
                if (!dateOptions.isEmpty() && !people.isEmpty()) {
                    parts.add(new Part.Section("Anwesenheit erfassen", List.of(new Part.Form(LIST + "/" + c.id(), Part.Method.POST, List.of(
                            new Part.Input("action", "Aktion", InputType.HIDDEN, "attendance", null, false, null),
                            new Part.Input("date", "Termin", InputType.SELECT, null, dateOptions, true, null),
                            new Part.Input("present", "Anwesend", InputType.CHECKBOX, null, people, false, null)),
                            "Anwesenheit speichern", null))));
                }
            }
            if (NetworkRoles.coordinator(r.caller()) || NetworkRoles.memberContact(r.caller())) {
                Map<String, String> inst = new LinkedHashMap<>();
                if (NetworkRoles.coordinator(r.caller())) {
                    members.institutions(t).stream().filter(i -> i.left().isEmpty()).forEach(i -> inst.put(i.id(), i.name()));
                } else {
                    members.institutionOf(r.caller()).ifPresent(i -> inst.put(i, names.getOrDefault(i, i)));
                }
                List<Part.Action> cancel = new ArrayList<>();
                regs.stream().filter(g -> g.state() != State.CANCELLED).forEach(g -> cancel.add(new Part.Action("Abmelden: " + g.personName(),
                        LIST + "/" + c.id(), Part.Method.POST, Map.of("action", "cancel", "registration", g.id()), false,
                        "Anmeldung von " + g.personName() + " stornieren?")));
                if (!cancel.isEmpty()) {
                    parts.add(new Part.Section("Abmelden", List.of(new Part.Actions(cancel))));
                }
                parts.add(new Part.Section("Fachkraft anmelden", List.of(new Part.Form(LIST + "/" + c.id(), Part.Method.POST, List.of(
                        new Part.Input("action", "Aktion", InputType.HIDDEN, "register", null, false, null),
                        new Part.Input("institution", "Einrichtung", InputType.SELECT, r.param("institution").orElse(null), inst, true, null),
                        Part.Input.text("personName", "Name (dienstlich)", r.param("personName").orElse(null), true),
                        new Part.Input("workEmail", "Dienstliche E-Mail", InputType.EMAIL, r.param("workEmail").orElse(null), null, true,
                                "Ist der Kurs voll, kommt die Anmeldung auf die Warteliste und rückt bei einer Absage automatisch nach.")),
                        "Anmelden", null))));
            }
            return new View.Screen(c.title(), parts, new Part.Link("Zurück zu den Fortbildungen", LIST, null));
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT, TRAINER})
        public View submit(UiRequest r) {
            String t = Pages.tenant(r);
            String id = r.pathParam("id");
            switch (r.param("action").orElse("")) {
                case "register" -> {
                    Registration g = service.register(r.caller(), t, id, new RegistrationInput(r.require("institution"),
                            r.param("personName").orElse(null), r.param("workEmail").orElse(null)));
                    return new View.Redirect(LIST + "/" + id, g.state() == State.WAITING ? g.personName() + " steht auf der Warteliste, Platz "
                            + g.waitingPosition() + "." : g.personName() + " ist angemeldet.");
                }
                case "cancel" -> {
                    service.cancel(r.caller(), t, id, r.require("registration"));
                    return new View.Redirect(LIST + "/" + id, "Die Anmeldung ist storniert; die Warteliste ist nachgerückt.");
                }
                case "attendance" -> {
                    int date;
                    try {
                        date = Integer.parseInt(r.require("date"));
                    } catch (NumberFormatException e) {
                        throw IkzException.invalid("date", "einen Termin wählen");
                    }
                    service.attendance(r.caller(), t, id, new AttendanceInput(date, r.params("present")));
                    return new View.Redirect(LIST + "/" + id, "Die Anwesenheit ist gespeichert.");
                }
                default -> throw IkzException.invalid("action", "unbekannte Aktion");
            }
        }
    }

    final class CertificatePage implements UiPage {
        @Override
        public String path() {
            return LIST + "/{id}/bescheinigung/{registration}";
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT, TRAINER})
        public View view(UiRequest r) {
            String id = r.pathParam("id");
            String reg = r.pathParam("registration");
            return new View.Download("teilnahmebescheinigung-" + id + "-" + reg + ".pdf", "application/pdf",
                    service.certificate(r.caller(), Pages.tenant(r), id, reg));
        }
    }
}
