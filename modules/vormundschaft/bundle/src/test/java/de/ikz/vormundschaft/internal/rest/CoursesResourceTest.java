package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;

import javax.ws.rs.core.Response;

import de.ikz.testkit.Refusals;
import de.ikz.testkit.TestRuntime;
import de.ikz.vormundschaft.internal.service.Training.CourseInput;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoursesResourceTest {

    private final FakeOffice office = new FakeOffice();
    private final CoursesResource resource = new CoursesResource(office);

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    @Test
    void listsInTheNamedTenantOfAPlatformAdmin() {
        assertThat(resource.courses(Callers.platformAdmin(), "kreis-b")).containsExactly(office.course);
        assertThat(office.only().tenantId()).isEqualTo("kreis-b");
        assertThat(office.only().caller()).isEqualTo(Callers.PLATFORM_ADMIN);
    }

    @Test
    void creationAnswers201WithLocation() {
        CourseInput in = new CourseInput("law", LocalDate.of(2026, 3, 4), "Kreishaus", 12);
        Response r = resource.createCourse(Callers.coordinator(), null, in);
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getLocation()).isEqualTo(URI.create("modules/vormundschaft/courses/c-3"));
        assertThat(r.getEntity()).isSameAs(office.course);
        assertThat(office.only().tenantId()).isEqualTo(Callers.TENANT);
        assertThat(office.only().args()).containsExactly(in);
    }

    @Test
    void registrationAndAttendanceNameCourseAndVolunteer() {
        assertThat(resource.register(Callers.coordinator(), "c-3", null, new CoursesResource.CourseRegistration("v-7")))
                .isSameAs(office.course);
        resource.recordAttendance(Callers.coordinator(), "c-3", null, new CoursesResource.Attendance("v-7", false));
        assertThat(office.calls.get(0).method()).isEqualTo("register");
        assertThat(office.calls.get(0).args()).containsExactly("c-3", "v-7");
        assertThat(office.calls.get(1).method()).isEqualTo("recordAttendance");
        assertThat(office.calls.get(1).args()).containsExactly("c-3", "v-7", false);
    }

    @Test
    void aMissingBodyIsRefused() {
        Refusals.invalid(null, () -> resource.createCourse(Callers.coordinator(), null, null));
        Refusals.invalid(null, () -> resource.register(Callers.coordinator(), "c-3", null, null));
        Refusals.invalid(null, () -> resource.recordAttendance(Callers.coordinator(), "c-3", null, null));
        assertThat(office.calls).isEmpty();
    }
}
