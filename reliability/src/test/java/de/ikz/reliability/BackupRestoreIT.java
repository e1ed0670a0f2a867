package de.ikz.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import de.ikz.testkit.LocalSetup;

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
        Map<String, JsonNode> atBackup = new LinkedHashMap<>();
        Path backup;
        Path oldEtc;
        try (Installation old = Installation.unpack("backup-old")) {
            old.start();
            old.call(Installation.ADMIN, "POST", "/api/v1/tenants", Map.of("id", TENANT, "name", "Sicherungsprobe"), 201);
            for (int i = 0; i < 5; i++) {
                old.call(Installation.ADMIN, "POST", "/api/v1/participants?tenant=" + TENANT,
                        Map.of("id", "verein-" + i, "kind", "ASSOCIATION", "name", "Verein " + i), 201);
            }
            old.call(Installation.ADMIN, "POST", "/api/v1/users", Map.of("username", "vor-der-sicherung", "password", Installation.PASSWORD,
                    "tenant", TENANT, "roles", List.of("auditor")), 201);
            assertThat(old.get("vor-der-sicherung", "/api/v1/participants").statusCode()).isEqualTo(200);
            for (String list : LISTS) {
                atBackup.put(list, old.call(Installation.ADMIN, "GET", list, null, 200));
            }
            JsonNode written = old.call(Installation.ADMIN, "POST", "/api/v1/admin/backup", Map.of("folder", "nacht-1"), 200);
            backup = Path.of(written.path("folder").asText());
            assertThat(written.path("keysApart").toString()).contains("ikz-audit.key");
            // work after the backup: must not come back with the restore
            old.call(Installation.ADMIN, "POST", "/api/v1/participants?tenant=" + TENANT,
                    Map.of("id", "nach-der-sicherung", "kind", "ASSOCIATION", "name", "Später"), 201);
            old.call(Installation.ADMIN, "POST", "/api/v1/users", Map.of("username", "nach-der-sicherung", "password", Installation.PASSWORD,
                    "tenant", TENANT, "roles", List.of("auditor")), 201);
            oldEtc = old.home.resolve("etc");
            old.stop();
            // the key files, as the operator keeps them apart from the backups
            Path keys = old.home.resolveSibling("key-backup");
            LocalSetup.deleteTree(keys);
            Files.createDirectories(keys);
            for (String key : List.of("ikz-audit.key", "ikz-fruehehilfen.keys")) {
                if (Files.exists(oldEtc.resolve(key))) {
                    Files.copy(oldEtc.resolve(key), keys.resolve(key));
                }
            }

            try (Installation fresh = Installation.unpack("backup-new")) {
                // the guide's restore: database into data/ikz/derby, etc/ over the new etc/ (the new ports kept), keys from their backup
                int port = fresh.httpPort;
                Path derby = fresh.home.resolve("data/ikz/derby");
                Files.createDirectories(derby.getParent());
                LocalSetup.copyTree(backup.resolve("derby"), derby);
                LocalSetup.copyTree(backup.resolve("etc"), fresh.home.resolve("etc"));
                LocalSetup.copyTree(keys, fresh.home.resolve("etc"));
                fresh.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(port));
                fresh.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(LocalSetup.freePort()));
                fresh.start();
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
        }
    }
}
