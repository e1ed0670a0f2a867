package de.ikz.vormundschaft.internal.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Training;
import de.ikz.vormundschaft.internal.service.Training.Course;
import de.ikz.vormundschaft.internal.service.Training.CourseInput;
import de.ikz.vormundschaft.internal.service.Training.Registration;
import de.ikz.vormundschaft.internal.service.Training.TrainingModule;
import de.ikz.vormundschaft.internal.service.Volunteers;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;

/**
 * Training, as {@code /courses} and {@code /training/modules} in REST: the course dates, a new
 * date, a course with its registrations and attendance, and the catalogue of modules.
 * Coordinators plan and record; auditors read; the catalogue is open to partner staff too.
 */
final class CoursePages {

    static final String COURSES = "courses";
    static final String NEW = "new-course";
    static final String MODULES = "training";

    private final Training training;
    private final Volunteers volunteers;

    CoursePages(Training training, Volunteers volunteers) {
        this.training = training;
        this.volunteers = volunteers;
    }

    List<UiPage> pages() {
        return List.of(new Courses(), new NewCourse(), new Detail(), new Registrations(), new Attendance(), new Modules());
    }

    /** Attendance of a registration as a badge. */
    static Value attendance(Boolean attended) {
        if (attended == null) {
            return Value.badge("offen", Value.Tone.INFO);
        }
        return attended ? Value.badge("teilgenommen", Value.Tone.SUCCESS) : Value.badge("nicht teilgenommen", Value.Tone.WARNING);
    }

    private Map<String, TrainingModule> modules() {
        Map<String, TrainingModule> m = new LinkedHashMap<>();
        training.trainingModules().forEach(t -> m.put(t.id(), t));
        return m;
    }

    private Course course(UiRequest r) {
        String id = r.pathParam("id");
        return training.courses(r.caller(), CaseUiPages.tenant(r)).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> IkzException.notFound("course", id));
    }

    final class Courses implements UiPage {

        @Override
        public String path() {
            return COURSES;
        }

        @Roles({"coordinator", "auditor"})
        @Override
        public View view(UiRequest r) {
            Map<String, TrainingModule> modules = modules();
            List<Course> courses = new ArrayList<>(training.courses(r.caller(), CaseUiPages.tenant(r)));
            courses.sort(java.util.Comparator.comparing(Course::date).reversed());
            List<List<Value>> rows = new ArrayList<>();
            for (Course c : courses) {
                TrainingModule m = modules.get(c.module());
                long attended = c.registrations().stream().filter(x -> Boolean.TRUE.equals(x.attended())).count();
                rows.add(Arrays.asList(Value.date(c.date()), Value.link(c.title(), COURSES + "/" + c.id()),
                        Value.text(m != null && m.required() ? "Pflicht" : "freiwillig"), Value.text(c.place()),
                        Value.count(c.seats()), Value.count(c.registrations().size()), Value.count(attended)));
            }
            List<Part> parts = new ArrayList<>();
            if (CaseUiPages.coordinator(r.caller())) {
                parts.add(new Part.Actions(List.of(new Part.Action("Neuen Kurstermin anlegen", NEW, Part.Method.GET, null, true,
                        null))));
            }
            parts.add(new Part.Table("Kurstermine, neueste zuerst",
                    List.of("Datum", "Modul", "Art", "Ort", "Plätze", "Angemeldet", "Teilgenommen"), rows, null,
                    "Noch keine Kurstermine."));
            parts.add(new Part.Links(null, List.of(new Part.Link("Alle Schulungsmodule", MODULES, null))));
            return new View.Screen("Schulungen", parts);
        }
    }

    final class NewCourse implements UiPage {

        @Override
        public String path() {
            return NEW;
        }

        @Roles("coordinator")
        @Override
        public View view(UiRequest r) {
            Map<String, String> options = new LinkedHashMap<>();
            modules().values().forEach(m -> options.put(m.id(), m.title() + (m.required() ? " (Pflicht)" : "")));
            return new View.Screen("Neuen Kurstermin anlegen", List.of(new Part.Form(NEW, Part.Method.POST, List.of(
                    new Part.Input("module", "Schulungsmodul", Part.InputType.SELECT, null, options, true, null),
                    new Part.Input("date", "Datum", Part.InputType.DATE, null, null, true, null),
                    new Part.Input("place", "Ort", Part.InputType.TEXT, null, null, false, null),
                    new Part.Input("seats", "Plätze", Part.InputType.NUMBER, null, null, false, "1 bis 100")),
                    "Kurstermin anlegen", null)), new Part.Link("Zurück zu den Schulungen", COURSES, null));
        }

        @Roles("coordinator")
        @Override
        public View submit(UiRequest r) {
            Course c = training.createCourse(r.caller(), CaseUiPages.tenant(r), new CourseInput(r.param("module").orElse(null),
                    CaseUiPages.date(r, "date"), r.param("place").orElse(null), CaseUiPages.number(r, "seats", 1000)));
            return View.redirect(COURSES + "/" + c.id(), "Der Kurstermin „" + c.title() + "“ wurde angelegt.");
        }
    }

    final class Detail implements UiPage {

        @Override
        public String path() {
            return COURSES + "/{id}";
        }

        @Roles({"coordinator", "auditor"})
        @Override
        public View view(UiRequest r) {
            return detail(r);
        }
    }

    /** The course's page (also the screen of a refused registration or attendance). */
    View detail(UiRequest r) {
        Course c = course(r);
        Map<String, Volunteer> people = VormundschaftUi.byId(volunteers.volunteers(r.caller(), CaseUiPages.tenant(r), null));
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Facts(List.of(new Part.Fact("Datum", Value.date(c.date())), new Part.Fact("Ort", Value.text(c.place())),
                new Part.Fact("Plätze", Value.count(c.seats())), new Part.Fact("Angemeldet", Value.count(c.registrations().size())))));
        List<List<Value>> rows = new ArrayList<>();
        Map<String, String> registered = new LinkedHashMap<>();
        for (Registration reg : c.registrations()) {
            Volunteer v = people.get(reg.volunteerId());
            rows.add(Arrays.asList(VormundschaftUi.volunteerLink(people, reg.volunteerId()),
                    Value.text(v == null ? null : VormundschaftUi.stage(v.stage())), attendance(reg.attended())));
            registered.put(reg.volunteerId(), v == null ? reg.volunteerId() : v.name() + " (" + v.id() + ")");
        }
        parts.add(new Part.Table("Anmeldungen", List.of("Ehrenamtliche", "Stufe", "Teilnahme"), rows, null,
                "Noch niemand angemeldet."));
        if (CaseUiPages.coordinator(r.caller())) {
            if (!registered.isEmpty()) {
                if (r.today().isBefore(c.date())) {
                    parts.add(Part.paragraph("Die Teilnahme erfassen Sie ab dem Kurstag."));
                } else {
                    parts.add(Part.section("Teilnahme erfassen", new Part.Form(COURSES + "/" + c.id() + "/attendance",
                            Part.Method.POST, List.of(
                            new Part.Input("volunteerId", "Ehrenamtliche", Part.InputType.SELECT, null, registered, true, null),
                            // preset, so always sent; not marked required (the shell's required radio group trips axe)
                            new Part.Input("attended", "Teilgenommen", Part.InputType.RADIO, "true",
                                    CaseUiPages.ordered("true", "ja", "false", "nein"), false, null)),
                            "Teilnahme speichern", null)));
                }
            }
            Map<String, String> candidates = new LinkedHashMap<>();
            for (Volunteer v : people.values()) {
                if (v.stage() != VolunteerStage.LEFT && !registered.containsKey(v.id())) {
                    candidates.put(v.id(), v.name() + " (" + v.id() + ", " + VormundschaftUi.stage(v.stage()) + ")");
                }
            }
            if (c.registrations().size() >= c.seats()) {
                parts.add(Part.notice(Value.Tone.INFO, "Der Kurs ist voll."));
            } else if (!candidates.isEmpty()) {
                parts.add(Part.section("Anmelden", new Part.Form(COURSES + "/" + c.id() + "/registrations", Part.Method.POST,
                        List.of(new Part.Input("volunteerId", "Ehrenamtliche", Part.InputType.SELECT, null, candidates, true, null)),
                        "Anmelden", null)));
            }
        }
        return new View.Screen(c.title(), parts, new Part.Link("Zurück zu den Schulungen", COURSES, null));
    }

    final class Registrations implements UiPage {

        @Override
        public String path() {
            return COURSES + "/{id}/registrations";
        }

        @Roles({"coordinator", "auditor"})
        @Override
        public View view(UiRequest r) {
            return detail(r);
        }

        @Roles("coordinator")
        @Override
        public View submit(UiRequest r) {
            Course c = training.register(r.caller(), CaseUiPages.tenant(r), r.pathParam("id"), r.require("volunteerId"));
            return View.redirect(COURSES + "/" + c.id(), "Die Anmeldung wurde gespeichert.");
        }
    }

    final class Attendance implements UiPage {

        @Override
        public String path() {
            return COURSES + "/{id}/attendance";
        }

        @Roles({"coordinator", "auditor"})
        @Override
        public View view(UiRequest r) {
            return detail(r);
        }

        @Roles("coordinator")
        @Override
        public View submit(UiRequest r) {
            Course c = training.recordAttendance(r.caller(), CaseUiPages.tenant(r), r.pathParam("id"), r.require("volunteerId"),
                    VormundschaftUi.yesNo(r, "attended"));
            return View.redirect(COURSES + "/" + c.id(), "Die Teilnahme wurde gespeichert.");
        }
    }

    /** The catalogue; REST gives it to every role of the module. */
    final class Modules implements UiPage {

        @Override
        public String path() {
            return MODULES;
        }

        @Roles({"coordinator", "auditor", "partner-staff"})
        @Override
        public View view(UiRequest r) {
            CaseUiPages.tenant(r);
            List<List<Value>> rows = new ArrayList<>();
            for (TrainingModule m : training.trainingModules()) {
                rows.add(Arrays.asList(Value.text(m.title()), m.required() ? Value.badge("Pflicht", Value.Tone.INFO)
                        : Value.text("freiwillig")));
            }
            return new View.Screen("Schulungsmodule", List.of(
                    Part.paragraph("Vor dem Pool besuchen Ehrenamtliche alle Pflichtmodule."),
                    new Part.Table("Schulungsmodule", List.of("Modul", "Art"), rows, null, null)));
        }
    }
}
