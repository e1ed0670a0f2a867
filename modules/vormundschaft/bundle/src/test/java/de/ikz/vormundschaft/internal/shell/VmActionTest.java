package de.ikz.vormundschaft.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Volunteer;

import org.junit.jupiter.api.Test;

/** The base class: caller from the JAAS subject, tenant resolution, refusals printed to System.err. */
class VmActionTest {

    /** Records the caller and tenant of volunteers(...) and answers with a fixed result or refusal. */
    static final class Recording extends StubOffice {
        final List<Caller> callers = new ArrayList<>();
        final List<String> tenants = new ArrayList<>();
        RuntimeException refusal;

        @Override
        public List<Volunteer> volunteers(Caller caller, String tenantId, VolunteerStage stage) {
            callers.add(caller);
            tenants.add(tenantId);
            if (refusal != null) {
                throw refusal;
            }
            return List.of();
        }

        @Override
        public Volunteer moveVolunteer(Caller caller, String tenantId, String id, VolunteerStage to, LocalDate on, String note) {
            callers.add(caller);
            throw new AssertionError("must not be called with bad input");
        }
    }

    private static VolunteerCommands.ListVolunteers list(Recording office) {
        VolunteerCommands.ListVolunteers a = new VolunteerCommands.ListVolunteers();
        a.office = office;
        return a;
    }

    @Test
    void refusalWithFieldIsPrintedAsErrorInField() throws Exception {
        Recording office = new Recording();
        office.refusal = IkzException.invalid("stage", "no such stage");

        ConsoleHarness.Output o = ConsoleHarness.run(list(office), ConsoleHarness.coordinator());

        assertThat(o.err()).isEqualTo("Error in stage: no such stage" + System.lineSeparator());
        assertThat(o.out()).isEmpty();
    }

    @Test
    void refusalWithoutFieldIsPrintedAsPlainError() throws Exception {
        Recording office = new Recording();
        office.refusal = IkzException.forbidden("only the office's coordinators may do this");

        ConsoleHarness.Output o = ConsoleHarness.run(list(office), ConsoleHarness.coordinator());

        assertThat(o.err()).isEqualTo("Error: only the office's coordinators may do this" + System.lineSeparator());
    }

    @Test
    void otherExceptionsAreNotSwallowed() {
        Recording office = new Recording();
        office.refusal = new IllegalStateException("bug");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConsoleHarness.run(list(office), ConsoleHarness.coordinator()))
                .isInstanceOf(IllegalStateException.class).hasMessage("bug");
    }

    @Test
    void callerIsBuiltFromTheSessionSubject() throws Exception {
        Recording office = new Recording();

        ConsoleHarness.run(list(office), ConsoleHarness.coordinator());

        assertThat(office.callers).singleElement().satisfies(c -> {
            assertThat(c.user()).isEqualTo("anna");
            assertThat(c.roles()).containsExactly(PlatformRole.COORDINATOR);
            assertThat(c.modules()).containsExactly("vormundschaft");
            assertThat(c.address()).isEqualTo("console");
        });
        assertThat(office.tenants).containsExactly("t1");
    }

    @Test
    void withoutSubjectNothingIsCalled() throws Exception {
        Recording office = new Recording();

        ConsoleHarness.Output o = ConsoleHarness.run(list(office), null);

        assertThat(o.err()).startsWith("Error: no authenticated console user");
        assertThat(office.callers).isEmpty();
    }

    @Test
    void platformAdminNamesTheTenant() throws Exception {
        Recording office = new Recording();
        VolunteerCommands.ListVolunteers a = list(office);
        a.tenant = "demo";

        ConsoleHarness.Output o = ConsoleHarness.run(a, ConsoleHarness.platformAdmin());

        assertThat(o.err()).isEmpty();
        assertThat(office.tenants).containsExactly("demo");
    }

    @Test
    void platformAdminWithoutTenantIsRefusedNamingTheTenantField() throws Exception {
        Recording office = new Recording();

        ConsoleHarness.Output o = ConsoleHarness.run(list(office), ConsoleHarness.platformAdmin());

        assertThat(o.err()).startsWith("Error in tenant: ");
        assertThat(office.callers).isEmpty();
    }

    @Test
    void anotherTenantThanTheOwnIsNotFound() throws Exception {
        Recording office = new Recording();
        VolunteerCommands.ListVolunteers a = list(office);
        a.tenant = "t2";

        ConsoleHarness.Output o = ConsoleHarness.run(a, ConsoleHarness.coordinator());

        assertThat(o.err()).isEqualTo("Error: tenant 't2' not found" + System.lineSeparator());
        assertThat(office.callers).isEmpty();
    }

    @Test
    void badDateIsRefusedBeforeTheServiceIsCalled() throws Exception {
        Recording office = new Recording();
        VolunteerCommands.MoveVolunteer a = new VolunteerCommands.MoveVolunteer();
        a.office = office;
        a.id = "v-1";
        a.stage = "APPLICATION";
        a.on = "31.01.2026";

        ConsoleHarness.Output o = ConsoleHarness.run(a, ConsoleHarness.coordinator());

        assertThat(o.err()).startsWith("Error in --on: '31.01.2026' is not a date like 2026-01-31");
        assertThat(office.callers).isEmpty();
    }
}
