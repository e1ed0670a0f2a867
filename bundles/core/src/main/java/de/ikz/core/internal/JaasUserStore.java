package de.ikz.core.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

import javax.security.auth.login.AppConfigurationEntry;

import de.ikz.api.error.IkzException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.encryption.EncryptionSupport;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Users of a Karaf JAAS realm through Karaf's own backing engine, so passwords are hashed as the
 * realm is configured ({@code etc/org.apache.karaf.jaas.cfg}) and the console (ssh) sees the
 * same accounts. The engine is looked up per call: realms can be reconfigured at runtime.
 *
 * <p>When the realm hashes with the platform's own encryption service ({@code encryption.name =
 * ikz}, {@link PasswordHashing}), this store hashes new passwords itself with the realm's options
 * and hands the engine the finished {@code {CRYPT}...{CRYPT}} value with the engine's encryption
 * switched off. Karaf's engine would otherwise look the encryption service up and wait up to 20 s
 * for it: on the first start the admin is written while the core bundle's components are still
 * being registered, possibly before {@link PasswordHashing} is. Logins (REST and ssh) verify
 * through Karaf's login module and the registered service as usual.
 */
final class JaasUserStore implements UserStore {

    /** The properties login module's option naming its file ({@code PropertiesLoginModule.USER_FILE}). */
    static final String USERS_OPTION = "users";

    private final BundleContext context;
    private final String realmName;

    JaasUserStore(BundleContext context, String realmName) {
        this.context = context;
        this.realmName = realmName;
    }

    /** The realm's backing-engine factory and the options of its login module. */
    private record Engine(BackingEngineFactory factory, Map<String, ?> options) {
        BackingEngine build() {
            return factory.build(options);
        }
    }

    /**
     * The realm's password encryption settings ({@code encryption.*} options), read as Karaf's
     * {@code EncryptionSupport} reads them.
     *
     * @param ours   the realm uses {@link PasswordHashing} (enabled, {@code encryption.name = ikz})
     * @param params the options after {@code encryption.}, without enabled, name, prefix and suffix
     */
    record Crypt(boolean ours, String prefix, String suffix, Map<String, String> params) {
        static Crypt of(Map<String, ?> options) {
            Map<String, String> params = new HashMap<>();
            options.forEach((k, v) -> {
                if (k.startsWith("encryption.") && v != null) {
                    params.put(k.substring("encryption.".length()), v.toString());
                }
            });
            boolean enabled = Boolean.parseBoolean(params.remove("enabled"));
            String name = params.remove("name");
            String prefix = Objects.requireNonNullElse(params.remove("prefix"), "");
            String suffix = Objects.requireNonNullElse(params.remove("suffix"), "");
            return new Crypt(enabled && PasswordHashing.NAME.equals(name), prefix, suffix, Map.copyOf(params));
        }

        boolean wrapped(String stored) {
            return stored.length() >= prefix.length() + suffix.length() && stored.startsWith(prefix) && stored.endsWith(suffix);
        }

        String inner(String stored) {
            return stored.substring(prefix.length(), stored.length() - suffix.length());
        }

        Pbkdf2Encryption encryption() {
            return Pbkdf2Encryption.fromOptions(params);
        }

        /** The stored form of a new password: hashed and wrapped in prefix and suffix ({@link #ours()} only). */
        String hash(String password) {
            return prefix + encryption().encryptPassword(password) + suffix;
        }

        /** Whether the password matches the stored field ({@link #ours()} only); an unwrapped field is clear text. */
        boolean check(String stored, String password) {
            if (stored == null || password == null || password.isEmpty()) {
                return false;
            }
            return wrapped(stored) ? encryption().checkPassword(password, inner(stored))
                    : java.security.MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
        }

        /** Whether the stored field is clear text, of an older scheme or weaker than configured ({@link #ours()} only). */
        boolean needsRehash(String stored) {
            return stored != null && (!wrapped(stored) || encryption().needsRehash(inner(stored)));
        }
    }

    private BackingEngine engine() {
        return lookup().build();
    }

    private Engine lookup() {
        try {
            for (ServiceReference<JaasRealm> ref : context.getServiceReferences(JaasRealm.class, null)) {
                JaasRealm realm = context.getService(ref);
                try {
                    if (realm == null || !realmName.equals(realm.getName())) {
                        continue;
                    }
                    for (AppConfigurationEntry entry : realm.getEntries()) {
                        // Karaf wraps each login module in its ProxyLoginModule and names the real class in an option
                        Object real = entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE);
                        String moduleClass = real != null ? real.toString() : entry.getLoginModuleName();
                        for (ServiceReference<BackingEngineFactory> fr : context.getServiceReferences(BackingEngineFactory.class, null)) {
                            BackingEngineFactory f = context.getService(fr);
                            try {
                                if (f != null && moduleClass.equals(f.getModuleClass())) {
                                    return new Engine(f, entry.getOptions());
                                }
                            } finally {
                                context.ungetService(fr);
                            }
                        }
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new IkzException(IkzException.Kind.UNAVAILABLE, READ_ONLY + " (realm '" + realmName + "')");
    }

    /**
     * Runs a change. For the properties realm it works on a copy of {@code users.properties} and
     * moves the copy over the file in one atomic step: Karaf's password auto-encryption watches
     * that file, and when it read a half-written file (the engine rewrites it in place) it took a
     * cut-off line for a clear-text password and saved its partial copy over the new file — a
     * created user lost roles. An atomic replacement is never seen half-written.
     */
    private synchronized void change(Consumer<BackingEngine> op) {
        Engine e = lookup();
        Map<String, Object> options = new HashMap<>(e.options());
        if (Crypt.of(options).ours()) {
            // passwords arrive hashed (putUser): the engine must neither hash again nor wait for the service
            options.put("encryption.enabled", "false");
        }
        Object users = options.get(USERS_OPTION);
        if (users == null) {
            op.accept(e.factory().build(options));
            return;
        }
        Path file = Path.of(users.toString());
        Path copy = file.resolveSibling(file.getFileName() + ".ikz-new");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            options.put(USERS_OPTION, copy.toString());
            op.accept(e.factory().build(options));
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write " + file, x);
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // the next change overwrites it
            }
        }
    }

    @Override
    public boolean exists(String username) {
        return engine().lookupUser(username) != null;
    }

    @Override
    public List<String> usernames() {
        return engine().listUsers().stream().map(Principal::getName).sorted().toList();
    }

    @Override
    public Set<String> roles(String username) {
        BackingEngine e = engine();
        UserPrincipal user = e.lookupUser(username);
        Set<String> roles = new LinkedHashSet<>();
        if (user == null) {
            return roles;
        }
        for (RolePrincipal r : e.listRoles(user)) {
            roles.add(r.getName());
        }
        for (GroupPrincipal g : e.listGroups(user)) {
            for (RolePrincipal r : e.listRoles(g)) {
                roles.add(r.getName());
            }
        }
        return roles;
    }

    @Override
    public void putUser(String username, String password) {
        Crypt crypt = Crypt.of(lookup().options());
        if (crypt.ours()) {
            String hashed = crypt.hash(password);
            change(e -> e.addUser(username, hashed));
        } else {
            change(e -> e.addUser(username, password));
        }
    }

    @Override
    public boolean checkPassword(String username, String password) {
        Engine e = lookup();
        String stored = storedPassword(e, username);
        if (stored == null || password == null || password.isEmpty()) {
            return false;
        }
        Crypt crypt = Crypt.of(e.options());
        if (crypt.ours()) {
            return crypt.check(stored, password);
        }
        return new EncryptionSupport(e.options()).checkPassword(password, stored);
    }

    @Override
    public boolean needsRehash(String username) {
        Engine e = lookup();
        Crypt crypt = Crypt.of(e.options());
        if (!crypt.ours()) {
            return false;
        }
        return crypt.needsRehash(storedPassword(e, username));
    }

    /** The stored password field of a user in the realm's users file; null for an unknown user. */
    private static String storedPassword(Engine e, String username) {
        Object users = e.options().get(USERS_OPTION);
        if (users == null) {
            throw new IkzException(IkzException.Kind.UNAVAILABLE, READ_ONLY);
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(users.toString()), StandardCharsets.ISO_8859_1)) {
            p.load(r);
        } catch (IOException x) {
            throw new UncheckedIOException("cannot read " + users, x);
        }
        String infos = p.getProperty(username);
        if (infos == null) {
            return null;
        }
        int comma = infos.indexOf(',');
        return (comma < 0 ? infos : infos.substring(0, comma)).strip();
    }

    @Override
    public void addRole(String username, String role) {
        change(e -> e.addRole(username, role));
    }

    @Override
    public void addGroup(String username, String group) {
        change(e -> e.addGroup(username, group));
    }

    @Override
    public void deleteUser(String username) {
        change(e -> e.deleteUser(username));
    }
}
