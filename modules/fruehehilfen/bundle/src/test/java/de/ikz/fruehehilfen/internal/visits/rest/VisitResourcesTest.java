package de.ikz.fruehehilfen.internal.visits.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javax.ws.rs.core.Response;

import de.ikz.api.persistence.Migration;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.Staff;
import de.ikz.fruehehilfen.internal.visits.VisitFixture;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.fruehehilfen.internal.visits.VisitService.AssessmentInput;
import de.ikz.fruehehilfen.internal.visits.VisitService.Contact;
import de.ikz.fruehehilfen.internal.visits.VisitService.ContactInput;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.testkit.Callers;
import de.ikz.testkit.MovableClock;
import de.ikz.testkit.Refusals;
import de.ikz.testkit.TestDatabases;
import de.ikz.testkit.TestRuntime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visits part's REST resources over the real service: 201 with Location, the tenant from the caller, REST's own rule. */
class VisitResourcesTest {

    @TempDir
    Path dir;

    VisitService visits;
    Family ofHanna;

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    @BeforeEach
    void setUp() {
        JdbcDatabase db = new JdbcDatabase(TestDatabases.derby(dir));
        db.migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")));
        VisitFixture fx = new VisitFixture(db, new MovableClock(VisitFixture.TODAY));
        visits = fx.visits();
        Staff hanna = fx.staff("MIDWIFE", "Hanna Hebamme", "hanna");
        ofHanna = fx.family(VisitFixture.ERKELENZ, VisitFixture.TODAY.minusMonths(1), hanna);
    }

    @Test
    void bookingAContactAnswers201WithTheFamilysContactsAsLocation() {
        Response r = new FamilyContactsResource(visits).add(Callers.context(VisitFixture.HANNA), ofHanna.id(), null,
                new ContactInput(null, VisitFixture.TODAY, 30, null, "PHONE_CALL", null, null));

        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getHeaderString("Location")).isEqualTo("modules/fruehehilfen/families/" + ofHanna.id() + "/contacts");
        assertThat(((Contact) r.getEntity()).place().name()).isEqualTo("PHONE");
        assertThat(new FamilyContactsResource(visits).list(Callers.context(VisitFixture.COORDINATOR), ofHanna.id(), null)).hasSize(1);
        assertThat(new ContactsResource(visits).list(Callers.context(VisitFixture.HANNA), null, null, null)).hasSize(1);
    }

    @Test
    void overRestTheDayIsRequiredAndAnotherTenantIsNotFound() {
        Refusals.invalid("date", () -> new FamilyContactsResource(visits).add(Callers.context(VisitFixture.HANNA), ofHanna.id(), null,
                new ContactInput(null, null, 30, null, null, null, null)));
        Refusals.invalid(null, () -> new FamilyContactsResource(visits).add(Callers.context(VisitFixture.HANNA), ofHanna.id(), null,
                null));
        Refusals.refused(de.ikz.api.error.IkzException.Kind.NOT_FOUND, null, () -> new FamilyContactsResource(visits)
                .list(Callers.context(VisitFixture.HANNA), ofHanna.id(), "kreis-b"));
        Refusals.invalid("from", () -> new ContactsResource(visits).list(Callers.context(VisitFixture.HANNA), "01.01.2026", null,
                null));
        assertThat(visits.contacts(VisitFixture.COORDINATOR, VisitFixture.T, ofHanna.id())).isEmpty();
    }

    @Test
    void assessmentsAndResourcesAnswer201() {
        Response a = new AssessmentsResource(visits).add(Callers.context(VisitFixture.HANNA), ofHanna.id(), null,
                new AssessmentInput("START", VisitFixture.TODAY, 2, 3, 3, 2, 4, 3));
        assertThat(a.getStatus()).isEqualTo(201);
        assertThat(new AssessmentsResource(visits).list(Callers.context(VisitFixture.HANNA), ofHanna.id(), null)).hasSize(1);

        Response r = new ResourcesResource(visits).add(Callers.context(VisitFixture.HANNA), ofHanna.id(), null,
                new VisitService.ResourcesInput(VisitFixture.TODAY, List.of("B_FINANCIAL")));
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(new ResourcesResource(visits).list(Callers.context(VisitFixture.HANNA), ofHanna.id(), null)).hasSize(1);
    }
}
