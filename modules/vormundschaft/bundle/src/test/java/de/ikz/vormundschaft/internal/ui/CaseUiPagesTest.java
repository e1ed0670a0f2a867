package de.ikz.vormundschaft.internal.ui;

import static de.ikz.vormundschaft.internal.service.CaseUiFixture.T;
import static de.ikz.vormundschaft.internal.service.CaseUiFixture.TODAY;
import static de.ikz.vormundschaft.internal.ui.PageSupport.allowed;
import static de.ikz.vormundschaft.internal.ui.PageSupport.get;
import static de.ikz.vormundschaft.internal.ui.PageSupport.page;
import static de.ikz.vormundschaft.internal.ui.PageSupport.post;
import static de.ikz.vormundschaft.internal.ui.PageSupport.postActions;
import static de.ikz.vormundschaft.internal.ui.PageSupport.postForms;
import static de.ikz.vormundschaft.internal.ui.PageSupport.roles;
import static de.ikz.vormundschaft.internal.ui.PageSupport.screen;
import static de.ikz.vormundschaft.internal.ui.PageSupport.table;
import static de.ikz.vormundschaft.internal.ui.PageSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.testkit.Callers;
import de.ikz.vormundschaft.internal.domain.CaseStatus;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.rest.ReportsResource;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;
import de.ikz.vormundschaft.internal.service.CaseUiFixture;
import de.ikz.vormundschaft.internal.service.Cases.Child;
import de.ikz.vormundschaft.internal.service.Reports.FunnelMonth;
import de.ikz.vormundschaft.internal.service.Reports.OfficeReport;
import de.ikz.vormundschaft.internal.service.Training.Course;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case pages (children, matching, appointments, accompaniment, reports) on the module's real services. */
class CaseUiPagesTest {

    @TempDir
    Path dir;

    CaseUiFixture f;
    List<UiPage> pages;

    @BeforeEach
    void setUp() {
        f = new CaseUiFixture(dir);
        pages = new CaseUiPages(f.cases, f.appointments, f.reports, f.volunteers).pages();
    }

    private static Map<String, String> id(String id) {
        return Map.of("id", id);
    }

    private View.Screen view(Caller c, String path, Map<String, String> params, String... query) {
        return screen(page(pages, path).view(get(c, path, params, query)));
    }

    private View submit(Caller c, String path, Map<String, String> params, String... form) {
        return page(pages, path).submit(post(c, path, params, form));
    }

    // ------------------------------------------------------------------ roles

    @Test
    void everyPageDeclaresTheRolesOfItsRestOperations() {
        Map<String, List<String>> view = new LinkedHashMap<>();
        view.put("children", List.of("coordinator", "auditor", "partner-staff"));
        view.put("children/{id}", List.of("coordinator", "auditor", "partner-staff"));
        view.put("children/{id}/matching", List.of("coordinator", "auditor"));
        view.put("appointments", List.of("coordinator", "auditor", "partner-staff"));
        view.put("appointments/{id}", List.of("coordinator", "auditor", "partner-staff"));
        view.put("contacts", List.of("coordinator", "auditor"));
        view.put("group-evenings", List.of("coordinator", "auditor"));
        view.put("allowance-claims", List.of("coordinator", "auditor"));
        view.put("reports", List.of("coordinator", "auditor", "partner-staff"));
        Map<String, List<String>> submit = new LinkedHashMap<>();
        submit.put("children", List.of("partner-staff"));
        submit.put("children/{id}/matching", List.of("coordinator"));
        submit.put("appointments/{id}", List.of("coordinator"));
        submit.put("contacts", List.of("coordinator"));
        submit.put("group-evenings", List.of("coordinator"));
        submit.put("allowance-claims", List.of("coordinator"));

        assertThat(pages).extracting(UiPage::path).containsExactlyInAnyOrderElementsOf(view.keySet());
        for (UiPage p : pages) {
            assertThat(roles(p, false)).as(p.path()).containsExactlyInAnyOrderElementsOf(view.get(p.path()));
            assertThat(roles(p, true)).as(p.path() + " submit").containsExactlyInAnyOrderElementsOf(submit.getOrDefault(p.path(), List.of()));
            // nobody submits a page that changes nothing; the auditor never submits; a platform admin opens nothing
            assertThat(allowed(p, true, f.auditor)).isFalse();
            assertThat(allowed(p, false, Callers.platformAdmin())).isFalse();
            assertThat(allowed(p, true, Callers.platformAdmin())).isFalse();
        }
        Caller coordinatorWithoutModule = CaseUiFixture.caller("k2", PlatformRole.COORDINATOR, null, java.util.Set.of());
        assertThat(allowed(page(pages, "children"), false, coordinatorWithoutModule)).isFalse();
        assertThat(allowed(page(pages, "children/{id}/matching"), false, f.staffA)).isFalse();
        assertThat(allowed(page(pages, "children/{id}/matching"), true, f.coordinator)).isTrue();
        assertThat(allowed(page(pages, "children"), true, f.coordinator)).isFalse();
    }

    // ------------------------------------------------------------------ children

    @Test
    void partnerStaffSeeTheirChildrenWithIdentityTheCoordinatorOnlyThePseudonym() {
        Child a = f.child(f.staffA, List.of("ar"), "12-17", "Mira");
        Child b = f.child(f.staffB, List.of("de"), "0-5", "Bela");

        View.Screen forA = view(f.staffA, "children", Map.of());
        assertThat(text(forA)).contains(a.id(), "Mira Muster").doesNotContain(b.id(), "Bela");
        assertThat(postForms(forA)).singleElement().extracting(Part.Form::action).isEqualTo("children");

        View.Screen forCoordinator = view(f.coordinator, "children", Map.of());
        assertThat(text(forCoordinator)).contains(a.id(), b.id()).doesNotContain("Mira", "Bela", "Muster");
        assertThat(table(forCoordinator, "Kinder").columns()).doesNotContain("Name");
        assertThat(postForms(forCoordinator)).isEmpty();

        View.Screen child = view(f.staffA, "children/{id}", id(a.id()));
        assertThat(text(child)).contains("Vorname: Mira", "Familienname: Muster");
        assertThat(text(view(f.coordinator, "children/{id}", id(a.id())))).doesNotContain("Mira", "Muster");
        assertThat(text(view(f.auditor, "children/{id}", id(a.id())))).doesNotContain("Mira", "Muster");
    }

    @Test
    void anotherOfficesChildIsNotFoundByUrl() {
        Child a = f.child(f.staffA, List.of("ar"), "12-17", "Mira");
        Volunteer v = f.pooled("Hanna Beispiel", List.of("ar"), "12-17", 2, f.requiredCourses());
        Appointment appointment = f.appointed(v, a);

        assertThatThrownBy(() -> view(f.staffB, "children/{id}", id(a.id())))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> view(f.staffB, "appointments/{id}", id(appointment.id())))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
        assertThat(text(view(f.staffB, "appointments", Map.of()))).doesNotContain(appointment.id(), a.id());
        // its own office's appointment: yes, without the office's forms and without volunteer names
        View.Screen own = view(f.staffA, "appointments/{id}", id(appointment.id()));
        assertThat(postForms(own)).isEmpty();
        assertThat(text(own)).contains(a.id()).doesNotContain("Hanna");
    }

    @Test
    void childCreationRefusalNamesTheFormField() {
        assertThatThrownBy(() -> submit(f.staffA, "children", Map.of(), "ageBand", "0-5", "municipality", "05334004",
                "placement", "FOSTER_FAMILY", "identity.familyName", "Muster"))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("identity.givenName");
                });
        assertThatThrownBy(() -> submit(f.staffA, "children", Map.of(), "ageBand", "0-5", "municipality", "05334004",
                "placement", "FOSTER_FAMILY", "identity.givenName", "Mira", "identity.familyName", "Muster",
                "identity.birthDate", "31.02.2020"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("identity.birthDate"));

        View done = submit(f.staffA, "children", Map.of(), "ageBand", "12-17", "needs", "Schule", "languages", "ar, de",
                "municipality", "05334004", "unaccompaniedMinor", "true", "placement", "RESIDENTIAL_CARE",
                "identity.givenName", "Mira", "identity.familyName", "Muster");
        assertThat(done).isInstanceOfSatisfying(View.Redirect.class, r -> assertThat(r.target()).matches("children/K-[A-Z2-9]{6}"));
        Child c = f.cases.children(f.staffA, T).get(0);
        assertThat(c.languages()).containsExactly("ar", "de");
        assertThat(c.unaccompaniedMinor()).isTrue();
        assertThat(c.identity().givenName()).isEqualTo("Mira");
    }

    // ------------------------------------------------------------------ matching

    @Test
    void matchingOffersTheStepsTheCaseAllowsAndWalksToTheAppointment() {
        List<Course> courses = f.requiredCourses();
        Volunteer v = f.pooled("Hanna Beispiel", List.of("ar"), "12-17", 2, courses);
        Volunteer untrained = f.enquiry("Otto Ungeschult", List.of("ar"), "12-17", 1);
        Child c = f.child(f.staffA, List.of("ar"), "12-17", "Mira");
        String path = "children/{id}/matching";

        View.Screen open = view(f.coordinator, path, id(c.id()));
        assertThat(text(open)).contains("Hanna Beispiel", "spricht ar").doesNotContain("Otto");
        assertThat(postActions(open)).singleElement().satisfies(a -> {
            assertThat(a.params()).containsEntry("step", "match").containsEntry("volunteerId", v.id());
            assertThat(a.target()).isEqualTo("children/" + c.id() + "/matching");
        });
        assertThat(postForms(open)).isEmpty();
        // the auditor reads the suggestions with their reasons, and is offered nothing
        View.Screen audit = view(f.auditor, path, id(c.id()));
        assertThat(text(audit)).contains("Hanna Beispiel");
        assertThat(postActions(audit)).isEmpty();
        assertThat(postForms(audit)).isEmpty();

        // a refused match: the service's reason, naming its field
        assertThatThrownBy(() -> submit(f.coordinator, path, id(c.id()), "step", "match", "volunteerId", untrained.id()))
                .isInstanceOf(IkzException.class);
        assertThat(submit(f.coordinator, path, id(c.id()), "step", "match", "volunteerId", v.id()))
                .isInstanceOf(View.Redirect.class);

        View.Screen matched = view(f.coordinator, path, id(c.id()));
        assertThat(postActions(matched)).isEmpty();
        assertThat(postForms(matched)).flatExtracting(form -> form.inputs().stream().filter(i -> i.name().equals("step"))
                .map(Part.Input::value).toList()).containsExactly("propose", "withdraw");
        assertThatThrownBy(() -> submit(f.coordinator, path, id(c.id()), "step", "propose", "court", "Amtsgericht Aachen"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("reasons"));
        submit(f.coordinator, path, id(c.id()), "step", "propose", "court", "Amtsgericht Aachen",
                "reasons", "spricht die Sprache des Kindes und wohnt in der Nähe");

        View.Screen proposed = view(f.coordinator, path, id(c.id()));
        assertThat(text(proposed)).contains("Begründung des Vorschlags: spricht die Sprache des Kindes", "Amtsgericht Aachen");
        assertThat(postForms(proposed)).flatExtracting(form -> form.inputs().stream().filter(i -> i.name().equals("step"))
                .map(Part.Input::value).toList()).containsExactly("appoint", "withdraw");
        // partner staff of the office see the step on the child's page
        assertThat(text(view(f.staffA, "children/{id}", id(c.id())))).contains("Vorgeschlagen");

        View appointed = submit(f.coordinator, path, id(c.id()), "step", "appoint", "court", "Amtsgericht Aachen",
                "fileNumber", "F 12/26", "appointedOn", TODAY.toString(), "kind", "CURATORSHIP", "areas", "HEALTH", "areas", "SCHOOL");
        assertThat(appointed).isInstanceOfSatisfying(View.Redirect.class, r -> assertThat(r.target()).startsWith("appointments/"));
        Appointment a = f.appointments.appointments(f.coordinator, T, true).get(0);
        assertThat(a.areas()).containsExactlyInAnyOrder("HEALTH", "SCHOOL");
        assertThat(f.cases.child(f.coordinator, T, c.id()).status()).isEqualTo(CaseStatus.APPOINTED);
        assertThat(f.volunteers.volunteer(f.coordinator, T, v.id()).stage()).isEqualTo(VolunteerStage.APPOINTED);
        assertThat(postForms(view(f.coordinator, path, id(c.id())))).isEmpty();
        // the reasoned proposal stays readable after the appointment
        assertThat(text(view(f.auditor, path, id(c.id())))).contains("Begründung des Vorschlags: spricht die Sprache des Kindes");
    }

    @Test
    void aWithdrawalOpensTheChildAgain() {
        Volunteer v = f.pooled("Hanna Beispiel", List.of("ar"), "12-17", 2, f.requiredCourses());
        Child c = f.child(f.staffA, List.of("ar"), "12-17", "Mira");
        String path = "children/{id}/matching";
        submit(f.coordinator, path, id(c.id()), "step", "match", "volunteerId", v.id());
        assertThatThrownBy(() -> submit(f.coordinator, path, id(c.id()), "step", "withdraw", "on", "2026-13-01"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("on"));
        submit(f.coordinator, path, id(c.id()), "step", "withdraw", "reason", "Das Gericht hat anders entschieden.");
        View.Screen again = view(f.coordinator, path, id(c.id()));
        assertThat(text(again)).contains("Verworfen", "Das Gericht hat anders entschieden.");
        assertThat(postActions(again)).hasSize(1);
    }

    // ------------------------------------------------------------------ appointments and accompaniment

    @Test
    void appointmentPageRecordsReportAllowanceAndEnd() {
        Volunteer v = f.pooled("Hanna Beispiel", List.of("ar"), "12-17", 2, f.requiredCourses());
        Appointment a = f.appointed(v, f.child(f.staffA, List.of("ar"), "12-17", "Mira"));
        String path = "appointments/{id}";

        View.Screen page = view(f.coordinator, path, id(a.id()));
        assertThat(postForms(page)).hasSize(3);
        assertThat(postForms(view(f.auditor, path, id(a.id())))).isEmpty();

        assertThatThrownBy(() -> submit(f.coordinator, path, id(a.id()), "step", "report", "year", "zwei"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("year"));
        submit(f.coordinator, path, id(a.id()), "step", "report", "year", "2026");
        assertThat(f.appointments.appointment(f.coordinator, T, a.id()).reportsReceived()).containsExactly(2026);

        submit(f.coordinator, path, id(a.id()), "step", "allowance", "year", "2026");
        assertThat(table(view(f.coordinator, path, id(a.id())), "Anträge auf Aufwandspauschale").rows())
                .singleElement().satisfies(r -> assertThat(r.get(2)).isInstanceOf(Value.Money.class));
        assertThat(text(view(f.coordinator, "allowance-claims", Map.of()))).contains(a.id(), "425");

        assertThatThrownBy(() -> submit(f.coordinator, path, id(a.id()), "step", "end", "reason", "Volljährigkeit", "next", "TRAINING"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("next"));
        submit(f.coordinator, path, id(a.id()), "step", "end", "reason", "Volljährigkeit", "next", "RESTING");
        assertThat(f.volunteers.volunteer(f.coordinator, T, v.id()).stage()).isEqualTo(VolunteerStage.RESTING);
        assertThat(postForms(view(f.coordinator, path, id(a.id())))).isEmpty();
        assertThat(text(view(f.coordinator, "appointments", Map.of(), "active", "false"))).contains(a.id());
        assertThat(text(view(f.coordinator, "appointments", Map.of(), "active", "true"))).doesNotContain(a.id());
    }

    @Test
    void contactsAndGroupEveningsAreListedAndRecorded() {
        Volunteer v = f.pooled("Hanna Beispiel", List.of("ar"), "12-17", 2, f.requiredCourses());
        Appointment a = f.appointed(v, f.child(f.staffA, List.of("ar"), "12-17", "Mira"));

        assertThatThrownBy(() -> submit(f.coordinator, "contacts", Map.of(), "volunteerId", v.id(), "date",
                TODAY.plusDays(1).toString(), "minutes", "30", "medium", "PHONE", "topic", "Schule"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("date"));
        View done = submit(f.coordinator, "contacts", Map.of(), "volunteerId", v.id(), "appointmentId", a.id(),
                "date", TODAY.toString(), "minutes", "30", "medium", "PHONE", "topic", "Schulwechsel", "followUp", "Anruf Schule",
                "followUpDue", TODAY.plusDays(7).toString());
        assertThat(done).isInstanceOfSatisfying(View.Redirect.class, r -> assertThat(r.target()).isEqualTo("contacts?volunteer=" + v.id()));
        View.Screen contacts = view(f.coordinator, "contacts", Map.of(), "volunteer", v.id());
        assertThat(text(contacts)).contains("Schulwechsel", "Telefon", "Anruf Schule", "Hanna Beispiel");
        assertThat(postForms(view(f.auditor, "contacts", Map.of()))).isEmpty();
        assertThat(text(view(f.auditor, "contacts", Map.of()))).contains("Schulwechsel");

        submit(f.coordinator, "group-evenings", Map.of(), "date", TODAY.toString(), "topic", "Austausch", "attendees", v.id());
        View.Screen evenings = view(f.coordinator, "group-evenings", Map.of());
        assertThat(table(evenings, "Gruppenabende").rows()).singleElement()
                .satisfies(r -> assertThat(text(r.get(3))).isEqualTo("Hanna Beispiel"));
    }

    // ------------------------------------------------------------------ reports

    @Test
    void reportsShowExactlyWhatRestReturnsWithSmallCountsSuppressed() {
        List<Course> courses = f.requiredCourses();
        for (int i = 0; i < 3; i++) {
            f.appointed(f.pooled("V" + i, List.of("de"), null, 1, courses), f.child(f.staffA, List.of("de"), "12-17", "K" + i));
        }
        f.child(f.staffB, List.of(), "0-5", "B");
        ReportsResource rest = new ReportsResource(f.reports);

        for (Caller caller : List.of(f.coordinator, f.auditor, f.staffB)) {
            View.Screen s = view(caller, "reports", Map.of());
            List<OfficeReport> expected = rest.officeReport(Callers.context(caller), null, null, null);
            List<String> keys = List.copyOf(ReportPages.COUNTS.keySet());
            List<String> caseKeys = keys.stream().filter(k -> !k.startsWith(ReportPages.STAGE_PREFIX)).toList();
            List<String> stageKeys = keys.stream().filter(k -> k.startsWith(ReportPages.STAGE_PREFIX)).toList();
            assertThat(caseKeys).hasSize(6);
            assertThat(stageKeys).hasSize(VolunteerStage.values().length);
            // every figure REST has is on the page
            expected.forEach(o -> assertThat(o.counts().keySet()).containsExactlyInAnyOrderElementsOf(keys));
            for (var table : Map.of("Fälle und Kontakte je Jugendamt", caseKeys, "Ehrenamtliche je Stufe und Jugendamt", stageKeys)
                    .entrySet()) {
                Part.Table offices = table(s, table.getKey());
                assertThat(offices.rows()).hasSize(expected.size());
                for (int row = 0; row < expected.size(); row++) {
                    OfficeReport o = expected.get(row);
                    assertThat(text(offices.rows().get(row).get(0))).isEqualTo(o.office());
                    for (int col = 0; col < table.getValue().size(); col++) {
                        String key = table.getValue().get(col);
                        assertThat(offices.rows().get(row).get(col + 1)).as(o.office() + " " + key)
                                .isEqualTo(expectedCell(o.counts(), o.suppressed(), key));
                    }
                }
            }
            List<FunnelMonth> funnel = rest.funnel(Callers.context(caller), null, null, null);
            Part.Table months = table(s, "Eintritte je Stufe und Monat");
            assertThat(months.columns()).hasSize(funnel.size() + 1);
            VolunteerStage[] stages = VolunteerStage.values();
            assertThat(months.rows()).hasSize(stages.length);
            for (int row = 0; row < stages.length; row++) {
                for (int col = 0; col < funnel.size(); col++) {
                    FunnelMonth m = funnel.get(col);
                    assertThat(months.rows().get(row).get(col + 1)).as(m.month() + " " + stages[row])
                            .isEqualTo(expectedCell(m.entered(), m.suppressed(), stages[row].name()));
                }
            }
        }
        // the charts: the coordinator sees ja-b's single child suppressed; ja-b's staff see it
        Part.BarChart forCoordinator = chart(view(f.coordinator, "reports", Map.of(), "count", "childrenProposed"), "je Jugendamt");
        assertThat(forCoordinator.bars()).extracting(Part.Bar::label).containsExactly("ja-a", "ja-b", "ja-c");
        assertThat(forCoordinator.bars().get(0).value()).isEqualTo(Value.count(3));
        assertThat(forCoordinator.bars().get(1).value()).isEqualTo(Value.text(ReportPages.SUPPRESSED));
        Part.BarChart forB = chart(view(f.staffB, "reports", Map.of(), "count", "childrenProposed"), "je Jugendamt");
        assertThat(forB.bars().get(1).value()).isEqualTo(Value.count(1));
        Part.BarChart funnelChart = chart(view(f.coordinator, "reports", Map.of()), "Eintritte je Stufe");
        assertThat(funnelChart.bars()).hasSize(VolunteerStage.values().length);
        assertThat(funnelChart.caption()).contains("März 2026");
        assertThatThrownBy(() -> view(f.coordinator, "reports", Map.of(), "from", "2026-03-10", "to", "2026-03-01"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    /** REST's figure as the page must show it: the count, or "suppressed" exactly where REST has null and names it. */
    private static Value expectedCell(Map<String, Integer> counts, List<String> suppressed, String key) {
        Integer n = counts.get(key);
        if (n == null) {
            assertThat(suppressed).contains(key);
            return Value.text(ReportPages.SUPPRESSED);
        }
        assertThat(suppressed).doesNotContain(key);
        return Value.count(n);
    }

    @Test
    void officesAreShownByNameWhereTheDirectoryKnowsThem() {
        Child a = f.child(f.staffA, List.of("ar"), "12-17", "Mira");
        List<UiPage> named = new CaseUiPages(f.cases, f.appointments, f.reports, f.volunteers,
                tenant -> T.equals(tenant) ? Map.of("ja-a", "Jugendamt Alsdorf", "ja-b", "Jugendamt Baesweiler") : Map.of()).pages();
        View.Screen children = screen(page(named, "children").view(get(f.coordinator, "children", Map.of())));
        assertThat(text(children)).contains(a.id() + " | Jugendamt Alsdorf");
        View.Screen reports = screen(page(named, "reports").view(get(f.coordinator, "reports", Map.of())));
        assertThat(chart(reports, "je Jugendamt").bars()).extracting(Part.Bar::label)
                .containsExactly("Jugendamt Alsdorf", "Jugendamt Baesweiler", "ja-c");
    }

    private static Part.BarChart chart(View.Screen s, String captionPart) {
        return PageSupport.all(s, Part.BarChart.class).stream().filter(c -> c.caption().contains(captionPart)).findFirst()
                .orElseThrow();
    }
}
