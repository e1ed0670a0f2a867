package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;

import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.Roles;
import de.ikz.api.rest.ModuleApi;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.testkit.Callers;

import org.junit.jupiter.api.Test;

/**
 * A module's own role (issue 12: {@code professional} of the module fruehehilfen) as the platform enforces it on
 * REST: a user of the tenant holding only that module role passes an operation open to it and is refused one that
 * is for coordinators only; a platform admin whose account carries it, another module and an undeclared role never
 * pass. Before module-specific roles, {@code @Roles("professional")} was refused to everybody.
 */
class ModuleSpecificRoleTest {

    static final String ID = ModuleContractTest.ID;
    static final String T = Callers.TENANT;

    /** A module root: visits for professionals and coordinators, the pool for coordinators only. */
    public static class Api implements ModuleApi {
        @GET
        @Path("visits")
        @Roles({"coordinator", "professional"})
        public List<String> visits() {
            return List.of();
        }

        @POST
        @Path("visits")
        @Roles("professional")
        public void book() {
        }

        @GET
        @Path("pool")
        @Roles("coordinator")
        public List<String> pool() {
            return List.of();
        }
    }

    final AtomicReference<CooperationModule> registered = new AtomicReference<>(
            ModuleContractTest.module("coordinator", "professional", "auditor"));

    final ModuleContract contract = ModuleContractTest.contract(registered);

    ModuleSpecificRoleTest() {
        contract.add(ID, new Api());
    }

    @Test
    void aUserWithOnlyTheModuleRolePassesItsOperationsAndNoCoordinatorOne() {
        Caller professional = Callers.moduleRole(T, "hanna", ID, "professional");
        assertThat(professional.roles()).isEmpty();
        assertThatCode(() -> contract.check(ID, "GET", "visits", professional)).doesNotThrowAnyException();
        assertThatCode(() -> contract.check(ID, "POST", "visits", professional)).doesNotThrowAnyException();
        ModuleContractTest.refused(() -> contract.check(ID, "GET", "pool", professional), "coordinator");
    }

    @Test
    void theModuleRoleCountsForNobodyElse() {
        // the coordinator is not a professional, the professional of another module is none here
        ModuleContractTest.refused(() -> contract.check(ID, "POST", "visits", Callers.coordinator(T, ID)), "professional");
        ModuleContractTest.refused(() -> contract.check(ID, "GET", "visits", Callers.moduleRole(T, "hanna", "other", "professional")),
                "professional");
        // a platform admin never holds a module role, even if the account carries one
        Caller admin = new Caller("root", java.util.Set.of(PlatformRole.PLATFORM_ADMIN), Optional.of(T), Optional.empty(),
                java.util.Set.of(), "127.0.0.1", java.util.Set.of(ID + ".professional"));
        ModuleContractTest.refused(() -> contract.check(ID, "GET", "visits", admin), "professional");
    }

    @Test
    void aModuleRoleTheModuleDoesNotDeclareIsRefusedToEverybody() {
        registered.set(ModuleContractTest.module("coordinator", "auditor"));
        ModuleContractTest.refused(() -> contract.check(ID, "POST", "visits", Callers.moduleRole(T, "hanna", ID, "professional")),
                "refused to everybody");
    }
}
