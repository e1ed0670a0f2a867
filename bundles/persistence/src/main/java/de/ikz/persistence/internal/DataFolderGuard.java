package de.ikz.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.OwnerOnly;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the platform's data owner-only at every start: the Karaf data folder (database, logs,
 * first-start password, backups by default) becomes {@code rwx------}, and everything below
 * {@code data/ikz} (the embedded database) {@code rw-------}/{@code rwx------}. Derby and the log
 * writer create files with the process umask, so this runs at every start; an operator who
 * starts Karaf with {@code umask 077} gets the same from the first byte. Logs a WARN where it
 * cannot (another owner, no POSIX file system). Waits for the {@link Database} service, so the
 * database folder exists when it runs.
 */
@Component(immediate = true)
public final class DataFolderGuard {

    private static final Logger LOG = LoggerFactory.getLogger(DataFolderGuard.class);

    /** Runs once the database is up (so its folder exists). */
    @Activate
    public DataFolderGuard(@Reference Database database) {
        String data = System.getProperty("karaf.data");
        if (data != null) {
            restrict(Path.of(data));
        }
    }

    /** The folder owner-only, and the database below it. */
    static void restrict(Path data) {
        try {
            OwnerOnly.restrict(data);
            Path db = data.resolve("ikz");
            if (Files.isDirectory(db)) {
                OwnerOnly.restrictTree(db);
            }
        } catch (IOException | SecurityException e) {
            LOG.warn("could not make {} owner-only: {}", data, e.toString());
        }
    }
}
