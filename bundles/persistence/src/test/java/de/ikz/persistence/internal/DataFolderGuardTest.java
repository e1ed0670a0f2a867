package de.ikz.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderGuardTest {

    @TempDir
    Path tmp;

    @Test
    void dataFolderAndDatabaseBecomeOwnerOnly() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path file = Files.writeString(Files.createDirectories(data.resolve("ikz/derby/seg0")).resolve("c10.dat"), "x");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        DataFolderGuard.restrict(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("ikz/derby")))).isEqualTo("rwx------");
    }
}
