package de.ikz.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.sql.Connection;
import java.sql.Statement;

import com.fasterxml.jackson.databind.JsonNode;

import de.ikz.testkit.LocalSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;

/**
 * Backup and restore as the operator guide says, on two installations: the old one writes a backup
 * ({@code POST /admin/backup}), keeps working, and stops; a fresh installation gets the backup's database and
 * configuration and, from their own backup, the key files; started, it shows exactly what the old one had at the
 * time of the backup — every list, the users and their logins, the access log intact — and nothing from after it.
 */
class BackupRestoreIT {

    static final String TENANT = "sicherung";
    /** The lists of data the comparison covers (the platform admin's view; modules are the program, not data). */
    static final List<String> LISTS = List.of("/api/v1/tenants", "/api/v1/users", "/api/v1/participants?tenant=" + TENANT,
            "/api/v1/agreements?tenant=" + TENANT, "/api/v1/grants?tenant=" + TENANT);

    @Test
    void aRestoredInstallationHasTheDataUsersAndLoginsOfTheBackupAndNothingAfter() throws Exception {
        try (Installation old = Installation.unpack("backup-old")) {
            old.start();
            Before before = workAndBackUp(old);
            afterBackup(old);
            Path keys = stopAndKeepKeys(old);

            try (Installation fresh = Installation.unpack("backup-new")) {
                // the guide's restore: database into data/ikz/derby, etc/ over the new etc/ (the new ports kept), keys from their backup
                Path derby = fresh.home.resolve("data/ikz/derby");
                Files.createDirectories(derby.getParent());
                LocalSetup.copyTree(before.backup().resolve("derby"), derby);
                restoreEtcAndKeys(fresh, before.backup(), keys);
                fresh.start();
                assertRestored(fresh, before.lists());
            }
        }
    }

    /**
     * The same on PostgreSQL, by the guide's PostgreSQL steps: {@code ikz:backup} for {@code etc/}, {@code pg_dump -Fc}
     * for the database; restored with {@code createdb} and {@code pg_restore} into an empty database that the fresh
     * installation's data source names. Needs Debian's {@code postgresql-client} (pg_dump, pg_restore of the server's
     * major version, 15 here; {@code .ci/run} installs it).
     */
    @Test
    void onPostgresqlADumpRestoredIntoAnEmptyDatabaseGivesTheSameDataUsersAndLogins() throws Exception {
        String pgDump = tool("pg_dump");
        String pgRestore = tool("pg_restore");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(LocalSetup.freePort())
                .setServerConfig("listen_addresses", "127.0.0.1").start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE USER ikz PASSWORD '" + TwoNodesIT.DB_PASSWORD + "'");
                st.execute("CREATE DATABASE ikz OWNER ikz");
            }
            String host = "127.0.0.1";
            String port = String.valueOf(pg.getPort());
            Path dump;
            Before before;
            Path keys;
            try (Installation old = Installation.unpack("pg-backup-old")) {
                TwoNodesIT.dataSourceFile(old, "jdbc:postgresql://" + host + ":" + port + "/ikz");
                old.start();
                before = workAndBackUp(old);
                assertThat(before.backup().resolve("derby")).as("no database copy in the folder on PostgreSQL").doesNotExist();
                // the guide: the nightly dump, taken while the platform runs
                dump = before.backup().resolveSibling("ikz-nacht-1.dump");
                pg(List.of(pgDump, "-h", host, "-p", port, "-U", "ikz", "-Fc", "-f", dump.toString(), "ikz"), before.backup());
                afterBackup(old);
                keys = stopAndKeepKeys(old);
            }
            // the guide's restore: an empty database, pg_restore into it, the data source names it
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE ikz_restored OWNER ikz");
            }
            pg(List.of(pgRestore, "-h", host, "-p", port, "-U", "ikz", "-d", "ikz_restored", dump.toString()), before.backup());
            try (Installation fresh = Installation.unpack("pg-backup-new")) {
                restoreEtcAndKeys(fresh, before.backup(), keys);
                TwoNodesIT.dataSourceFile(fresh, "jdbc:postgresql://" + host + ":" + port + "/ikz_restored");
                fresh.start();
                assertRestored(fresh, before.lists());
            }
        }
    }

    /** What the installation shows at the time of the backup, and the backup's folder. */
    record Before(Map<String, JsonNode> lists, Path backup) {
    }

    /** A tenant, participants and a user; the lists; the backup. */
    private static Before workAndBackUp(Installation old) {
        Map<String, JsonNode> atBackup = new LinkedHashMap<>();
        old.call(Installation.ADMIN, "POST", "/api/v1/tenants", Map.of("id", TENANT, "name", "Sicherungsprobe"), 201);
        for (int i = 0; i < 5; i++) {
            old.call(Installation.ADMIN, "POST", "/api/v1/participants?tenant=" + TENANT,
                    Map.of("id", "verein-" + i, "kind", "ASSOCIATION", "name", "Verein " + i), 201);
        }
        old.call(Installation.ADMIN, "POST", "/api/v1/users", Map.of("username", "vor-der-sicherung", "password", Installation.PASSWORD,
                "tenant", TENANT, "roles", List.of("auditor")), 201);
        try {
            assertThat(old.get("vor-der-sicherung", "/api/v1/participants").statusCode()).isEqualTo(200);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String list : LISTS) {
            atBackup.put(list, old.call(Installation.ADMIN, "GET", list, null, 200));
        }
        JsonNode written = old.call(Installation.ADMIN, "POST", "/api/v1/admin/backup", Map.of("folder", "nacht-1"), 200);
        assertThat(written.path("keysApart").toString()).contains("ikz-audit.key");
        return new Before(atBackup, Path.of(written.path("folder").asText()));
    }

    /** Work after the backup: must not come back with the restore. */
    private static void afterBackup(Installation old) {
        old.call(Installation.ADMIN, "POST", "/api/v1/participants?tenant=" + TENANT,
                Map.of("id", "nach-der-sicherung", "kind", "ASSOCIATION", "name", "Später"), 201);
        old.call(Installation.ADMIN, "POST", "/api/v1/users", Map.of("username", "nach-der-sicherung", "password", Installation.PASSWORD,
                "tenant", TENANT, "roles", List.of("auditor")), 201);
    }

    /** Stops the installation and copies its key files aside, as the operator keeps them apart from the backups. */
    private static Path stopAndKeepKeys(Installation old) throws Exception {
        Path oldEtc = old.home.resolve("etc");
        old.stop();
        Path keys = old.home.resolveSibling(old.home.getFileName() + "-key-backup");
        LocalSetup.deleteTree(keys);
        Files.createDirectories(keys);
        for (String key : List.of("ikz-audit.key", "ikz-fruehehilfen.keys")) {
            if (Files.exists(oldEtc.resolve(key))) {
                Files.copy(oldEtc.resolve(key), keys.resolve(key));
            }
        }
        return keys;
    }

    /** The backup's etc/ over the fresh one (keeping the fresh installation's ports), then the keys. */
    private static void restoreEtcAndKeys(Installation fresh, Path backup, Path keys) {
        int port = fresh.httpPort;
        LocalSetup.copyTree(backup.resolve("etc"), fresh.home.resolve("etc"));
        LocalSetup.copyTree(keys, fresh.home.resolve("etc"));
        fresh.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(port));
        fresh.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(LocalSetup.freePort()));
    }

    /** Every list as at the backup, the logins of before and after it, the access log intact. */
    private static void assertRestored(Installation fresh, Map<String, JsonNode> atBackup) throws Exception {
        for (String list : LISTS) {
            assertThat(fresh.call(Installation.ADMIN, "GET", list, null, 200)).as(list).isEqualTo(atBackup.get(list));
        }
        assertThat(fresh.get("vor-der-sicherung", "/api/v1/participants").statusCode()).as("a user from before the backup logs in")
                .isEqualTo(200);
        assertThat(fresh.get("nach-der-sicherung", "/api/v1/participants").statusCode()).as("a user from after it does not")
                .isEqualTo(401);
        JsonNode verify = fresh.call(Installation.ADMIN, "GET", "/api/v1/audit/verify", null, 200);
        assertThat(verify.path("intact").asBoolean()).as("access log after the restore: " + verify).isTrue();
    }

    /** A PostgreSQL client program of Debian's postgresql-client; a clear failure if it is missing. */
    private static String tool(String name) {
        for (String dir : List.of("/usr/bin", "/usr/lib/postgresql/15/bin")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        throw new AssertionError(name + " not found: install Debian's postgresql-client (.ci/run does)");
    }

    /** Runs a PostgreSQL client program with the database password of the guide's step 1. */
    private static void pg(List<String> cmd, Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", TwoNodesIT.DB_PASSWORD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed: " + out);
        }
    }
}
