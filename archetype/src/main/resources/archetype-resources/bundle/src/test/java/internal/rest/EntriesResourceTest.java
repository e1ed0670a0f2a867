package ${package}.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.core.Response;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleRoles;
import de.ikz.api.module.RoleDefinition;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.testkit.Callers;
import de.ikz.testkit.Refusals;
import de.ikz.testkit.TestRuntime;
import ${package}.internal.ModuleDefinition;
import ${package}.internal.domain.Entry;
import ${package}.internal.service.Entries;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entries resource without a container: what it passes to the service and what it answers. */
class EntriesResourceTest {

    static final String T = Callers.TENANT;

    /** Records the calls; answers with fixed entries. */
    static final class FakeEntries implements Entries {
        final List<String> calls = new ArrayList<>();

        @Override
        public List<Entry> list(Caller caller, String tenantId) {
            calls.add("list " + caller.user() + " " + tenantId);
            return List.of();
        }

        @Override
        public Entry get(Caller caller, String tenantId, String id) {
            calls.add("get " + caller.user() + " " + tenantId + " " + id);
            return new Entry(id, "t", null, LocalDate.of(2026, 1, 2), caller.user());
        }

        @Override
        public Entry create(Caller caller, String tenantId, Entry.Input input) {
            calls.add("create " + caller.user() + " " + tenantId + " " + input.title());
            return new Entry("E-ABCDEF", input.title(), input.note(), LocalDate.of(2026, 1, 2), caller.user());
        }
    }

    final FakeEntries service = new FakeEntries();
    final EntriesResource resource = new EntriesResource(service);
    final Caller coordinator = Callers.coordinator(T, ModuleDefinition.ID);

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    @Test
    void createAnswers201WithTheEntryAndItsLocation() {
        Response r = resource.createEntry(Callers.context(coordinator), null, new Entry.Input("Titel", null));

        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getEntity()).isInstanceOfSatisfying(Entry.class, e -> assertThat(e.title()).isEqualTo("Titel"));
        assertThat(r.getLocation()).hasToString("modules/" + ModuleDefinition.ID + "/entries/E-ABCDEF");
        assertThat(service.calls).containsExactly("create " + coordinator.user() + " " + T + " Titel");
    }

    @Test
    void theTenantIsTheCallersNeverOneFromTheRequest() {
        resource.listEntries(Callers.context(coordinator), null);
        resource.getEntry(Callers.context(coordinator), "E-1", T);
        Refusals.refused(IkzException.Kind.NOT_FOUND, null,
                () -> resource.listEntries(Callers.context(coordinator), "kreis-b"));
        // a platform admin has no tenant of its own and must name one
        Refusals.invalid("tenant", () -> resource.listEntries(Callers.context(Callers.platformAdmin()), null));

        assertThat(service.calls).containsExactly("list " + coordinator.user() + " " + T,
                "get " + coordinator.user() + " " + T + " E-1");
    }

    @Test
    void aMissingBodyIsRefusedBeforeTheServiceIsCalled() {
        Refusals.invalid(null, () -> resource.createEntry(Callers.context(coordinator), null, null));
        assertThat(service.calls).isEmpty();
    }

    /**
     * The contract the platform enforces, checked here so a mistake shows in the module's own build:
     * every operation names its roles, only declared ones, and no read-only role on a change.
     */
    @Test
    void everyOperationDeclaresRolesTheModuleDefines() {
        Set<String> declared = ModuleDefinition.ROLES.stream().map(RoleDefinition::id).collect(Collectors.toSet());
        List<Method> operations = Arrays.stream(EntriesResource.class.getDeclaredMethods())
                .filter(m -> Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                .toList();

        assertThat(operations).hasSize(3);
        for (Method m : operations) {
            Roles roles = m.getAnnotation(Roles.class);
            assertThat(roles).as("@Roles on " + m.getName()).isNotNull();
            assertThat(declared).as("roles of " + m.getName()).containsAll(List.of(roles.value()));
            assertThat(roles.value()).as("roles of " + m.getName()).allSatisfy(r -> assertThat(ModuleRoles.known(r, declared)).isTrue());
            if (!m.isAnnotationPresent(GET.class)) {
                assertThat(roles.value()).as("roles of the change " + m.getName()).doesNotContainAnyElementsOf(ModuleRoles.READ_ONLY);
            }
        }
    }
}
