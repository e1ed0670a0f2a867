package de.ikz.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.module.ModuleRoles;
import de.ikz.api.module.RoleDefinition;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.RoleGrant;
import de.ikz.persistence.internal.JdbcDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Four-eyes grants of case access (issue 8) on a real database; subclasses supply Derby or
 * PostgreSQL. The realm is {@link InMemoryUserStore}: what a user "can read" is which JAAS roles
 * the realm hands out at login.
 */
abstract class RoleGrantContract {

    protected abstract DataSource freshDataSource() throws Exception;

    static final String PW = "Grant-Contract-Pw-91";

    JdbcDatabase db;
    AuditLogImpl audit;
    InMemoryUserStore store;
    UserServiceImpl users;
    RoleGrantServiceImpl grants;
    final List<CooperationModule> live = new ArrayList<>();
    final Caller platform = new Caller("admin", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(), Set.of(), "test");

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDatabase(freshDataSource());
        db.migrate(CoreSchema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        audit = new AuditLogImpl(db, null);
        store = new InMemoryUserStore();
        users = new UserServiceImpl(store, audit, db, registry());
        grants = new RoleGrantServiceImpl(users.grants());
        new TenantServiceImpl(db, audit, users, null).create(platform, "kreis", "Kreis");
        users.create(platform, "ta-one", PW, Optional.of("kreis"), Set.of(PlatformRole.TENANT_ADMIN), Optional.empty(), Set.of());
        users.create(platform, "ta-two", PW, Optional.of("kreis"), Set.of(PlatformRole.TENANT_ADMIN), Optional.empty(), Set.of());
    }

    ModuleRegistry registry() {
        return new ModuleRegistry() {
            @Override
            public List<ModuleInfo> modules() {
                return live.stream().map(m -> new ModuleInfo(m.id(), m.displayNames(), m.version(), "test", 1L, java.time.Instant.now(),
                        m.measures(), m.roles())).toList();
            }

            @Override
            public Optional<CooperationModule> module(String id) {
                return live.stream().filter(m -> m.id().equals(id)).findFirst();
            }
        };
    }

    /** The caller the realm makes of a user at login. */
    Caller login(String username) {
        return users.callerFrom(username, store.roles(username), "test");
    }

    static void assertKind(Throwable t, IkzException.Kind kind) {
        assertThat(t).isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @org.junit.jupiter.api.AfterEach
    void stopGenerationListener() {
        if (users != null) {
            users.closeForTests();
        }
    }

    @Test
    void partnerStaffCreatedByATenantAdminHasNoCaseAccessUntilASecondAdminConfirms() {
        Caller one = login("ta-one");
        users.create(one, "anna", PW, Optional.of("kreis"), Set.of(PlatformRole.PARTNER_STAFF), Optional.of("ja-a"), Set.of());

        // created, in the tenant, but neither partner staff nor bound to the office yet
        Caller anna = login("anna");
        assertThat(anna.tenantId()).contains("kreis");
        assertThat(anna.roles()).doesNotContain(PlatformRole.PARTNER_STAFF);
        assertThat(anna.participantId()).isEmpty();
        assertThat(store.roles("anna")).doesNotContain("ikz-partner-staff", "ikz-participant.ja-a");

        // the user is told
        List<RoleGrant> own = grants.list(anna, null, Optional.empty(), Optional.empty());
        assertThat(own).hasSize(1);
        RoleGrant g = own.get(0);
        assertThat(g.state()).isEqualTo(RoleGrant.State.PENDING);
        assertThat(g.roles()).containsExactly("ikz-participant.ja-a", "ikz-partner-staff");
        assertThat(g.requestedBy()).isEqualTo("ta-one");
        assertThat(g.message()).contains("wartet auf die Bestätigung").contains("waiting for confirmation");

        // the requester cannot confirm, nor can the user, nor the platform admin
        assertThatThrownBy(() -> grants.confirm(one, null, g.id(), null)).satisfies(t -> assertKind(t, IkzException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> grants.confirm(anna, null, g.id(), null)).satisfies(t -> assertKind(t, IkzException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> grants.confirm(platform, "kreis", g.id(), null)).satisfies(t -> assertKind(t, IkzException.Kind.FORBIDDEN));
        assertThat(login("anna").roles()).doesNotContain(PlatformRole.PARTNER_STAFF);

        // a second admin confirms: now she is partner staff of ja-a
        RoleGrant done = grants.confirm(login("ta-two"), null, g.id(), "checked with the office");
        assertThat(done.state()).isEqualTo(RoleGrant.State.CONFIRMED);
        assertThat(done.decidedBy()).contains("ta-two");
        Caller after = login("anna");
        assertThat(after.roles()).contains(PlatformRole.PARTNER_STAFF);
        assertThat(after.participantId()).contains("ja-a");
        assertThat(grants.list(after, null, Optional.empty(), Optional.empty())).extracting(RoleGrant::state)
                .containsExactly(RoleGrant.State.CONFIRMED);

        // both steps are in the access log, and a grant is decided once
        List<AuditEntry> log = audit.list(platform, "kreis", 100);
        assertThat(log).filteredOn(e -> e.action().equals("GRANT_REQUEST")).singleElement()
                .satisfies(e -> assertThat(e.user()).isEqualTo("ta-one"))
                .satisfies(e -> assertThat(e.reason()).contains(g.id()));
        assertThat(log).filteredOn(e -> e.action().equals("GRANT_CONFIRM")).singleElement()
                .satisfies(e -> assertThat(e.user()).isEqualTo("ta-two"))
                .satisfies(e -> assertThat(e.record()).isEqualTo("user/anna"));
        assertThatThrownBy(() -> grants.reject(login("ta-two"), null, g.id(), null)).satisfies(t -> assertKind(t, IkzException.Kind.CONFLICT));
    }

    @Test
    void thePlatformAdminCannotGiveCaseAccessAloneNorHoldIt() {
        users.create(platform, "carl", PW, Optional.of("kreis"), Set.of(PlatformRole.COORDINATOR), Optional.empty(), Set.of("vormundschaft"));
        assertThat(login("carl").roles()).doesNotContain(PlatformRole.COORDINATOR);
        assertThat(login("carl").modules()).isEmpty();
        RoleGrant g = grants.list(platform, "kreis", Optional.of("carl"), Optional.of(RoleGrant.State.PENDING)).get(0);
        assertThat(g.roles()).containsExactly("ikz-coordinator", "ikz-module.vormundschaft");
        assertThatThrownBy(() -> grants.confirm(platform, "kreis", g.id(), null)).satisfies(t -> assertKind(t, IkzException.Kind.FORBIDDEN));

        // a platform admin that is also a tenant's coordinator: refused before anything is written
        assertThatThrownBy(() -> users.create(platform, "root2", PW, Optional.of("kreis"),
                Set.of(PlatformRole.PLATFORM_ADMIN, PlatformRole.COORDINATOR), Optional.empty(), Set.of("vormundschaft")))
                .satisfies(t -> assertKind(t, IkzException.Kind.INVALID));
        assertThat(store.exists("root2")).isFalse();

        // a tenant admin (not the requester) confirms the platform admin's request
        grants.confirm(login("ta-one"), null, g.id(), null);
        assertThat(login("carl").roles()).contains(PlatformRole.COORDINATOR);
        assertThat(login("carl").modules()).containsExactly("vormundschaft");
    }

    @Test
    void caseAccessForAnExistingUserIsRequestedAndConfirmedTheSameWay() {
        Caller one = login("ta-one");
        users.create(one, "dora", PW, Optional.of("kreis"), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of());
        assertThat(grants.list(one, null, Optional.of("dora"), Optional.empty())).isEmpty();

        assertThatThrownBy(() -> grants.request(one, "dora", Set.of(PlatformRole.PARTNER_STAFF), Optional.empty(), Set.of(), null))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("participant"));
        assertThatThrownBy(() -> grants.request(one, "dora", Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of(), null))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("roles"));
        assertThatThrownBy(() -> grants.request(one, "ta-two", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Set.of(), null))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("roles"));

        RoleGrant g = grants.request(one, "dora", Set.of(PlatformRole.PARTNER_STAFF), Optional.of("ja-b"), Set.of(), "new colleague");
        assertThat(g.state()).isEqualTo(RoleGrant.State.PENDING);
        assertThat(g.reason()).contains("new colleague");
        assertThat(login("dora").roles()).containsExactly(PlatformRole.AUDITOR);

        // the user cannot confirm her own grant, even as a tenant admin
        users.create(platform, "eve", PW, Optional.of("kreis"), Set.of(PlatformRole.TENANT_ADMIN), Optional.empty(), Set.of());
        RoleGrant self = grants.request(one, "eve", Set.of(), Optional.empty(), Set.of("vormundschaft"), null);
        assertThatThrownBy(() -> grants.confirm(login("eve"), null, self.id(), null)).satisfies(t -> assertKind(t, IkzException.Kind.FORBIDDEN));

        // the requester withdraws; a rejected grant cannot be confirmed afterwards
        RoleGrant r = grants.reject(one, null, g.id(), "wrong office");
        assertThat(r.state()).isEqualTo(RoleGrant.State.REJECTED);
        assertThatThrownBy(() -> grants.confirm(login("ta-two"), null, g.id(), null)).satisfies(t -> assertKind(t, IkzException.Kind.CONFLICT));
        assertThat(login("dora").roles()).containsExactly(PlatformRole.AUDITOR);
        assertThat(audit.list(platform, "kreis", 100)).extracting(AuditEntry::action).contains("GRANT_REQUEST", "GRANT_REJECT");
    }

    @Test
    void anotherTenantSeesNoneOfItsGrants() {
        new TenantServiceImpl(db, audit, users, null).create(platform, "other", "Other");
        users.create(platform, "ta-other", PW, Optional.of("other"), Set.of(PlatformRole.TENANT_ADMIN), Optional.empty(), Set.of());
        users.create(login("ta-one"), "fritz", PW, Optional.of("kreis"), Set.of(PlatformRole.PARTNER_STAFF), Optional.of("ja-a"), Set.of());
        RoleGrant g = grants.list(login("ta-one"), null, Optional.empty(), Optional.empty()).get(0);
        Caller other = login("ta-other");
        assertThat(grants.list(other, null, Optional.empty(), Optional.empty())).isEmpty();
        assertThat(grants.find(other, null, g.id())).isEmpty();
        assertThatThrownBy(() -> grants.confirm(other, null, g.id(), null)).satisfies(t -> assertKind(t, IkzException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> grants.confirm(other, "kreis", g.id(), null)).satisfies(t -> assertKind(t, IkzException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> grants.request(other, "fritz", Set.of(PlatformRole.PARTNER_STAFF), Optional.of("x1"), Set.of(), null))
                .satisfies(t -> assertKind(t, IkzException.Kind.NOT_FOUND));
        // the grantee sees her own grant, not the others'
        assertThat(grants.find(login("fritz"), null, g.id())).isPresent();
        assertThat(grants.list(login("fritz"), null, Optional.of("ta-one"), Optional.empty())).isEmpty();
    }

    @Test
    void aRoleAModuleDeclaresAsCaseAccessNeedsConfirmationToo() {
        assertThat(grants.isCaseAccess("ikz-auditor")).isFalse();
        live.add(module(new RoleDefinition("auditor", "reads health data", true), new RoleDefinition("viewer", "reads nothing")));
        assertThat(grants.isCaseAccess("ikz-auditor")).isTrue();
        assertThat(grants.isCaseAccess("ikz-tenant-admin")).isFalse();
        assertThat(grants.isCaseAccess("ikz-tenant.kreis")).isFalse();
        assertThat(grants.isCaseAccess("ikz-partner-staff")).isTrue();
        assertThat(grants.isCaseAccess("ikz-module.fruehehilfen")).isTrue();
        assertThat(new RoleDefinition("x", "y").caseAccess()).isFalse();

        users.create(platform, "gina", PW, Optional.of("kreis"), Set.of(PlatformRole.TENANT_ADMIN), Optional.empty(), Set.of());
        RoleGrant g = grants.request(login("ta-one"), "gina", Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of(), null);
        assertThat(g.roles()).containsExactly("ikz-auditor");
        assertThat(login("gina").roles()).containsExactly(PlatformRole.TENANT_ADMIN);
        grants.confirm(login("ta-two"), null, g.id(), null);
        assertThat(login("gina").roles()).containsExactlyInAnyOrder(PlatformRole.TENANT_ADMIN, PlatformRole.AUDITOR);
    }

    @Test
    void aPendingGrantDoesNotPassToANewAccountOfTheSameName() {
        users.create(login("ta-one"), "ida", PW, Optional.of("kreis"), Set.of(PlatformRole.PARTNER_STAFF), Optional.of("ja-a"), Set.of());
        RoleGrant old = grants.list(platform, "kreis", Optional.of("ida"), Optional.empty()).get(0);
        users.delete(login("ta-one"), "ida");
        users.create(login("ta-one"), "ida", PW, Optional.of("kreis"), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of());
        assertThatThrownBy(() -> grants.confirm(login("ta-two"), null, old.id(), null)).satisfies(t -> assertKind(t, IkzException.Kind.CONFLICT));
        assertThat(login("ida").roles()).containsExactly(PlatformRole.AUDITOR);
        assertThat(login("ida").participantId()).isEmpty();
    }

    @Test
    void aUserWorksForOneParticipantOnly() {
        Caller one = login("ta-one");
        users.create(one, "jan", PW, Optional.of("kreis"), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of());
        RoleGrant a = grants.request(one, "jan", Set.of(PlatformRole.PARTNER_STAFF), Optional.of("ja-a"), Set.of(), null);
        RoleGrant b = grants.request(one, "jan", Set.of(PlatformRole.PARTNER_STAFF), Optional.of("ja-b"), Set.of(), null);
        grants.confirm(login("ta-two"), null, a.id(), null);
        assertThatThrownBy(() -> grants.confirm(login("ta-two"), null, b.id(), null))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("participant"));
        assertThat(login("jan").participantId()).contains("ja-a");
        assertThat(grants.find(login("ta-two"), null, b.id())).get().extracting(RoleGrant::state).isEqualTo(RoleGrant.State.PENDING);
    }

    @Test
    void aModuleRoleWithCaseAccessIsHeldOnlyAfterASecondAdminConfirms() {
        live.add(module(new RoleDefinition("coordinator", "runs it", true), new RoleDefinition("professional", "visits families", true)));
        Caller one = login("ta-one");
        // a user with a tenant and only a module role: no platform role needed
        users.create(one, "hanna", PW, Optional.of("kreis"), Set.of(), Optional.empty(), Set.of(), Set.of("fruehehilfen.professional"));
        assertThat(store.roles("hanna")).containsExactly("ikz-tenant.kreis");
        Caller before = login("hanna");
        assertThat(before.moduleRoles()).isEmpty();
        assertThat(ModuleRoles.holds(before, "fruehehilfen", "professional")).isFalse();

        RoleGrant g = grants.list(one, null, Optional.of("hanna"), Optional.of(RoleGrant.State.PENDING)).get(0);
        assertThat(g.roles()).containsExactly("ikz-module-role.fruehehilfen.professional");
        assertThatThrownBy(() -> grants.confirm(one, null, g.id(), null)).satisfies(t -> assertKind(t, IkzException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> grants.confirm(platform, "kreis", g.id(), null)).satisfies(t -> assertKind(t, IkzException.Kind.FORBIDDEN));
        grants.confirm(login("ta-two"), null, g.id(), null);

        Caller after = login("hanna");
        assertThat(after.moduleRoles()).containsExactly("fruehehilfen.professional");
        assertThat(after.roles()).isEmpty();
        assertThat(ModuleRoles.holds(after, "fruehehilfen", "professional")).isTrue();
        assertThat(ModuleRoles.holds(after, "fruehehilfen", "coordinator")).isFalse();
        assertThat(users.find(one, "hanna")).get().satisfies(u -> assertThat(u.moduleRoles()).containsExactly("fruehehilfen.professional"));
        assertThat(audit.list(platform, "kreis", 100)).filteredOn(e -> e.action().equals("CREATE") && e.record().equals("user/hanna"))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("fruehehilfen.professional"));

        // an existing user asks for it the same way
        users.create(one, "ines", PW, Optional.of("kreis"), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of());
        RoleGrant r = grants.request(one, "ines", Set.of(), Optional.empty(), Set.of(), Set.of("fruehehilfen.professional"), "Hebamme");
        assertThat(r.roles()).containsExactly("ikz-module-role.fruehehilfen.professional");
        assertThat(login("ines").moduleRoles()).isEmpty();
        grants.confirm(login("ta-two"), null, r.id(), null);
        assertThat(login("ines").moduleRoles()).containsExactly("fruehehilfen.professional");
    }

    @Test
    void aModuleRoleWithoutCaseAccessIsHeldAtOnceAndCannotBeRequested() {
        live.add(module(new RoleDefinition("helper", "books rooms")));
        Caller one = login("ta-one");
        users.create(one, "kim", PW, Optional.of("kreis"), Set.of(), Optional.empty(), Set.of(), Set.of("fruehehilfen.helper"));
        assertThat(login("kim").moduleRoles()).containsExactly("fruehehilfen.helper");
        assertThat(grants.list(one, null, Optional.of("kim"), Optional.empty())).isEmpty();
        users.create(one, "lea", PW, Optional.of("kreis"), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of());
        assertThatThrownBy(() -> grants.request(one, "lea", Set.of(), Optional.empty(), Set.of(), Set.of("fruehehilfen.helper"), null))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("moduleRoles"));
    }

    @Test
    void aModuleRoleNoLiveModuleDeclaresIsRefusedAndNothingIsWritten() {
        live.add(module(new RoleDefinition("professional", "visits families", true)));
        Caller one = login("ta-one");
        long logged = audit.list(platform, "kreis", 1000).stream().filter(e -> !e.action().equals("READ")).count();
        for (String bad : List.of("fruehehilfen.midwife", "vormundschaft.professional", "professional", "fruehehilfen.coordinator",
                "ikz-module-role.fruehehilfen.professional")) {
            assertThatThrownBy(() -> users.create(one, "max", PW, Optional.of("kreis"), Set.of(), Optional.empty(), Set.of(), Set.of(bad)))
                    .as(bad).isInstanceOfSatisfying(IkzException.class, e -> {
                        assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
                        assertThat(e.field()).isEqualTo("moduleRoles");
                    });
        }
        // no platform admin holds one, nor a user without a tenant
        assertThatThrownBy(() -> users.create(platform, "max", PW, Optional.empty(), Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(),
                Set.of(), Set.of("fruehehilfen.professional")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("moduleRoles"));
        assertThatThrownBy(() -> users.create(platform, "max", PW, Optional.empty(), Set.of(), Optional.empty(), Set.of(),
                Set.of("fruehehilfen.professional")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("tenant"));
        assertThat(store.exists("max")).isFalse();
        assertThat(audit.list(platform, "kreis", 1000).stream().filter(e -> !e.action().equals("READ")).count()).isEqualTo(logged);
        assertThat(grants.list(one, null, Optional.of("max"), Optional.empty())).isEmpty();

        // when the module leaves, its role can no longer be granted
        live.clear();
        assertThatThrownBy(() -> users.create(one, "max", PW, Optional.of("kreis"), Set.of(), Optional.empty(), Set.of(),
                Set.of("fruehehilfen.professional")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("moduleRoles"));
        assertThatThrownBy(() -> grants.request(one, "ta-two", Set.of(), Optional.empty(), Set.of(), Set.of("fruehehilfen.professional"), null))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("moduleRoles"));
        // a module role no live module declares still counts as case access (the safe side)
        assertThat(grants.isCaseAccess("ikz-module-role.fruehehilfen.professional")).isTrue();
    }

    static CooperationModule module(RoleDefinition... roles) {
        return new CooperationModule() {
            @Override
            public String id() {
                return "fruehehilfen";
            }

            @Override
            public Map<String, String> displayNames() {
                return Map.of("de", "Frühe Hilfen");
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public List<de.ikz.api.module.MeasureDefinition> measures() {
                return List.of();
            }

            @Override
            public List<RoleDefinition> roles() {
                return List.of(roles);
            }

            @Override
            public Map<String, java.math.BigDecimal> measure(String measureId, String tenantId, java.time.LocalDate from,
                                                             java.time.LocalDate to) {
                return Map.of();
            }
        };
    }
}
