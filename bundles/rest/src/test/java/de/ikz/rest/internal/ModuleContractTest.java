package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.module.RoleDefinition;
import de.ikz.api.rest.ModuleApi;
import de.ikz.api.tenant.Caller;
import de.ikz.testkit.Callers;

import org.junit.jupiter.api.Test;

/**
 * The platform's enforcement of module roles: what {@code ModulesResource} asks before a module's
 * sub-resource runs. Without it the module's own code would run for everybody.
 */
class ModuleContractTest {

    static final String ID = "sample";
    static final String T = Callers.TENANT;

    /** A module declaring the roles its operations name. */
    static CooperationModule module(String... roles) {
        return new CooperationModule() {
            @Override
            public String id() {
                return ID;
            }

            @Override
            public Map<String, String> displayNames() {
                return Map.of("de", "Beispiel");
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public List<MeasureDefinition> measures() {
                return List.of();
            }

            @Override
            public List<RoleDefinition> roles() {
                return java.util.Arrays.stream(roles).map(r -> new RoleDefinition(r, r)).toList();
            }

            @Override
            public Map<String, BigDecimal> measure(String measureId, String tenantId, LocalDate from, LocalDate to) {
                return Map.of();
            }
        };
    }

    final AtomicReference<CooperationModule> registered = new AtomicReference<>(module("coordinator", "auditor", "partner-staff"));

    final ModuleContract contract = contract(registered);

    /** The platform's contract over a registry that knows module {@link #ID} as {@code registered} holds it now. */
    static ModuleContract contract(AtomicReference<CooperationModule> registered) {
        return new ModuleContract(new ModuleRegistry() {
            @Override
            public List<ModuleInfo> modules() {
                return List.of();
            }

            @Override
            public Optional<CooperationModule> module(String id) {
                return ID.equals(id) ? Optional.ofNullable(registered.get()) : Optional.empty();
            }
        });
    }

    final ModuleApi api = new ModuleOperationsTest.SampleApi();

    ModuleContractTest() {
        contract.add(ID, api);
    }

    static void refused(Runnable r, String detailPart) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(IkzException.class, e -> {
            assertThat(e.kind()).isEqualTo(IkzException.Kind.FORBIDDEN);
            assertThat(e.getMessage()).contains(detailPart);
        });
    }

    @Test
    void anAuditorIsRefusedAChangingOperationThatIsDeclaredForAuditors() {
        // PUT things/{id} carries @Roles({"coordinator", "auditor"}): the platform never lets the auditor write
        refused(() -> contract.check(ID, "PUT", "things/x", Callers.auditor(T, ID)), "refused to everybody");
        // POST things: coordinator only; the auditor's class-level read role does not count
        refused(() -> contract.check(ID, "POST", "things", Callers.auditor(T, ID)), "only the role coordinator of module sample");
        assertThatCode(() -> contract.check(ID, "GET", "things", Callers.auditor(T, ID))).doesNotThrowAnyException();
    }

    @Test
    void theRolesOfTheOperationDecide() {
        assertThatCode(() -> contract.check(ID, "POST", "things", Callers.coordinator(T, ID))).doesNotThrowAnyException();
        refused(() -> contract.check(ID, "POST", "things", Callers.coordinator(T, "other-module")), "coordinator");
        refused(() -> contract.check(ID, "POST", "things", Callers.partnerStaff(T, "ja-x", ID)), "coordinator");
        assertThatCode(() -> contract.check(ID, "POST", "things/abc/stage", Callers.partnerStaff(T, "ja-x", ID)))
                .doesNotThrowAnyException();
        refused(() -> contract.check(ID, "POST", "things/abc/stage", Callers.coordinator(T, ID)), "partner-staff");
        refused(() -> contract.check(ID, "GET", "things", Callers.tenantAdmin(T)), "coordinator, auditor");
        refused(() -> contract.check(ID, "GET", "things", Callers.platformAdmin()), "coordinator, auditor");
        refused(() -> contract.check(ID, "GET", "things", null), "coordinator, auditor");
    }

    @Test
    void anUndeclaredOperationIsRefusedToEverybody() {
        for (Caller c : List.of(Callers.coordinator(T, ID), Callers.auditor(T, ID), Callers.platformAdmin())) {
            refused(() -> contract.check(ID, "DELETE", "things", c), "refused to everybody");
        }
        refused(() -> contract.check(ID, "POST", "reports/publish", null), "refused to everybody");
    }

    @Test
    void aRoleTheModuleDoesNotDeclareCountsForNobody() {
        registered.set(module("coordinator", "auditor"));
        refused(() -> contract.check(ID, "POST", "things/abc/stage", Callers.partnerStaff(T, "ja-x", ID)), "refused to everybody");
        registered.set(null);
        refused(() -> contract.check(ID, "GET", "things", Callers.coordinator(T, ID)), "refused to everybody");
        assertThat(contract.isPublic("GET", "modules/sample/offers")).as("a public operation names no role").isTrue();
    }

    @Test
    void publicOperationsNeedNoCaller() {
        assertThatCode(() -> contract.check(ID, "GET", "offers", null)).doesNotThrowAnyException();
        assertThat(contract.isPublic("GET", "modules/sample/offers")).isTrue();
        assertThat(contract.isPublic("GET", "/modules/sample/offers/")).isTrue();
        assertThat(contract.isPublic("GET", "modules/sample/things")).isFalse();
        assertThat(contract.isPublic("POST", "modules/sample/reports/publish")).isFalse();
        assertThat(contract.isPublic("GET", "modules/other/offers")).isFalse();
        assertThat(contract.isPublic("GET", "tenants")).isFalse();
    }

    @Test
    void unknownPathsAnswerAsJaxRsWould() {
        assertThat(contract.check(ID, "GET", "nothing", Callers.coordinator(T, ID))).isEqualTo(new ModuleContract.Verdict(false, Set.of()));
        assertThat(contract.check(ID, "PATCH", "things/x", Callers.coordinator(T, ID)))
                .isEqualTo(new ModuleContract.Verdict(false, Set.of("GET", "PUT")));
        assertThat(contract.check(ID, "OPTIONS", "things/x", null).passes()).isTrue();
        assertThat(contract.check(ID, "GET", "things", Callers.coordinator(T, ID)).passes()).isTrue();
        assertThatThrownBy(() -> contract.check("other", "GET", "things", Callers.coordinator(T, ID)))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
    }

    /** Caches that learnt a module's classes forget them when its API leaves, not when a second one is turned away. */
    @Test
    void whenTheServedApiLeavesTheCachesAreToldOnce() throws Exception {
        int[] told = {0};
        AutoCloseable listening = contract.whenAnApiLeaves(() -> told[0]++);
        ModuleApi second = new ModuleApi() {
        };
        contract.add(ID, second);
        contract.remove(ID, second);
        assertThat(told[0]).as("a second API that was never served").isZero();
        assertThat(contract.served(api.getClass())).isTrue();
        contract.remove(ID, api);
        assertThat(told[0]).isEqualTo(1);
        assertThat(contract.served(api.getClass())).isFalse();
        listening.close();
        contract.add(ID, api);
        contract.remove(ID, api);
        assertThat(told[0]).isEqualTo(1);
    }

    @Test
    void theFirstApiOfAnIdStays() {
        ModuleApi second = new ModuleApi() {
        };
        assertThat(contract.add(ID, second)).isFalse();
        assertThat(contract.api(ID)).containsSame(api);
        contract.remove(ID, second);
        assertThat(contract.api(ID)).containsSame(api);
        contract.remove(ID, api);
        assertThat(contract.api(ID)).isEmpty();
        assertThat(contract.operations(ID)).isEmpty();
    }

    @Test
    void theListShowsWhatIsEnforced() {
        ModuleOperations ops = contract.operations(ID).orElseThrow();
        assertThat(ops.operations()).hasSize(10);
        assertThat(ops.invalid()).extracting(o -> o.method() + " " + o.path())
                .containsExactlyInAnyOrder("DELETE things", "PUT things/{id}", "GET reports/{year: [0-9]{4}}/summary",
                        "POST reports/publish");
    }
}
