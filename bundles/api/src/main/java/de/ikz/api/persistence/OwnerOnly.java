package de.ikz.api.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The platform's one rule for files that hold personal data or keys (the database, backups, the
 * data folder): readable and writable by the owner only, {@code rw-------} for files and
 * {@code rwx------} for folders. On a file system without POSIX permissions nothing is changed.
 * Hand-written: two calls of {@code java.nio}.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Makes one file or folder owner-only (written only where it is not already). */
    public static void restrict(Path p) throws IOException {
        try {
            Set<PosixFilePermission> wanted = Files.isDirectory(p) ? FOLDER : FILE;
            if (!Files.getPosixFilePermissions(p).equals(wanted)) {
                Files.setPosixFilePermissions(p, wanted);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    /** Makes a folder and everything below it owner-only. */
    public static void restrictTree(Path root) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.toList();
        }
        for (Path p : all) {
            restrict(p);
        }
    }
}
