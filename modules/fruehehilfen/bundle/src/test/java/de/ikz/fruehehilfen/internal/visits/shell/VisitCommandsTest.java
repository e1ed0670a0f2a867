package de.ikz.fruehehilfen.internal.visits.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.Staff;
import de.ikz.fruehehilfen.internal.visits.VisitFixture;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.fruehehilfen.internal.visits.VisitService.Contact;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.testkit.Callers;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.testkit.MovableClock;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console twins of the contact and assessment operations, run as a session would run them. */
class VisitCommandsTest {

    @TempDir
    Path dir;

    VisitService visits;
    Staff hanna;
    Staff petra;
    Family ofHanna;
    Family ofPetra;
    final Caller coordinator = VisitFixture.COORDINATOR;

    @BeforeEach
    void setUp() {
        JdbcDatabase db = new JdbcDatabase(TestDatabases.derby(dir));
        db.migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")));
        VisitFixture fx = new VisitFixture(db, new MovableClock(VisitFixture.TODAY));
        visits = fx.visits();
        hanna = fx.staff("MIDWIFE", "Hanna Hebamme", "hanna");
        petra = fx.staff("FGKIKP", "Petra Pflege", "petra");
        ofHanna = fx.family(VisitFixture.ERKELENZ, VisitFixture.TODAY.minusMonths(1), hanna);
        ofPetra = fx.family(VisitFixture.ERKELENZ, VisitFixture.TODAY.minusMonths(1), petra);
    }

    @Test
    void aProfessionalBooksAContactAndListsIt() throws Exception {
        VisitCommands.AddContact add = new VisitCommands.AddContact();
        add.with(visits);
        add.family = ofHanna.id();
        add.minutes = "45";
        add.categories = List.of("FEEDING");
        ConsoleHarness.Output o = ConsoleHarness.run(add, VisitFixture.HANNA);

        assertThat(o.err()).isEmpty();
        List<Contact> booked = visits.contacts(coordinator, VisitFixture.T, ofHanna.id());
        assertThat(booked).singleElement().satisfies(c -> assertThat(c.minutes()).isEqualTo(45));
        assertThat(o.out()).contains(booked.get(0).id());

        VisitCommands.ListContacts list = new VisitCommands.ListContacts();
        list.with(visits);
        ConsoleHarness.Output l = ConsoleHarness.run(list, VisitFixture.HANNA);
        assertThat(ConsoleHarness.row(l.out(), booked.get(0).id())).contains(ofHanna.pseudonym(), "45", "HOME_VISIT");
    }

    @Test
    void refusalsNameTheFieldAndChangeNothing() throws Exception {
        VisitCommands.AddContact tooLong = new VisitCommands.AddContact();
        tooLong.with(visits);
        tooLong.family = ofHanna.id();
        tooLong.minutes = "721";
        assertThat(ConsoleHarness.run(tooLong, VisitFixture.HANNA).err()).startsWith("Error in minutes:");

        VisitCommands.AddContact others = new VisitCommands.AddContact();
        others.with(visits);
        others.family = ofPetra.id();
        assertThat(ConsoleHarness.run(others, VisitFixture.HANNA).err()).isNotEmpty();

        VisitCommands.AddContact byAuditor = new VisitCommands.AddContact();
        byAuditor.with(visits);
        byAuditor.family = ofHanna.id();
        assertThat(ConsoleHarness.run(byAuditor, Callers.auditor(VisitFixture.T, ModuleDefinition.ID)).err()).isNotEmpty();

        assertThat(visits.contacts(coordinator, VisitFixture.T, ofHanna.id())).isEmpty();
        assertThat(visits.contacts(coordinator, VisitFixture.T, ofPetra.id())).isEmpty();
    }

    @Test
    void anAssessmentTakesSixRatings() throws Exception {
        VisitCommands.AddAssessment five = new VisitCommands.AddAssessment();
        five.with(visits);
        five.family = ofHanna.id();
        five.phase = "START";
        five.ratings = List.of("2", "3", "3", "2", "4");
        assertThat(ConsoleHarness.run(five, coordinator).err()).startsWith("Error in ratings:");

        VisitCommands.AddAssessment six = new VisitCommands.AddAssessment();
        six.with(visits);
        six.family = ofHanna.id();
        six.phase = "START";
        six.ratings = List.of("2", "3", "3", "2", "4", "3");
        assertThat(ConsoleHarness.run(six, coordinator).err()).isEmpty();
        assertThat(visits.assessments(coordinator, VisitFixture.T, ofHanna.id())).singleElement()
                .satisfies(a -> assertThat(a.ratings().values()).containsExactlyInAnyOrder(2, 3, 3, 2, 4, 3));
    }
}
