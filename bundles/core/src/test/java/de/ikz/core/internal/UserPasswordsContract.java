package de.ikz.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.persistence.internal.JdbcDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Passwords in {@link UserServiceImpl}: self-change, admin reset, policy, hash upgrade, login-cache generation. */
abstract class UserPasswordsContract {

    protected abstract DataSource freshDataSource() throws Exception;

    JdbcDatabase db;
    InMemoryUserStore store;
    UserServiceImpl users;
    final Caller platform = new Caller("admin", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(), Set.of(), "test");

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDatabase(freshDataSource());
        db.migrate(CoreSchema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        db.inTransaction(s -> s.update("INSERT INTO ikz_tenant (id, name, created_at, created_by) VALUES ('ta', 'A', CURRENT_TIMESTAMP, 't')"));
        store = new InMemoryUserStore();
        users = new UserServiceImpl(store, new AuditLogImpl(db, null), db);
        users.create(platform, "anna", "first password 1", Optional.of("ta"), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of());
    }

    Caller anna() {
        return users.callerFrom("anna", store.roles("anna"), "test");
    }

    Caller tenantAdmin() {
        return users.callerFrom("ta-admin", Set.of("ikz-tenant-admin", "ikz-tenant.ta"), "test");
    }

    @org.junit.jupiter.api.AfterEach
    void stopGenerationListener() {
        if (users != null) {
            users.closeForTests();
        }
    }

    @Test
    void aSelfChangeNeedsTheRightCurrentPassword() {
        assertThatThrownBy(() -> users.setPassword(anna(), "anna", null, "second password 2"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> users.setPassword(anna(), "anna", "wrong password 1", "second password 2"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> users.setPassword(anna(), "anna", "first password 1", "first password 1"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(store.passwords.get("anna")).isEqualTo("first password 1");
        users.setPassword(anna(), "anna", "first password 1", "second password 2");
        assertThat(store.passwords.get("anna")).isEqualTo("second password 2");
        assertThat(users.mustChangePassword("anna")).isFalse();
    }

    @Test
    void anAdminResetNeedsNoCurrentPasswordAndForcesAChangeThatTheOwnChangeClears() {
        users.setPassword(tenantAdmin(), "anna", null, "reset password 3");
        assertThat(store.passwords.get("anna")).isEqualTo("reset password 3");
        assertThat(users.mustChangePassword("anna")).isTrue();
        users.setPassword(platform, "anna", "ignored", "reset password 4");
        assertThat(users.mustChangePassword("anna")).isTrue();
        users.setPassword(anna(), "anna", "reset password 4", "own password 5");
        assertThat(users.mustChangePassword("anna")).isFalse();
        users.setPassword(platform, "anna", null, "reset password 6");
        users.delete(platform, "anna");
        assertThat(users.mustChangePassword("anna")).isFalse();
    }

    @Test
    void thePolicyRefusesCommonPasswordsAndTheUserNameBeforeAnythingChanges() {
        assertThatThrownBy(() -> users.setPassword(platform, "anna", null, "Password2025!"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> users.setPassword(platform, "anna", null, "my-anna-password-7"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> users.create(platform, "bert", "qwertzuiop123", Optional.of("ta"), Set.of(PlatformRole.AUDITOR),
                Optional.empty(), Set.of())).isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(store.passwords.get("anna")).isEqualTo("first password 1");
        assertThat(store.exists("bert")).isFalse();
        assertThat(users.mustChangePassword("anna")).isFalse();
    }

    @Test
    void everyChangeOfAUserMovesTheGeneration() {
        long g0 = users.generation();
        users.setPassword(anna(), "anna", "first password 1", "second password 2");
        long g1 = users.generation();
        assertThat(g1).isGreaterThan(g0);
        users.create(platform, "bert", "cello password 1", Optional.of("ta"), Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of());
        long g2 = users.generation();
        assertThat(g2).isGreaterThan(g1);
        users.delete(platform, "bert");
        assertThat(users.generation()).isGreaterThan(g2);
        long g3 = users.generation();
        assertThatThrownBy(() -> users.setPassword(anna(), "anna", "wrong password 9", "third password 3"));
        assertThat(users.generation()).isEqualTo(g3);
    }

    @Test
    void aSuccessfulLoginReplacesOnlyALegacyHash() {
        users.loginSucceeded("anna", "first password 1");
        assertThat(store.writes.get("anna")).isEqualTo(1);
        store.legacy.add("anna");
        users.loginSucceeded("anna", "first password 1");
        assertThat(store.writes.get("anna")).isEqualTo(2);
        assertThat(store.needsRehash("anna")).isFalse();
    }
}
