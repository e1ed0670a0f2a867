package de.ikz.vormundschaft.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.testkit.Callers;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.junit.jupiter.api.Test;

/**
 * The module's commands on the kit's base: the session caller reaches the service, refusals are
 * printed, and every command declares the roles its service call allows (service/Access), enforced
 * before the service is asked.
 */
class VmActionTest {

    static final String NL = System.lineSeparator();
    static final String T = "t1";
    static final String M = "vormundschaft";

    /** Records the caller and tenant of volunteers(...) and moveVolunteer(...), answers with a fixed result or refusal. */
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
            throw new AssertionError("not reached in these tests");
        }
    }

    private static VolunteerCommands.ListVolunteers list(Recording office) {
        VolunteerCommands.ListVolunteers a = new VolunteerCommands.ListVolunteers();
        a.office = office;
        return a;
    }

    private static VolunteerCommands.MoveVolunteer move(Recording office) {
        VolunteerCommands.MoveVolunteer a = new VolunteerCommands.MoveVolunteer();
        a.office = office;
        a.id = "v-1";
        a.stage = "POOL";
        return a;
    }

    @Test
    void theSessionCallerReachesTheServiceInTheOwnTenant() throws Exception {
        Recording office = new Recording();
        Caller carla = Callers.coordinator(T, M);

        ConsoleHarness.Output o = ConsoleHarness.run(list(office), carla);

        assertThat(o.err()).isEmpty();
        assertThat(office.callers).singleElement().satisfies(c -> {
            assertThat(c.user()).isEqualTo(carla.user());
            assertThat(c.modules()).containsExactly(M);
            assertThat(c.address()).isEqualTo("console");
        });
        assertThat(office.tenants).containsExactly(T);
    }

    @Test
    void aServiceRefusalIsPrintedAsErrorInField() throws Exception {
        Recording office = new Recording();
        office.refusal = IkzException.invalid("stage", "no such stage");

        ConsoleHarness.Output o = ConsoleHarness.run(list(office), Callers.coordinator(T, M));

        assertThat(o.err()).isEqualTo("Error in stage: no such stage" + NL);
        assertThat(o.out()).isEmpty();
    }

    @Test
    void anAuditorReadsButNeverChanges() throws Exception {
        Recording office = new Recording();

        assertThat(ConsoleHarness.run(list(office), Callers.auditor(T)).err()).isEmpty();
        ConsoleHarness.Output o = ConsoleHarness.run(move(office), Callers.auditor(T));

        assertThat(o.err()).isEqualTo("Error: vormundschaft:volunteer-move is for coordinator of module vormundschaft" + NL);
        assertThat(office.callers).hasSize(1);
    }

    @Test
    void aPlatformAdminReadsNoCaseDataEvenNamingTheTenant() throws Exception {
        Recording office = new Recording();
        VolunteerCommands.ListVolunteers a = list(office);
        a.withTenant("demo");

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.platformAdmin());

        assertThat(o.err()).isEqualTo("Error: vormundschaft:volunteer-list is for coordinator, auditor of module vormundschaft" + NL);
        assertThat(office.callers).isEmpty();
    }

    @Test
    void aCoordinatorOfAnotherModuleIsRefusedBeforeTheService() throws Exception {
        Recording office = new Recording();

        ConsoleHarness.Output o = ConsoleHarness.run(list(office), Callers.coordinator(T, "fruehe-hilfen"));

        assertThat(o.err()).startsWith("Error: vormundschaft:volunteer-list is for ");
        assertThat(office.callers).isEmpty();
    }

    @Test
    void anotherTenantThanTheOwnIsNotFound() throws Exception {
        Recording office = new Recording();
        VolunteerCommands.ListVolunteers a = list(office);
        a.withTenant("t2");

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.coordinator(T, M));

        assertThat(o.err()).isEqualTo("Error: tenant 't2' not found" + NL);
        assertThat(office.callers).isEmpty();
    }

    @Test
    void badDateIsRefusedBeforeTheServiceIsCalled() throws Exception {
        Recording office = new Recording();
        VolunteerCommands.MoveVolunteer a = move(office);
        a.stage = "APPLICATION";
        a.on = "31.01.2026";

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.coordinator(T, M));

        assertThat(o.err()).startsWith("Error in --on: '31.01.2026' is not a date like 2026-01-31");
        assertThat(office.callers).isEmpty();
    }

    /**
     * Every command and the roles it declares, as the service call it makes allows them today
     * (service/Access: requireCoordinator = coordinator; requireOfficeReader = coordinator, auditor;
     * requireMember = those and partner-staff; requirePartner = partner-staff), "read" for {@code @ReadOnly}.
     */
    static final Map<String, String> DECLARED = new TreeMap<>(Map.ofEntries(
            Map.entry("volunteer-list", "coordinator,auditor read"),
            Map.entry("volunteer-show", "coordinator,auditor read"),
            Map.entry("volunteer-add", "coordinator"),
            Map.entry("volunteer-update", "coordinator"),
            Map.entry("volunteer-move", "coordinator"),
            Map.entry("conduct-check", "coordinator"),
            Map.entry("training-modules", "coordinator,auditor,partner-staff,tenant-admin,platform-admin read"),
            Map.entry("course-list", "coordinator,auditor read"),
            Map.entry("course-add", "coordinator"),
            Map.entry("course-register", "coordinator"),
            Map.entry("course-attendance", "coordinator"),
            Map.entry("child-list", "coordinator,auditor,partner-staff read"),
            Map.entry("child-show", "coordinator,auditor,partner-staff read"),
            Map.entry("child-add", "partner-staff"),
            Map.entry("suggest", "coordinator,auditor read"),
            Map.entry("match", "coordinator"),
            Map.entry("propose", "coordinator"),
            Map.entry("withdraw", "coordinator"),
            Map.entry("appoint", "coordinator"),
            Map.entry("appointment-list", "coordinator,auditor,partner-staff read"),
            Map.entry("appointment-show", "coordinator,auditor,partner-staff read"),
            Map.entry("appointment-end", "coordinator"),
            Map.entry("report-received", "coordinator"),
            Map.entry("contact-add", "coordinator"),
            Map.entry("contact-list", "coordinator,auditor read"),
            Map.entry("evening-add", "coordinator"),
            Map.entry("evening-list", "coordinator,auditor read"),
            Map.entry("allowance-claim", "coordinator"),
            Map.entry("allowance-list", "coordinator,auditor read"),
            Map.entry("due", "coordinator,auditor read"),
            Map.entry("report", "coordinator,auditor,partner-staff read"),
            Map.entry("funnel", "coordinator,auditor,partner-staff read"),
            Map.entry("demo-load", "platform-admin")));

    @Test
    void everyCommandDeclaresTheRolesItsServiceCallAllows() {
        List<Class<?>> holders = List.of(VolunteerCommands.class, TrainingCommands.class, ChildCommands.class, CaseCommands.class,
                AccompanimentCommands.class, ReportCommands.class);
        Map<String, String> found = new TreeMap<>();
        List<Class<?>> commands = new ArrayList<>(List.of(DemoLoadCommand.class));
        holders.forEach(h -> commands.addAll(Arrays.asList(h.getDeclaredClasses())));
        for (Class<?> c : commands) {
            Command command = c.getAnnotation(Command.class);
            if (command == null) {
                continue;
            }
            assertThat(Action.class).isAssignableFrom(c);
            assertThat(VmAction.class).as(command.name()).isAssignableFrom(c);
            Roles roles = c.getAnnotation(Roles.class);
            assertThat(roles).as(command.name() + " has @Roles").isNotNull();
            found.put(command.name(), String.join(",", roles.value()) + (c.isAnnotationPresent(ReadOnly.class) ? " read" : ""));
        }
        assertThat(found).isEqualTo(DECLARED);
    }
}
