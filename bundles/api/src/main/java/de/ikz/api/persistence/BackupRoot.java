package de.ikz.api.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import de.ikz.api.error.IkzException;

/**
 * The one folder backups may go to. A requested folder is taken relative to it; an absolute path
 * is accepted only inside it; {@code ..}, control characters and symbolic links that lead out are
 * refused (400, field {@code folder}). The root is created owner-only.
 */
public final class BackupRoot {

    /** The configuration (etc/de.ikz.backup.cfg) and its key that name the root; REST and console read the same. */
    public static final String PID = "de.ikz.backup";
    public static final String KEY = "root";

    private final Path root;

    /**
     * The root as configured: empty means {@code <karaf.data>/backup}; a relative path is taken from the
     * Karaf home.
     */
    public static BackupRoot fromSetting(String configured) {
        return new BackupRoot(configured == null || configured.isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "backup").toAbsolutePath()
                : Path.of(System.getProperty("karaf.home", ".")).resolve(configured.strip()).toAbsolutePath());
    }

    public BackupRoot(Path root) {
        if (!root.isAbsolute()) {
            throw new IllegalArgumentException("backup root must be an absolute path: " + root);
        }
        this.root = root.normalize();
    }

    public Path root() {
        return root;
    }

    /** The folder for a backup, checked to lie inside the root; creates the root (owner-only) if needed. */
    public Path resolve(String folder) {
        if (folder == null || folder.isBlank()) {
            throw IkzException.invalid("folder", "folder is required (a name inside the backup root)");
        }
        if (folder.length() > 255 || folder.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw IkzException.invalid("folder", "folder contains control characters or is too long");
        }
        Path p;
        try {
            p = Path.of(folder);
        } catch (InvalidPathException e) {
            throw IkzException.invalid("folder", "folder is not a valid path");
        }
        for (Path element : p) {
            if (element.toString().equals("..")) {
                throw IkzException.invalid("folder", "folder must not contain '..'");
            }
        }
        Path target = (p.isAbsolute() ? p : root.resolve(p)).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw IkzException.invalid("folder", "backups go only into a folder inside the backup root " + root);
        }
        try {
            if (!Files.isDirectory(root)) {
                Files.createDirectories(root);
                OwnerOnly.restrict(root);
            }
            // a symbolic link inside the root must not lead out of it
            Path realRoot = root.toRealPath();
            Path existing = target;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing == null || !existing.toRealPath().startsWith(realRoot)) {
                throw IkzException.invalid("folder", "backups go only into a folder inside the backup root " + root);
            }
        } catch (IOException e) {
            throw IkzException.invalid("folder", "cannot use the backup root " + root + ": " + e.getMessage());
        }
        return target;
    }
}
