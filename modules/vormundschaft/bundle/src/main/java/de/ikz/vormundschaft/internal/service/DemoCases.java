package de.ikz.vormundschaft.internal.service;

import de.ikz.vormundschaft.internal.VormundschaftModule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Cases.AppointmentInput;
import de.ikz.vormundschaft.internal.service.Cases.Child;
import de.ikz.vormundschaft.internal.service.Cases.ChildIdentity;
import de.ikz.vormundschaft.internal.service.Cases.ChildInput;
import de.ikz.vormundschaft.internal.service.Appointments.ContactInput;
import de.ikz.vormundschaft.internal.service.Training.Course;
import de.ikz.vormundschaft.internal.service.Training.CourseInput;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;
import de.ikz.vormundschaft.internal.service.Volunteers.VolunteerInput;

/**
 * Example cases for the Altkreis Aachen demo tenant, loaded by the core's {@code ikz:demo-load}
 * (through {@link VormundschaftDemoData}, after the participants and agreements) or by
 * {@code vormundschaft:demo-load}:
 * volunteers of the six partner youth offices through the pipeline, children proposed by the
 * offices, and appointments — different numbers per office, so that a split of the office's cost
 * by active appointments differs visibly from the split by population. Every name is invented.
 * Goes through the service like a user would (same checks, same access log), acting as a
 * coordinator and as each office's staff. Does nothing if the tenant has volunteers already.
 */
public final class DemoCases {

    /** Appointments to create per partner youth office, and a municipality of its area. */
    static final Map<String, String> OFFICES = offices();
    static final Map<String, Integer> APPOINTMENTS = Map.of("ja-staedteregion", 4, "ja-alsdorf", 2, "ja-eschweiler", 3,
            "ja-herzogenrath", 1, "ja-stolberg", 2, "ja-wuerselen", 1);

    private static final String[] GIVEN = {"Anna", "Bernd", "Carla", "Deniz", "Elif", "Frank", "Gül", "Hanna", "Ilias", "Jana",
        "Karim", "Lena", "Mehmet", "Nora", "Olga", "Paul", "Rana", "Sven"};
    private static final String[] LANGUAGES = {"Arabisch", "Türkisch", "Dari", "Englisch", "Russisch", "Tigrinya"};
    private static final String[] BANDS = {"0-5", "6-11", "12-17"};

    private DemoCases() {
    }

    private static Map<String, String> offices() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ja-staedteregion", "05334008");
        m.put("ja-alsdorf", "05334004");
        m.put("ja-eschweiler", "05334012");
        m.put("ja-herzogenrath", "05334016");
        m.put("ja-stolberg", "05334032");
        m.put("ja-wuerselen", "05334036");
        return m;
    }

    /** The services the demo walks through (every aggregate but the reports). */
    public record Office(Volunteers volunteers, Training training, Cases cases, Appointments appointments) {
    }

    /**
     * Loads the example cases into the tenant.
     *
     * @return a one-paragraph summary for the console
     */
    public static String load(Office office, Caller platformAdmin, String tenantId) {
        if (!platformAdmin.isPlatformAdmin()) {
            throw IkzException.forbidden("the demo is loaded by a platform admin");
        }
        Caller coordinator = new Caller("demo-koordination", Set.of(PlatformRole.COORDINATOR), Optional.of(tenantId), Optional.empty(),
                Set.of(VormundschaftModule.ID), "demo");
        List<Volunteer> present = office.volunteers().volunteers(coordinator, tenantId, null);
        if (!present.isEmpty()) {
            // ikz:demo-load loads them (VormundschaftDemoData); vormundschaft:demo-load then says what is there
            return "Guardianship demo cases: tenant '" + tenantId + "' has volunteers already (" + present.size() + " volunteers, "
                    + present.stream().mapToInt(Volunteer::active).sum() + " appointments), nothing loaded.";
        }
        LocalDate today = LocalDate.now();
        List<Course> courses = new ArrayList<>();
        for (String module : Catalogue.required()) {
            courses.add(office.training().createCourse(coordinator, tenantId, new CourseInput(module, today, "StädteRegion Aachen, Zollernstraße"
                    + " (Beispiel)", 40)));
        }
        int n = 0;
        int appointed = 0;
        for (Map.Entry<String, String> e : OFFICES.entrySet()) {
            String ja = e.getKey();
            String ags = e.getValue();
            Caller staff = new Caller("demo-" + ja, Set.of(PlatformRole.PARTNER_STAFF), Optional.of(tenantId), Optional.of(ja), Set.of(),
                    "demo");
            for (int i = 0; i < APPOINTMENTS.get(ja); i++, n++) {
                String language = LANGUAGES[n % LANGUAGES.length];
                String band = BANDS[n % BANDS.length];
                Volunteer v = pooled(office, coordinator, tenantId, courses, ja, ags, GIVEN[n % GIVEN.length] + " Beispiel-" + (n + 1),
                        language, band, today);
                Child c = office.cases().createChild(staff, tenantId, new ChildInput(band, "Beispielprofil", List.of(language, "Deutsch"), ags,
                        n % 3 == 0, n % 2 == 0 ? "FOSTER_FAMILY" : "RESIDENTIAL_CARE",
                        new ChildIdentity("Kind", "Beispiel-" + (n + 1), null)));
                office.cases().match(coordinator, tenantId, c.id(), v.id(), today);
                office.cases().propose(coordinator, tenantId, c.id(), "Amtsgericht Aachen – Familiengericht", "Beispiel: " + v.name()
                        + " spricht " + language + ", hat die Schulung abgeschlossen und wohnt im Bereich des Jugendamts.", today);
                String appointment = office.cases().appoint(coordinator, tenantId, c.id(), new AppointmentInput(null,
                        "Beispiel-F " + (100 + n) + "/" + (today.getYear() % 100), today, n % 4 == 3 ? "CURATORSHIP" : "GUARDIANSHIP",
                        n % 4 == 3 ? List.of("HEALTH", "SCHOOL") : List.of(), null, List.of())).id();
                office.appointments().addContact(coordinator, tenantId, new ContactInput(v.id(), appointment, today, 45, "IN_PERSON",
                        "Erstgespräch nach der Bestellung (Beispiel)", null, null));
                appointed++;
            }
        }
        // a small pool, two volunteers in training and a fresh enquiry
        for (int i = 0; i < 3; i++, n++) {
            String ja = List.copyOf(OFFICES.keySet()).get(i);
            pooled(office, coordinator, tenantId, courses, ja, OFFICES.get(ja), GIVEN[n % GIVEN.length] + " Beispiel-" + (n + 1),
                    LANGUAGES[n % LANGUAGES.length], null, today);
        }
        for (int i = 0; i < 2; i++, n++) {
            Volunteer v = office.volunteers().createVolunteer(coordinator, tenantId, volunteer("ja-eschweiler", OFFICES.get("ja-eschweiler"),
                    GIVEN[n % GIVEN.length] + " Beispiel-" + (n + 1), "Englisch", null));
            toStage(office, coordinator, tenantId, v.id(), today, VolunteerStage.APPLICATION, VolunteerStage.SUITABILITY_INTERVIEW,
                    VolunteerStage.CONDUCT_CERTIFICATE);
            office.volunteers().recordConductCheck(coordinator, tenantId, v.id(), today, true);
            toStage(office, coordinator, tenantId, v.id(), today, VolunteerStage.TRAINING);
        }
        office.volunteers().createVolunteer(coordinator, tenantId, volunteer("ja-stolberg", OFFICES.get("ja-stolberg"),
                GIVEN[n % GIVEN.length] + " Beispiel-" + (n + 1), "Deutsch", null));
        return "Guardianship demo cases in '" + tenantId + "': " + (n + 1) + " volunteers, " + appointed + " appointments "
                + APPOINTMENTS + " (names invented).";
    }

    private static VolunteerInput volunteer(String ja, String ags, String name, String language, String band) {
        return new VolunteerInput(name, "Telefon über die Koordinierungsstelle (Beispiel)", ja, null, List.of("Deutsch", language), band,
                Boolean.FALSE, ags, "DISTRICT", 1, null);
    }

    /** A new volunteer taken through the pipeline into the pool, trained in the required modules. */
    private static Volunteer pooled(Office office, Caller coordinator, String t, List<Course> courses, String ja, String ags,
                                    String name, String language, String band, LocalDate today) {
        Volunteer v = office.volunteers().createVolunteer(coordinator, t, volunteer(ja, ags, name, language, band));
        toStage(office, coordinator, t, v.id(), today, VolunteerStage.APPLICATION, VolunteerStage.SUITABILITY_INTERVIEW,
                VolunteerStage.CONDUCT_CERTIFICATE);
        office.volunteers().recordConductCheck(coordinator, t, v.id(), today, true);
        toStage(office, coordinator, t, v.id(), today, VolunteerStage.TRAINING);
        for (Course c : courses) {
            office.training().register(coordinator, t, c.id(), v.id());
            office.training().recordAttendance(coordinator, t, c.id(), v.id(), true);
        }
        toStage(office, coordinator, t, v.id(), today, VolunteerStage.REFLECTION_TALK, VolunteerStage.POOL);
        return v;
    }

    private static void toStage(Office office, Caller coordinator, String t, String id, LocalDate on, VolunteerStage... stages) {
        for (VolunteerStage s : stages) {
            office.volunteers().moveVolunteer(coordinator, t, id, s, on, "Beispiel");
        }
    }
}
