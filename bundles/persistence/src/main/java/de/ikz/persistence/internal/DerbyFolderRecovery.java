package de.ikz.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the first start restartable at any point on embedded Derby. Derby writes a database's
 * {@code service.properties} as the last step of creating it (and keeps {@code service.propertiesold}
 * while it rewrites the file later); a folder with neither was never a complete database and cannot
 * hold committed data: the process was killed while Derby created it, and every later boot fails with
 * {@code XBM0A}. Such a folder is moved aside to {@code <name>.incomplete-<UTC timestamp>} (never
 * deleted) with a WARN, so Derby ({@code create=true}) creates the database anew. A complete
 * database, a missing folder and a folder that is not a directory are left alone. Hand-written: a
 * file-system check of a few lines, no library does this.
 */
final class DerbyFolderRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyFolderRecovery.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private DerbyFolderRecovery() {
    }

    /** The embedded database folder of the default configuration, {@code ${karaf.data}/ikz/derby}; empty outside Karaf. */
    static Optional<Path> defaultFolder() {
        String data = System.getProperty("karaf.data");
        return data == null || data.isBlank() ? Optional.empty() : Optional.of(Path.of(data, "ikz", "derby"));
    }

    /** True if {@code folder} is a directory that Derby began but never finished creating. */
    static boolean isIncomplete(Path folder) {
        return Files.isDirectory(folder)
                && !Files.exists(folder.resolve("service.properties"))
                && !Files.exists(folder.resolve("service.propertiesold"));
    }

    /**
     * Moves an incomplete database folder aside.
     *
     * @return where it went, or empty if there was nothing to do
     * @throws IllegalStateException if the folder cannot be moved (the start fails with this reason)
     */
    static Optional<Path> moveAsideIfIncomplete(Path folder, Clock clock) {
        if (!isIncomplete(folder)) {
            return Optional.empty();
        }
        String base = folder.getFileName() + ".incomplete-" + STAMP.format(clock.instant());
        Path target = folder.resolveSibling(base);
        for (int i = 1; Files.exists(target); i++) {
            target = folder.resolveSibling(base + "-" + i);
        }
        try {
            Files.move(folder, target);
        } catch (IOException e) {
            throw new IllegalStateException("the embedded database folder " + folder + " is incomplete (a start was "
                    + "interrupted while Derby created it) and could not be moved aside: " + e
                    + "; stop the platform and move or delete the folder", e);
        }
        LOG.warn("the embedded database folder {} was incomplete (no service.properties: a start was interrupted while "
                + "Derby created it, so it held no committed data); moved it aside to {} and creating the database anew. "
                + "The moved folder may be deleted.", folder, target);
        return Optional.of(target);
    }
}
