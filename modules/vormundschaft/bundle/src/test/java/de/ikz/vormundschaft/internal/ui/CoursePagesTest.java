package de.ikz.vormundschaft.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import de.ikz.api.error.IkzException;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.View;
import de.ikz.vormundschaft.internal.service.Training.Course;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;
import de.ikz.vormundschaft.internal.service.Volunteers.VolunteerInput;

import org.junit.jupiter.api.Test;

class CoursePagesTest extends OfficeScreens {

    private Volunteer volunteer(String name) {
        return office.volunteers.createVolunteer(COORDINATOR, TENANT, new VolunteerInput(name, null, "ja-a", null, List.of(), null,
                false, null, "ANY", 1, null));
    }

    private String course(String date, String seats) {
        View v = send(COORDINATOR, "new-course", Map.of(), "module", "rights-duties", "date", date, "place", "Aachen", "seats", seats);
        return redirectTarget(v).substring("courses/".length());
    }

    private Course stored(String id) {
        return office.training.courses(COORDINATOR, TENANT).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void planRegisterAndRecordAttendance() {
        Volunteer a = volunteer("Anna");
        Volunteer b = volunteer("Bernd");
        String id = course(TODAY.toString(), "1");
        View.Screen page = open(COORDINATOR, "courses/{id}", Map.of("id", id));
        assertThat(postForms(page)).extracting(Part.Form::action).containsExactly("courses/" + id + "/registrations");
        send(COORDINATOR, "courses/{id}/registrations", Map.of("id", id), "volunteerId", a.id());
        // full: no more registration offered; one sent by hand is refused with the service's field
        page = open(COORDINATOR, "courses/{id}", Map.of("id", id));
        assertThat(postForms(page)).extracting(Part.Form::action).containsExactly("courses/" + id + "/attendance");
        assertThatThrownBy(() -> send(COORDINATOR, "courses/{id}/registrations", Map.of("id", id), "volunteerId", b.id()))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("courseId"));
        send(COORDINATOR, "courses/{id}/attendance", Map.of("id", id), "volunteerId", a.id(), "attended", "true");
        assertThat(stored(id).registrations()).singleElement().satisfies(r -> assertThat(r.attended()).isTrue());
        View.Screen list = open(COORDINATOR, "courses", Map.of());
        assertThat(table(list, "Kurstermine").rows()).singleElement().satisfies(r -> {
            assertThat(r.get(5)).isEqualTo(de.ikz.api.ui.Value.count(1));
            assertThat(r.get(6)).isEqualTo(de.ikz.api.ui.Value.count(1));
        });
    }

    @Test
    void attendanceIsOfferedFromTheCourseDayOn() {
        Volunteer a = volunteer("Anna");
        volunteer("Bernd");
        String id = course(TODAY.plusDays(7).toString(), "5");
        send(COORDINATOR, "courses/{id}/registrations", Map.of("id", id), "volunteerId", a.id());
        View.Screen page = open(COORDINATOR, "courses/{id}", Map.of("id", id));
        assertThat(postForms(page)).extracting(Part.Form::action).containsExactly("courses/" + id + "/registrations");
        assertThatThrownBy(() -> send(COORDINATOR, "courses/{id}/attendance", Map.of("id", id), "volunteerId", a.id(), "attended", "true"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("attended"));
    }

    @Test
    void rolesAndReadOnlyAuditor() {
        String id = course(TODAY.toString(), "5");
        for (String path : List.of("courses", "courses/{id}")) {
            assertThat(roles(page(path), false)).containsExactlyInAnyOrder("coordinator", "auditor");
            assertThat(allowed(page(path), false, STAFF)).isFalse();
        }
        for (String path : List.of("new-course", "courses/{id}/registrations", "courses/{id}/attendance")) {
            assertThat(roles(page(path), true)).containsExactly("coordinator");
            assertThat(allowed(page(path), true, AUDITOR)).isFalse();
        }
        assertThat(roles(page("training"), false)).containsExactlyInAnyOrder("coordinator", "auditor", "partner-staff");
        View.Screen audited = open(AUDITOR, "courses/{id}", Map.of("id", id));
        assertThat(postForms(audited)).isEmpty();
        assertThat(all(open(AUDITOR, "courses", Map.of()), Part.Actions.class)).isEmpty();
        assertThat(table(open(STAFF, "training", Map.of()), "Schulungsmodule").rows()).hasSize(9);
        assertThatThrownBy(() -> open(COORDINATOR, "courses/{id}", Map.of("id", "C-NOPE")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
    }

    @Test
    void aBadCourseNamesItsField() {
        assertThatThrownBy(() -> send(COORDINATOR, "new-course", Map.of(), "module", "rights-duties", "date", "morgen"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> send(COORDINATOR, "new-course", Map.of(), "module", "nope", "date", TODAY.toString()))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("module"));
        assertThatThrownBy(() -> send(COORDINATOR, "new-course", Map.of(), "module", "rights-duties", "date", TODAY.toString(),
                "seats", "500")).isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("seats"));
    }
}
