package de.ikz.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.ikz.api.error.IkzException;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.persistence.BackupRoot;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.OwnerOnly;
import de.ikz.api.persistence.PlatformBackup;
import de.ikz.api.tenant.Caller;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The platform's backup ({@link PlatformBackup}) for the console ({@code ikz:backup}) and REST
 * ({@code POST /admin/backup}) alike: into {@code <root>/<folder>} the database ({@code derby/}, Derby's
 * online backup), a copy of {@code etc/} ({@code etc/}: users and roles in {@code users.properties}, the
 * data source, every setting) without key files, and {@code BACKUP.txt} naming what is in it and each key
 * file left out with its SHA-256. Every file is owner-only. The copy of {@code etc/} is taken after the
 * database's: a user created in between is in the copy but not in the database (the users file and the
 * database are not one transaction; the guide says to back up at a quiet time).
 */
@Component(service = PlatformBackup.class, configurationPid = BackupRoot.PID)
@Designate(ocd = PlatformBackupImpl.Config.class)
public final class PlatformBackupImpl implements PlatformBackup {

    @ObjectClassDefinition(name = "IKZ backups")
    public @interface Config {
        @AttributeDefinition(description = "The only folder backups may be written to (absolute; empty: <karaf.data>/backup). "
                + "Put it on another disk and back it up off the machine.")
        String root() default "";
    }

    /** Files of etc/ that are keys: never copied into a backup, backed up apart. */
    static final Pattern KEY_FILE = Pattern.compile("(?i).*(\\.key|\\.keys|\\.jks|\\.p12|\\.pfx|\\.pem|keystore.*)");

    private final Database db;
    private final AuditLog audit;
    private final BackupRoot root;
    private final Path etc;
    private final Clock clock;

    @Activate
    public PlatformBackupImpl(@Reference Database db, @Reference AuditLog audit, Config config) {
        this(db, audit, BackupRoot.fromSetting(config.root()),
                Path.of(System.getProperty("karaf.etc", System.getProperty("karaf.home", ".") + "/etc")).toAbsolutePath(),
                Clock.systemUTC());
    }

    /** On given folders and clock (tests). */
    static PlatformBackupImpl of(Database db, AuditLog audit, BackupRoot root, Path etc, Clock clock) {
        return new PlatformBackupImpl(db, audit, root, etc, clock);
    }

    private PlatformBackupImpl(Database db, AuditLog audit, BackupRoot root, Path etc, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.root = root;
        this.etc = etc;
        this.clock = clock;
    }

    @Override
    public Result backup(Caller caller, String folder) {
        if (caller == null || !caller.isPlatformAdmin()) {
            throw IkzException.forbidden("only a platform admin may make a backup");
        }
        Path target = root.resolve(folder);
        if (!empty(target)) {
            throw IkzException.conflict("folder", "the folder is not empty: " + target.getFileName() + " (a backup goes into a new folder)");
        }
        try {
            Files.createDirectories(target);
            OwnerOnly.restrict(target);
            Path database = null;
            if ("derby".equals(db.dialect())) {
                // Derby writes the copy into a folder named as the database's folder (data/ikz/derby: derby)
                Path written = db.backup(target);
                try (Stream<Path> s = Files.list(written)) {
                    database = s.filter(Files::isDirectory).findFirst()
                            .orElseThrow(() -> new IllegalStateException("the database backup wrote nothing into " + written));
                }
            }
            List<String> copied = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            copyConfiguration(target.resolve("etc"), copied, keys);
            Files.writeString(target.resolve(MANIFEST), manifest(caller, database, copied, keys), StandardCharsets.UTF_8);
            OwnerOnly.restrictTree(target);
            audit.append(caller, null, "BACKUP", "platform", target + " (" + (database == null ? "configuration only" : "database and configuration")
                    + ", " + copied.size() + " files of etc, keys apart: " + keys.size() + ")");
            return new Result(target, db.dialect(), database, copied, keys);
        } catch (IOException e) {
            throw new UncheckedIOException("backup into " + target + " failed: " + e.getMessage(), e);
        }
    }

    private void copyConfiguration(Path to, List<String> copied, List<String> keys) throws IOException {
        Files.createDirectories(to);
        List<Path> files;
        try (Stream<Path> s = Files.walk(etc)) {
            files = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path f : files) {
            String name = etc.relativize(f).toString();
            if (KEY_FILE.matcher(f.getFileName().toString()).matches()) {
                keys.add(name + " sha256=" + sha256(f));
                continue;
            }
            Path dest = to.resolve(name);
            Files.createDirectories(dest.getParent());
            Files.copy(f, dest, StandardCopyOption.COPY_ATTRIBUTES);
            copied.add(name);
        }
    }

    private String manifest(Caller caller, Path database, List<String> copied, List<String> keys) {
        StringBuilder b = new StringBuilder();
        b.append("IKZ platform backup\n");
        b.append("created: ").append(Instant.now(clock)).append(" by ").append(caller.user()).append('\n');
        b.append("database: ").append(database == null
                ? db.dialect() + " - not in this folder: dump it with pg_dump -Fc (docs/operator-guide.md, Backup and restore)"
                : database.getFileName() + "/ (restore into data/ikz/derby)").append('\n');
        b.append("configuration: etc/ (").append(copied.size()).append(" files; restore into the installation's etc/)\n");
        b.append("keys NOT in this backup - restore them from their own backup and compare the checksums:\n");
        for (String k : keys) {
            b.append("  ").append(k).append('\n');
        }
        return b.toString();
    }

    private static boolean empty(Path folder) {
        if (!Files.isDirectory(folder)) {
            return !Files.exists(folder);
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path f) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest md = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(md.digest()).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
