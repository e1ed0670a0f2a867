package de.ikz.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console history file Karaf picks is owner-only, and so is its folder. */
class HistoryFilesTest {

    @TempDir
    Path tmp;

    private Properties system(Path userHome, Path karafHome) {
        Properties p = new Properties();
        p.setProperty("user.home", userHome.toString());
        p.setProperty("karaf.home", karafHome.toString());
        return p;
    }

    @Test
    void aFreshInstallationGetsAnOwnerOnlyHistoryInTheKarafHome() throws Exception {
        Path userHome = Files.createDirectories(tmp.resolve("home"));
        Path karafHome = Files.createDirectories(tmp.resolve("karaf"));

        new HistoryFiles(system(userHome, karafHome));

        // Karaf writes here when ~/.karaf/karaf.history is not writable (absent)
        Path history = karafHome.resolve(".karaf/karaf.history");
        assertThat(HistoryFiles.historyFile(system(userHome, karafHome))).isEqualTo(history.toAbsolutePath());
        assertThat(Files.getPosixFilePermissions(history)).isEqualTo(HistoryFiles.OWNER_FILE);
        assertThat(Files.getPosixFilePermissions(history.getParent())).isEqualTo(HistoryFiles.OWNER_DIR);
        assertThat(userHome.resolve(".karaf")).doesNotExist();
    }

    @Test
    void anExistingWorldReadableHistoryAndFolderAreTightened() throws Exception {
        Path userHome = Files.createDirectories(tmp.resolve("home"));
        Path karafHome = tmp.resolve("karaf");
        Path dir = Files.createDirectories(karafHome.resolve(".karaf"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path history = Files.writeString(dir.resolve("karaf.history"), "ikz:user-list\n");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rw-r--r--"));

        new HistoryFiles(system(userHome, karafHome));

        assertThat(Files.getPosixFilePermissions(history)).isEqualTo(HistoryFiles.OWNER_FILE);
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(HistoryFiles.OWNER_DIR);
        assertThat(Files.readString(history)).isEqualTo("ikz:user-list\n");
    }

    @Test
    void aHistoryInTheUsersHomeIsTheOneKarafUsesAndIsTightened() throws Exception {
        Path userHome = tmp.resolve("home");
        Path karafHome = Files.createDirectories(tmp.resolve("karaf"));
        Path dir = Files.createDirectories(userHome.resolve(".karaf"));
        Path history = Files.writeString(dir.resolve("karaf.history"), "bundle:list\n");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rw-r--r--"));

        new HistoryFiles(system(userHome, karafHome));

        assertThat(HistoryFiles.historyFile(system(userHome, karafHome))).isEqualTo(history.toAbsolutePath());
        assertThat(Files.getPosixFilePermissions(history)).isEqualTo(HistoryFiles.OWNER_FILE);
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(HistoryFiles.OWNER_DIR);
        // nothing created beside it: Karaf keeps using the one in the user's home
        assertThat(karafHome.resolve(".karaf")).doesNotExist();
    }

    @Test
    void aConfiguredHistoryFileIsOwnerOnlyAndItsExistingFolderIsTheOperators() throws Exception {
        Path shared = Files.createDirectories(tmp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Properties p = system(tmp.resolve("home"), tmp.resolve("karaf"));
        p.setProperty("karaf.history", shared.resolve("console.history").toString());

        new HistoryFiles(p);

        assertThat(Files.getPosixFilePermissions(shared.resolve("console.history"))).isEqualTo(HistoryFiles.OWNER_FILE);
        assertThat(Files.getPosixFilePermissions(shared)).isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aMissingConfiguredFolderIsCreatedOwnerOnly() throws Exception {
        Properties p = system(tmp.resolve("home"), tmp.resolve("karaf"));
        Path history = tmp.resolve("var/ikz/history/console.history");
        p.setProperty("karaf.history", history.toString());

        new HistoryFiles(p);

        assertThat(Files.getPosixFilePermissions(history)).isEqualTo(HistoryFiles.OWNER_FILE);
        assertThat(Files.getPosixFilePermissions(history.getParent())).isEqualTo(HistoryFiles.OWNER_DIR);
    }

    @Test
    void aChildInstanceHasItsOwnHistoryFile() {
        Properties p = system(tmp.resolve("home"), tmp.resolve("karaf"));
        p.setProperty("karaf.name", "child1");

        assertThat(HistoryFiles.historyFile(p)).isEqualTo(tmp.resolve("karaf/.karaf/karaf.history.child1").toAbsolutePath());
    }
}
