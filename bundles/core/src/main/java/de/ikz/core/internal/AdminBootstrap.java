package de.ikz.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: there is no default password. If the realm has no user {@value #ADMIN}, it is
 * created with the password from the environment variable {@value #ENV}, or with a generated one
 * that is printed once on the console and written to {@value #FILE} under the data folder,
 * readable by the owner only. An existing admin is never touched.
 */
@Component(immediate = true, configurationPid = "de.ikz.users",
        configurationPolicy = org.osgi.service.component.annotations.ConfigurationPolicy.OPTIONAL)
public final class AdminBootstrap {

    static final String ADMIN = "admin";
    static final String ENV = "IKZ_ADMIN_PASSWORD";
    static final String FILE = "ikz-admin-password.txt";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Activate
    public AdminBootstrap(BundleContext ctx, @Reference JaasRealm anyRealm, @Reference BackingEngineFactory anyEngine,
                          @Reference AuditLog audit, UserServiceImpl.Config config) {
        this(new JaasUserStore(ctx, config.realm()), audit, System.getenv(ENV),
                Path.of(System.getProperty("karaf.data", "data")));
    }

    AdminBootstrap(UserStore store, AuditLog audit, String fromEnv, Path dataDir) {
        if (store.exists(ADMIN)) {
            return;
        }
        boolean generated = fromEnv == null || fromEnv.isBlank();
        String password = generated ? generate() : Checks.password(ENV, fromEnv);
        audit.append(Caller.system("first start"), null, "CREATE", "user/" + ADMIN,
                generated ? "first start, generated password" : "first start, password from " + ENV);
        store.putUser(ADMIN, password);
        store.addRole(ADMIN, PlatformRole.PLATFORM_ADMIN.jaasRole());
        store.addGroup(ADMIN, "admingroup");
        if (generated) {
            Path file = dataDir.resolve(FILE);
            try {
                Files.createDirectories(dataDir);
                Files.deleteIfExists(file);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, password + System.lineSeparator());
            } catch (IOException | UnsupportedOperationException e) {
                LOG.error("could not write {}: {}", file, e.getMessage());
            }
            // printed once, on the console only; the log says where the file is, never the password
            System.out.println();
            System.out.println("IKZ platform: first start. Platform admin 'admin' created with password:");
            System.out.println("    " + password);
            System.out.println("It is also in " + file.toAbsolutePath() + " (owner-readable only). Change it: ikz:user-password admin");
            System.out.println();
            LOG.warn("platform admin 'admin' created with a generated password, written to {}", file.toAbsolutePath());
        } else {
            LOG.info("platform admin 'admin' created with the password from {}", ENV);
        }
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
