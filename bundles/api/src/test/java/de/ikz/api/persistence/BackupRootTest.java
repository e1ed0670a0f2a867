package de.ikz.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import de.ikz.api.error.IkzException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRootTest {

    @TempDir
    Path tmp;

    @Test
    void backupsGoOnlyIntoTheRoot() {
        BackupRoot root = new BackupRoot(tmp.resolve("backups"));
        assertThat(root.resolve("2026-11-21")).isEqualTo(tmp.resolve("backups/2026-11-21"));
        assertThat(root.resolve(tmp.resolve("backups/nightly/1").toString())).isEqualTo(tmp.resolve("backups/nightly/1"));
        for (String bad : new String[] {"/etc", tmp.resolve("elsewhere").toString(), "../escape", "a/../../escape",
                tmp.resolve("backups/../x").toString(), "", " ", "a\u0000b", "a\nb", tmp.resolve("backups").toString()}) {
            assertThatThrownBy(() -> root.resolve(bad)).as(bad).isInstanceOf(IkzException.class)
                    .satisfies(e -> assertThat(((IkzException) e).field()).isEqualTo("folder"));
        }
    }

    @Test
    void aLinkInsideTheRootCannotLeadOut() throws Exception {
        Path r = Files.createDirectories(tmp.resolve("backups"));
        Files.createSymbolicLink(r.resolve("out"), Files.createDirectories(tmp.resolve("outside")));
        BackupRoot root = new BackupRoot(r);
        assertThatThrownBy(() -> root.resolve("out/x")).isInstanceOf(IkzException.class);
    }

    @Test
    void theRootIsCreatedOwnerOnly() throws Exception {
        BackupRoot root = new BackupRoot(tmp.resolve("new-root"));
        root.resolve("x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("new-root")))).isEqualTo("rwx------");
    }
}
