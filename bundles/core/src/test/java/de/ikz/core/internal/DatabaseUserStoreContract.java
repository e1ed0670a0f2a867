package de.ikz.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Migration;
import de.ikz.persistence.internal.JdbcDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users in the platform database (issue 14), on every supported database. */
abstract class DatabaseUserStoreContract {

    protected abstract DataSource freshDataSource() throws Exception;

    static final Map<String, Object> SETTINGS = PlatformUsers.realmOptions(Map.of(
            "encryption.algorithm", "PBKDF2WithHmacSHA512",
            "encryption.iterations", Integer.toString(Pbkdf2Encryption.MIN_ITERATIONS)));

    DataSource dataSource;
    JdbcDatabase db;
    UserGeneration generation;
    DatabaseUserStore store;

    @BeforeEach
    void setUp() throws Exception {
        dataSource = freshDataSource();
        db = new JdbcDatabase(dataSource);
        db.migrate(CoreSchema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        generation = new UserGeneration(db);
        store = new DatabaseUserStore(db, JaasUserStore.Crypt.of(SETTINGS), generation);
    }

    @AfterEach
    void tearDown() {
        generation.close();
        db.close();
    }

    @Test
    void aUserWithRolesAndTheConsoleGroupIsStoredHashedAndEveryChangeMovesTheGeneration() {
        long before = generation.current();
        store.putUser("anna", "correct horse battery");
        store.addRole("anna", "ikz-tenant-admin");
        store.addGroup("anna", "admingroup");
        assertThat(generation.current()).isGreaterThan(before);
        assertThat(store.exists("anna")).isTrue();
        assertThat(store.usernames()).containsExactly("anna"); // the group's rows are not a user
        // the group's roles as Karaf's console needs them, the group marker itself not
        assertThat(store.roles("anna")).contains("ikz-tenant-admin", "admin", "manager", "viewer", "systembundles")
                .noneMatch(r -> r.startsWith(DatabaseUserStore.GROUP_PREFIX));
        String stored = db.inTransaction(s -> s.queryOne("SELECT password FROM ikz_user WHERE username = 'anna'",
                rs -> rs.getString(1))).orElseThrow();
        assertThat(stored).startsWith("{CRYPT}").doesNotContain("correct horse battery");
        assertThat(store.checkPassword("anna", "correct horse battery")).isTrue();
        assertThat(store.checkPassword("anna", "wrong")).isFalse();
        assertThat(store.needsRehash("anna")).isFalse();

        store.putUser("anna", "another horse battery"); // a new password keeps the roles
        assertThat(store.checkPassword("anna", "another horse battery")).isTrue();
        assertThat(store.roles("anna")).contains("ikz-tenant-admin");

        long beforeDelete = generation.current();
        store.deleteUser("anna");
        assertThat(store.exists("anna")).isFalse();
        assertThat(store.roles("anna")).isEmpty();
        assertThat(generation.current()).isGreaterThan(beforeDelete);
        assertThatThrownBy(() -> store.putUser("_g_:admingroup", "x-password-123"))
                .isInstanceOf(IkzException.class).hasMessageContaining("_g_:");
    }

    @Test
    void aRoleAddedInsideATransactionThatRollsBackIsNotThere() {
        store.putUser("ben", "correct horse battery");
        assertThatThrownBy(() -> db.inTransaction(s -> {
            store.addRole(s, "ben", "ikz-coordinator");
            throw new IllegalStateException("the grant failed after the role");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.roles("ben")).doesNotContain("ikz-coordinator");
    }

    @Test
    void theUsersOfAnOlderReleaseAreCopiedOnceFromUsersPropertiesWithTheirHashesRolesAndGroups(@TempDir Path etc) throws Exception {
        String hash = "{CRYPT}" + new Pbkdf2Encryption(Pbkdf2Encryption.MIN_ITERATIONS).encryptPassword("old password 1") + "{CRYPT}";
        Path file = etc.resolve("users.properties");
        Files.writeString(file, "# users of release 1\n"
                + "admin = " + hash + ",ikz-platform-admin,_g_\\:admingroup\n"
                + "clara = legacy-clear-text,ikz-auditor,ikz-tenant.kreis-a\n"
                + "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n");
        assertThat(store.importOnce(file)).isEqualTo(2);
        assertThat(store.usernames()).containsExactly("admin", "clara");
        assertThat(store.checkPassword("admin", "old password 1")).isTrue();
        assertThat(store.roles("admin")).contains("ikz-platform-admin", "ssh"); // the file's group, with ssh
        assertThat(store.checkPassword("clara", "legacy-clear-text")).isTrue();
        assertThat(store.needsRehash("clara")).isTrue(); // replaced by a hash at the next login
        assertThat(Files.exists(file)).isFalse();
        assertThat(etc.resolve("users.properties.imported")).exists();

        // a second start: the database has users, a file put back changes nothing
        Files.writeString(file, "mallory = x,ikz-platform-admin\n");
        assertThat(store.importOnce(file)).isZero();
        assertThat(store.exists("mallory")).isFalse();
    }

    @Test
    void aFreshInstallationsUsersFileWithOnlyTheGroupCopiesNothing(@TempDir Path etc) throws Exception {
        Path file = etc.resolve("users.properties");
        Files.writeString(file, "_g_\\:admingroup = group,admin,manager,viewer,systembundles\n");
        assertThat(store.importOnce(file)).isZero();
        assertThat(file).exists();
        assertThat(store.importOnce(etc.resolve("missing.properties"))).isZero();
    }
}
