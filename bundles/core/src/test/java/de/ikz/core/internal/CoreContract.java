package de.ikz.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.UserAccount;
import de.ikz.persistence.internal.JdbcDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The core services on a real database; subclasses supply Derby or PostgreSQL. */
abstract class CoreContract {

    protected abstract DataSource freshDataSource() throws Exception;

    JdbcDatabase db;
    AuditLogImpl audit;
    InMemoryUserStore store;
    UserServiceImpl users;
    TenantServiceImpl tenants;
    final Caller platform = new Caller("admin", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(), Set.of(), "test");

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDatabase(freshDataSource());
        assertThat(db.migrate(CoreSchema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")))).contains(1, 3);
        audit = new AuditLogImpl(db, null);
        store = new InMemoryUserStore();
        users = new UserServiceImpl(store, audit, db);
        tenants = new TenantServiceImpl(db, audit, users, null);
    }

    Caller tenantAdmin(String tenant) {
        return users.callerFrom("ta-" + tenant, Set.of("ikz-tenant-admin", "ikz-tenant." + tenant), "test");
    }

    @org.junit.jupiter.api.AfterEach
    void stopGenerationListener() {
        if (users != null) {
            users.closeForTests();
        }
    }

    @Test
    void theAccessLogChainsEveryEntryAndVerifies() {
        for (int i = 0; i < 5; i++) {
            audit.append(platform, "t" + (i % 2), "READ", "participant/p-" + i, null);
        }
        AuditLog.Verification v = audit.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        List<AuditEntry> entries = audit.list(platform, null, 10);
        assertThat(entries).extracting(AuditEntry::seq).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(entries.get(0).prevHash()).isEqualTo(entries.get(1).hash());
    }

    @Test
    void alteringAnEntryIsFoundAtThatEntry() {
        for (int i = 0; i < 4; i++) {
            audit.append(platform, null, "UPDATE", "thing/" + i, null);
        }
        db.inTransaction(s -> s.update("UPDATE ikz_audit SET record = 'thing/forged' WHERE seq = 3"));
        AuditLog.Verification v = audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).contains(3L);
        assertThat(v.reason()).contains("altered");
    }

    @Test
    void deletingEntriesIsFound() {
        for (int i = 0; i < 4; i++) {
            audit.append(platform, null, "UPDATE", "thing/" + i, null);
        }
        db.inTransaction(s -> s.update("DELETE FROM ikz_audit WHERE seq = 2"));
        assertThat(audit.verify().firstBroken()).contains(2L);
        db.inTransaction(s -> s.update("DELETE FROM ikz_audit WHERE seq >= 2"));
        AuditLog.Verification tail = audit.verify();
        assertThat(tail.firstBroken()).contains(2L);
        assertThat(tail.reason()).contains("removed at the end");
    }

    @Test
    void tenantsAreCreatedByThePlatformAdminOnlyAndLogged() {
        Tenant t = tenants.create(platform, "kreis-heinsberg", "Kreis Heinsberg");
        assertThat(tenants.list(platform)).containsExactly(t);
        assertThatThrownBy(() -> tenants.create(platform, "kreis-heinsberg", "again"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.CONFLICT));
        assertThatThrownBy(() -> tenants.create(tenantAdmin("kreis-heinsberg"), "other", "Other"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> tenants.create(platform, "Bad Id!", "x"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("id"));
        assertThatThrownBy(() -> tenants.create(platform, "ok-id", " "))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(audit.list(platform, "kreis-heinsberg", 10)).extracting(AuditEntry::action).containsExactly("CREATE");
    }

    @Test
    void aTenantAdminSeesOnlyTheOwnTenantAndItsUsers() {
        tenants.create(platform, "ta", "A");
        tenants.create(platform, "tb", "B");
        users.create(platform, "anna", "password-long-1", Optional.of("ta"), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of());
        users.create(platform, "bert", "password-long-2", Optional.of("tb"), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of());
        Caller adminA = tenantAdmin("ta");
        assertThat(tenants.list(adminA)).extracting(Tenant::id).containsExactly("ta");
        assertThat(tenants.find(adminA, "tb")).isEmpty();
        assertThat(users.list(adminA)).extracting(UserAccount::username).containsExactly("anna");
        assertThat(users.find(adminA, "bert")).isEmpty();
        assertThatThrownBy(() -> users.delete(adminA, "bert"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> users.create(adminA, "carl", "password-long-3", Optional.of("tb"), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of()))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.FORBIDDEN));
        assertThat(store.exists("carl")).isFalse();
        assertThat(audit.list(adminA, null, 100)).allSatisfy(e -> assertThat(e.tenantId()).isEqualTo("ta"));
    }

    @Test
    void userRolesBecomeJaasRolesAndBack() {
        tenants.create(platform, "ta", "A");
        users.create(tenantAdmin("ta"), "petra", "password-long-1", Optional.of("ta"),
                Set.of(PlatformRole.PARTNER_STAFF), Optional.of("jugendamt-alsdorf"), Set.of());
        // four-eyes (issue 8): partner staff and its office take effect when a second admin confirms
        assertThat(store.roles("petra")).containsExactly("ikz-tenant.ta");
        RoleGrantServiceImpl grants = new RoleGrantServiceImpl(users.grants());
        String grant = grants.list(platform, "ta", Optional.of("petra"), Optional.empty()).get(0).id();
        grants.confirm(users.callerFrom("ta2-ta", Set.of("ikz-tenant-admin", "ikz-tenant.ta"), "test"), null, grant, null);
        UserAccount u = users.find(platform, "petra").orElseThrow();
        assertThat(store.roles("petra")).contains("ikz-partner-staff", "ikz-tenant.ta", "ikz-participant.jugendamt-alsdorf");
        assertThat(u.tenantId()).contains("ta");
        assertThat(u.participantId()).contains("jugendamt-alsdorf");
        Caller c = users.callerFrom("petra", store.roles("petra"), "x");
        assertThat(c.tenantId()).contains("ta");
        assertThat(c.has(PlatformRole.PARTNER_STAFF)).isTrue();
    }

    @Test
    void badUserInputIsRefusedNamingTheFieldAndChangesNothing() {
        tenants.create(platform, "ta", "A");
        assertThatThrownBy(() -> users.create(platform, "x", "password-long-1", Optional.of("ta"), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of()))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> users.create(platform, "xaver", "short", Optional.of("ta"), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of()))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> users.create(platform, "xaver", "password-long-1", Optional.of("nope"), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of()))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("tenant"));
        assertThatThrownBy(() -> users.create(platform, "xaver", "password-long-1", Optional.of("ta"), Set.of(PlatformRole.PARTNER_STAFF), Optional.empty(), Set.of()))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("participant"));
        assertThatThrownBy(() -> users.create(platform, "xaver", "password-long-1", Optional.empty(), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of()))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("tenant"));
        assertThat(store.usernames()).isEmpty();
    }

    @Test
    void firstStartCreatesTheAdminOnceWithAnOwnerOnlyPasswordFile(@org.junit.jupiter.api.io.TempDir Path data) throws Exception {
        new AdminBootstrap(store, audit, null, data);
        Path file = data.resolve(AdminBootstrap.FILE);
        String password = java.nio.file.Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(store.passwords.get("admin")).isEqualTo(password);
        assertThat(store.roles("admin")).contains("ikz-platform-admin", "group:admingroup");
        assertThat(java.nio.file.Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        // a second start leaves the admin alone, also when the environment now names a password
        new AdminBootstrap(store, audit, "another-password-1", data);
        assertThat(store.passwords.get("admin")).isEqualTo(password);
    }

    @Test
    void firstStartTakesThePasswordFromTheEnvironment(@org.junit.jupiter.api.io.TempDir Path data) {
        new AdminBootstrap(store, audit, "from-the-environment", data);
        assertThat(store.passwords.get("admin")).isEqualTo("from-the-environment");
        assertThat(data.resolve(AdminBootstrap.FILE)).doesNotExist();
        assertThatThrownBy(() -> new AdminBootstrap(new InMemoryUserStore(), audit, "short", data))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo(AdminBootstrap.ENV));
    }
}
