package de.ikz.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.BackupRoot;
import de.ikz.api.persistence.Migration;
import de.ikz.api.persistence.PlatformBackup;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.persistence.internal.DerbyTestDatabase;
import de.ikz.persistence.internal.JdbcDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform backup: database, etc/ with users and settings, key files apart with their checksums. */
class PlatformBackupTest {

    @TempDir
    Path home;

    JdbcDatabase db;
    AuditLogImpl audit;
    PlatformBackupImpl backups;
    final Caller admin = new Caller("admin", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(), Set.of(), "test");

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDatabase(DerbyTestDatabase.fresh(home.resolve("db")));
        db.migrate(CoreSchema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        Path etc = home.resolve("etc");
        Files.createDirectories(etc.resolve("sub"));
        Files.writeString(etc.resolve("users.properties"), "admin = {CRYPT}x{CRYPT},_g_:admingroup\nanna = {CRYPT}y{CRYPT},coordinator\n");
        Files.writeString(etc.resolve("org.ops4j.datasource-ikz.cfg"), "url = jdbc:derby:x\n");
        Files.writeString(etc.resolve("sub/de.ikz.rest.cfg"), "public.requests.per.minute = 30\n");
        Files.writeString(etc.resolve("ikz-fruehehilfen.keys"), "k1=secret\n");
        audit = new AuditLogImpl(db, AuditKey.loadOrCreate(etc.resolve("ikz-audit.key")), new AuditCheckpoints(home.resolve("cp.log")), false);
        backups = PlatformBackupImpl.of(db, audit, new BackupRoot(home.resolve("backups")), etc,
                Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void theBackupHoldsTheDatabaseAndTheConfigurationButNoKeyAndNamesEachKeyWithItsChecksum() throws Exception {
        PlatformBackup.Result r = backups.backup(admin, "nightly");
        Path folder = home.resolve("backups/nightly");
        assertThat(r.folder()).isEqualTo(folder);
        assertThat(r.database().getParent()).isEqualTo(folder);
        assertThat(Files.exists(r.database().resolve("service.properties"))).as("a Derby database folder").isTrue();
        assertThat(r.configuration()).containsExactly("org.ops4j.datasource-ikz.cfg", "sub/de.ikz.rest.cfg", "users.properties");
        assertThat(Files.readString(folder.resolve("etc/users.properties"))).contains("anna = {CRYPT}y{CRYPT},coordinator");
        assertThat(folder.resolve("etc/ikz-audit.key")).doesNotExist();
        assertThat(folder.resolve("etc/ikz-fruehehilfen.keys")).doesNotExist();
        String fhSum = PlatformBackupImpl.sha256(home.resolve("etc/ikz-fruehehilfen.keys"));
        assertThat(r.keysApart()).containsExactly("ikz-audit.key sha256=" + PlatformBackupImpl.sha256(home.resolve("etc/ikz-audit.key")),
                "ikz-fruehehilfen.keys sha256=" + fhSum);
        assertThat(Files.readString(folder.resolve(PlatformBackup.MANIFEST))).contains("created: 2026-11-29T02:00:00Z by admin")
                .contains(r.database().getFileName() + "/ (restore into data/ikz/derby)").contains("ikz-fruehehilfen.keys sha256=" + fhSum);
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                        .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void onlyAPlatformAdminBacksUpAndABackupIsNeverWrittenOverAnother() {
        Caller tenantAdmin = new Caller("ta", Set.of(PlatformRole.TENANT_ADMIN), Optional.of("t1"), Optional.empty(), Set.of(), "test");
        assertThatThrownBy(() -> backups.backup(tenantAdmin, "x")).isInstanceOfSatisfying(IkzException.class,
                e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.FORBIDDEN));
        assertThat(home.resolve("backups/x")).doesNotExist();
        backups.backup(admin, "once");
        assertThatThrownBy(() -> backups.backup(admin, "once")).isInstanceOfSatisfying(IkzException.class, e -> {
            assertThat(e.kind()).isEqualTo(IkzException.Kind.CONFLICT);
            assertThat(e.field()).isEqualTo("folder");
        });
        assertThatThrownBy(() -> backups.backup(admin, "../outside")).isInstanceOfSatisfying(IkzException.class,
                e -> assertThat(e.field()).isEqualTo("folder"));
        assertThat(List.of(home.resolve("outside"))).allMatch(p -> !Files.exists(p));
    }
}
