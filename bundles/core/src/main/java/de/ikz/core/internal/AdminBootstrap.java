package de.ikz.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: there is no default password. If the realm has no user {@value #ADMIN}, it is
 * created with the password from the environment variable {@value #ENV}, or with a generated one
 * that is written to {@value #FILE} under the data folder, readable by the owner only, and printed
 * once on standard output only when that is a terminal ({@code bin/karaf} in a shell): started in
 * the background ({@code bin/start}, a service, a container) standard output lands in files or
 * journals, and the file is enough. On the terminal the banner goes through the shell's console
 * notices (a {@code Consumer<String>} service with {@code ikz.console=notices}, see
 * {@code de.ikz.shell.internal.ConsoleNotices}), which print it above the local console's prompt;
 * without that service, to standard output. An existing admin is never touched, except that a first
 * start killed midway is completed at the next start (marker {@value #PENDING}, see the constructor).
 */
@Component(immediate = true)
public final class AdminBootstrap {

    static final String ADMIN = "admin";
    static final String ENV = "IKZ_ADMIN_PASSWORD";
    static final String FILE = "ikz-admin-password.txt";
    /** Present from the start of the admin's creation until it is complete. */
    static final String PENDING = "ikz-admin-bootstrap.pending";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Activate
    public AdminBootstrap(@Reference PlatformUsers users, @Reference AuditLog audit,
                          @Reference(target = "(ikz.console=notices)", cardinality = ReferenceCardinality.OPTIONAL)
                          Consumer<String> consoleNotices) {
        this(users, audit, System.getenv(ENV),
                Path.of(System.getProperty("karaf.data", "data")), AdminBootstrap::onTerminal,
                consoleNotices != null ? consoleNotices : AdminBootstrap::toStandardOutput);
    }

    AdminBootstrap(UserStore store, AuditLog audit, String fromEnv, Path dataDir) {
        this(store, audit, fromEnv, dataDir, AdminBootstrap::onTerminal, AdminBootstrap::toStandardOutput);
    }

    /**
     * @param onTerminal whether standard output is a terminal (checked when a password was generated)
     * @param console    where the first-start banner goes when it is
     */
    AdminBootstrap(UserStore store, AuditLog audit, String fromEnv, Path dataDir, BooleanSupplier onTerminal,
                   Consumer<String> console) {
        // Restartable at any point (issue 14): a marker is written before anything else and removed only
        // when the admin is complete (user, role, group, password file). A start that finds the marker
        // finishes the job, with the password of the file when one was already written.
        Path pending = dataDir.resolve(PENDING).toAbsolutePath();
        boolean resume = Files.exists(pending);
        if (store.exists(ADMIN) && !resume) {
            return;
        }
        boolean generated = fromEnv == null || fromEnv.isBlank();
        String earlier = generated && resume ? readPassword(dataDir.resolve(FILE)) : null;
        String password = !generated ? Checks.password(ENV, fromEnv) : earlier != null ? earlier : generate();
        mark(dataDir, pending);
        if (resume) {
            LOG.warn("completing the creation of the platform admin '{}' that an earlier first start began ({} found)",
                    ADMIN, pending);
        }
        audit.append(Caller.system("first start"), null, "CREATE", "user/" + ADMIN,
                (generated ? "first start, generated password" : "first start, password from " + ENV)
                        + (resume ? " (completing an interrupted first start)" : ""));
        if (generated && earlier == null) {
            writePasswordFile(dataDir, password); // before the user: a kill after it leaves a file that matches
        }
        try {
            store.putUser(ADMIN, password);
        } catch (de.ikz.api.error.IkzException e) {
            if (e.kind() != de.ikz.api.error.IkzException.Kind.CONFLICT) {
                throw e;
            }
            // several nodes on one database started at the same moment: another node created the admin just now
            LOG.info("platform admin '{}' was created by another node at the same moment; its password is that node's", ADMIN);
            if (generated && earlier == null) {
                delete(dataDir.resolve(FILE), "it holds a password that was never used: delete it");
            }
            removeMarker(pending);
            return;
        }
        if (!store.roles(ADMIN).contains(PlatformRole.PLATFORM_ADMIN.jaasRole())) {
            store.addRole(ADMIN, PlatformRole.PLATFORM_ADMIN.jaasRole());
        }
        store.addGroup(ADMIN, "admingroup");
        removeMarker(pending);
        if (generated) {
            Path file = dataDir.resolve(FILE).toAbsolutePath();
            boolean written = Files.exists(file);
            // printed once, on a terminal only; the log says where the file is, never the password
            if (onTerminal.getAsBoolean()) {
                String nl = System.lineSeparator();
                console.accept(nl + "IKZ platform: first start. Platform admin 'admin' created with password:" + nl
                        + "    " + password + nl
                        + (written ? "It is also in " + file + " (owner-readable only)."
                                   : "Note it now: it could not be written to " + file + ".")
                        + " Change it: ikz:user-password admin" + nl);
            }
            if (written) {
                LOG.warn("platform admin 'admin' created with a generated password, written to {}", file);
            }
        } else {
            LOG.info("platform admin 'admin' created with the password from {}", ENV);
        }
    }

    private static void removeMarker(Path pending) {
        delete(pending, "the next start completes the admin again (harmless)");
    }

    /** Deletes the file if it is there; if it cannot, a WARN says what that means. */
    private static void delete(Path file, String meaning) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}; {}", file, e.toString(), meaning);
        }
    }

    /** The marker of a first start that has not finished creating the admin. */
    private static void mark(Path dataDir, Path pending) {
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(pending)) {
                Files.createFile(pending);
            }
        } catch (IOException e) {
            LOG.warn("could not write {}: {}; a kill before the admin is complete then needs the operator", pending, e.toString());
        }
    }

    /** Writes the generated password owner-only; logs an ERROR (never the password) if it cannot. */
    private static void writePasswordFile(Path dataDir, String password) {
        Path file = dataDir.resolve(FILE).toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + System.lineSeparator());
        } catch (IOException | UnsupportedOperationException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // nothing more to do: the message below says what the operator does
            }
            LOG.error("could not write {}: {}; unless it is shown on the terminal, remove the user '{}' from the realm and "
                    + "start again with {} set", file, e.getMessage(), ADMIN, ENV);
        }
    }

    /** The password in the file of an earlier, interrupted first start; null if there is none (or it is unreadable). */
    private static String readPassword(Path file) {
        try {
            String p = Files.readString(file).strip();
            return p.isEmpty() ? null : p;
        } catch (IOException e) {
            return null;
        }
    }

    /** Standard input and output are a terminal (the JVM has a console): not in the background, not redirected. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    private static void toStandardOutput(String text) {
        System.out.print(text);
        System.out.flush();
    }

    static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
