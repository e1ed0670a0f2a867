package de.ikz.vormundschaft.internal.shell;

import java.lang.reflect.Proxy;
import java.util.Optional;

import de.ikz.api.agreement.AgreementService;
import de.ikz.api.allocation.AllocationService;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.testkit.Callers;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;

import org.junit.jupiter.api.Test;

/** demo-load hands the tenant (default "demo") to DemoCases; a tenant with volunteers is left alone. */
class DemoLoadCommandTest {

    static final class Office extends StubOffice {
        final List<String> tenants = new ArrayList<>();

        @Override
        public List<Volunteer> volunteers(Caller caller, String tenantId, VolunteerStage stage) {
            tenants.add(tenantId);
            return List.of(VolunteerListTest.volunteer("v-1", "Eva Beispiel", VolunteerStage.POOL, List.of(), null, 1, 0, true,
                    null));
        }
    }

    /** The command with the office and agreement/allocation services that know no agreement (the split is skipped). */
    static DemoLoadCommand command(Office office) {
        DemoLoadCommand a = new DemoLoadCommand();
        a.volunteers = office;
        a.training = office;
        a.cases = office;
        a.appointments = office;
        a.agreements = noAgreement(AgreementService.class);
        a.allocations = noAgreement(AllocationService.class);
        return a;
    }

    private static <T> T noAgreement(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("asOf")) {
                return Optional.empty();
            }
            throw new UnsupportedOperationException(method.getName());
        }));
    }

    @Test
    void loadsIntoTheDemoTenantByDefault() throws Exception {
        Office office = new Office();
        DemoLoadCommand a = command(office);

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.platformAdmin());

        assertThat(o.err()).isEmpty();
        assertThat(o.out()).contains("has volunteers already").contains("run ikz:demo-load first");
        assertThat(office.tenants).containsExactly("demo");
    }

    @Test
    void loadsIntoTheNamedTenant() throws Exception {
        Office office = new Office();
        DemoLoadCommand a = command(office);
        a.withTenant("schulung");

        ConsoleHarness.run(a, Callers.platformAdmin());

        assertThat(office.tenants).containsExactly("schulung");
    }

    @Test
    void refusesOthersThanPlatformAdmins() throws Exception {
        Office office = new Office();
        DemoLoadCommand a = command(office);

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.coordinator("t1", "vormundschaft"));

        assertThat(o.err()).startsWith("Error: ");
        assertThat(o.out()).isEmpty();
        assertThat(office.tenants).isEmpty();
    }
}
