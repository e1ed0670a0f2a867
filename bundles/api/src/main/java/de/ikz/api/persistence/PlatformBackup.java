package de.ikz.api.persistence;

import java.nio.file.Path;
import java.util.List;

import de.ikz.api.tenant.Caller;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A backup of what a restored installation needs besides the program: the database (embedded Derby,
 * online; PostgreSQL is dumped with its own tools) and the configuration folder {@code etc/} with the
 * users, their roles and every setting. Key files ({@code *.key}, {@code *.keys}, key stores) are
 * deliberately <em>not</em> copied: whoever holds the backup and the keys could read the encrypted
 * health data and rewrite the access log, so keys are backed up apart; the backup's {@code BACKUP.txt}
 * names each key file with its SHA-256, so a restore can check it has the right ones. Only a platform
 * admin may make one; it goes into the backup root ({@link BackupRoot}) and is owner-only.
 *
 * @since 1.2
 */
@ProviderType
public interface PlatformBackup {

    /** The manifest file written into every backup folder. */
    String MANIFEST = "BACKUP.txt";

    /**
     * What was written.
     *
     * @param folder        the backup folder
     * @param dialect       {@code derby} or {@code postgresql}
     * @param database      the database copy inside the folder, or null for PostgreSQL (use {@code pg_dump})
     * @param configuration the files of {@code etc/} copied (relative names)
     * @param keysApart     key files left out, each "name sha256=…": back them up separately
     */
    record Result(Path folder, String dialect, Path database, List<String> configuration, List<String> keysApart) {
        public Result {
            configuration = List.copyOf(configuration);
            keysApart = List.copyOf(keysApart);
        }
    }

    /**
     * Writes a backup into a new folder inside the backup root.
     *
     * @param folder the folder's name (or a path inside the root)
     * @throws de.ikz.api.error.IkzException FORBIDDEN for anyone but a platform admin, INVALID (field
     *                                       {@code folder}) for a folder outside the root, CONFLICT if it already holds a backup
     */
    Result backup(Caller caller, String folder);
}
