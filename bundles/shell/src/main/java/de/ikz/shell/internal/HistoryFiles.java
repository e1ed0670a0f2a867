package de.ikz.shell.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the console's command history readable by the owner only.
 *
 * <p>Karaf 4.4 lets JLine write the history of every console session (local and ssh) into one
 * file: the system property {@code karaf.history} if set; else {@code ~/.karaf/karaf.history} if
 * that file is writable; else {@code <karaf.home>/.karaf/karaf.history} ({@code .<karaf.name>}
 * appended for a child instance). JLine creates it with the process umask, world-readable by
 * default. At start this component creates the history's folder owner-only ({@code rwx------})
 * and the file owner-only ({@code rw-------}) before the first command is typed (the local console
 * starts after the boot features, {@code karaf.delay.console}), and tightens both if they exist.
 * The folder is the lasting guard: JLine deletes and recreates the file when the history is
 * cleared. An existing folder is tightened only if it is Karaf's own {@code .karaf}; a folder named
 * through {@code karaf.history} is the operator's.
 *
 * <p>Hand-written: a few lines of {@code java.nio}; no library knows which file Karaf picks.
 */
@Component(immediate = true)
public final class HistoryFiles {

    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final String KARAF_DIR = ".karaf";
    private static final Logger LOG = LoggerFactory.getLogger(HistoryFiles.class);

    @Activate
    public HistoryFiles() {
        this(System.getProperties());
    }

    HistoryFiles(Properties system) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            LOG.info("no POSIX file permissions here: the console history file is left as the system creates it");
            return;
        }
        Path history = historyFile(system);
        try {
            secure(history, true);
            LOG.debug("console history {} is owner-only", history);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not make the console history {} owner-only: {}", history, e.getMessage());
        }
        for (Path other : candidates(system)) {
            if (!other.equals(history) && Files.exists(other)) {
                try {
                    secure(other, false);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("could not make the console history {} owner-only: {}", other, e.getMessage());
                }
            }
        }
    }

    /** The file Karaf's console session writes its history to (ConsoleSessionImpl.getHistoryFile in Karaf 4.4). */
    static Path historyFile(Properties system) {
        List<Path> c = candidates(system);
        return c.size() > 1 && Files.isWritable(c.get(0)) ? c.get(0) : c.get(c.size() - 1);
    }

    /** Karaf's two default places, the user's home first; the configured file alone if there is one. */
    static List<Path> candidates(Properties system) {
        String configured = system.getProperty("karaf.history");
        List<Path> c = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            c.add(Path.of(configured).toAbsolutePath());
            return c;
        }
        String name = system.getProperty("karaf.name", "root");
        String file = "root".equals(name) ? "karaf.history" : "karaf.history." + name;
        Set<Path> places = new LinkedHashSet<>();
        String home = system.getProperty("user.home");
        if (home != null) {
            places.add(Path.of(home, KARAF_DIR, file).toAbsolutePath());
        }
        places.add(Path.of(system.getProperty("karaf.home", "."), KARAF_DIR, file).toAbsolutePath());
        c.addAll(places);
        return c;
    }

    /**
     * Makes {@code file} owner-only, creating it (empty) and its missing folders owner-only if
     * {@code create}; an existing folder is tightened if it is Karaf's own {@code .karaf}.
     */
    static void secure(Path file, boolean create) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            if (!create) {
                return;
            }
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            // createDirectories applies the umask; set what is meant
            Files.setPosixFilePermissions(dir, OWNER_DIR);
        } else if (dir.getFileName() != null && KARAF_DIR.equals(dir.getFileName().toString())) {
            Files.setPosixFilePermissions(dir, OWNER_DIR);
        }
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, OWNER_FILE);
        } else if (create) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        }
    }
}
