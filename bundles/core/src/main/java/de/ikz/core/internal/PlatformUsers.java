package de.ikz.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Enumeration;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Session;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.audit.EventAdminAuditLoginModule;
import org.apache.karaf.jaas.modules.audit.FileAuditLoginModule;
import org.apache.karaf.jaas.modules.audit.LogAuditLoginModule;
import org.apache.karaf.jaas.modules.jdbc.JDBCLoginModule;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes where the platform's users live ({@link UserStore}) and, by default, the login realm over them.
 * <p>
 * By default ({@code users_in_database = true} in {@code etc/de.ikz.users.cfg}) users live in the platform database
 * ({@link DatabaseUserStore}), and this component registers the JAAS realm named {@code realm} (default
 * {@code karaf}, which REST, the web UI and the console use) with a higher rank than Karaf's own, so it replaces the
 * properties file realm. The realm is Karaf's: its JDBC login module reads the tables through the data source
 * {@code jdbc/ikz}, followed by Karaf's three audit modules as in Karaf's own realm, with the options of
 * {@code etc/org.apache.karaf.jaas.cfg}. Karaf's public-key module ({@code etc/keys.properties}) is not part of it:
 * it would be a second place for accounts. On the first start after an upgrade, the users of
 * {@code etc/users.properties} are copied in ({@link DatabaseUserStore#importOnce}).
 * <p>
 * With {@code users_in_database = false} the realm named {@code realm} is left as configured (LDAP, Karaf's
 * properties file) and users are changed through its backing engine ({@link JaasUserStore}); several nodes then need
 * a realm they share, such as LDAP.
 */
@Component(service = {UserStore.class, PlatformUsers.class}, configurationPid = "de.ikz.users",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class PlatformUsers implements UserStore {

    /** The data source the login module reads (the platform database, published by pax-jdbc). */
    static final String DATA_SOURCE = "osgi:javax.sql.DataSource/(osgi.jndi.service.name=jdbc/ikz)";
    /** Above Karaf's own realm of the same name (rank 0). */
    static final int RANK = 10;
    private static final Logger LOG = LoggerFactory.getLogger(PlatformUsers.class);

    private final UserStore store;
    private final UserGeneration generation;
    private final ServiceRegistration<JaasRealm> realm;

    @Activate
    public PlatformUsers(BundleContext ctx, UserServiceImpl.Config config, @Reference Database db, @Reference CoreSchema schema,
                         @Reference ConfigurationAdmin cm, @Reference JaasRealm anyRealm, @Reference BackingEngineFactory anyEngine) {
        this.generation = new UserGeneration(db);
        if (config.users_in_database()) {
            Map<String, Object> options = realmOptions(jaasSettings(cm));
            DatabaseUserStore users = new DatabaseUserStore(db, JaasUserStore.Crypt.of(options), generation);
            String etc = System.getProperty("karaf.etc");
            users.importOnce(etc == null ? null : Path.of(etc, "users.properties"));
            this.store = users;
            Hashtable<String, Object> props = new Hashtable<>();
            props.put(org.osgi.framework.Constants.SERVICE_RANKING, RANK);
            this.realm = ctx.registerService(JaasRealm.class, new Realm(config.realm(), entries(ctx, options)), props);
            LOG.info("users live in the platform database; realm '{}' registered over it", config.realm());
        } else {
            this.store = new JaasUserStore(ctx, config.realm());
            this.realm = null;
            LOG.info("users are managed through the JAAS realm '{}' (users_in_database = false)", config.realm());
        }
    }

    @Deactivate
    void deactivate() {
        if (realm != null) {
            try {
                realm.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping
            }
        }
        generation.close();
    }

    /** The generation of users, shared by all nodes on the database. */
    UserGeneration generation() {
        return generation;
    }

    /**
     * The settings of {@code etc/org.apache.karaf.jaas.cfg}, read without taking the configuration from Karaf's JAAS
     * bundle, which owns it (a change takes effect at the next start of the core bundle).
     */
    private static Map<String, Object> jaasSettings(ConfigurationAdmin cm) {
        Map<String, Object> settings = new HashMap<>();
        try {
            Configuration[] found = cm.listConfigurations("(service.pid=org.apache.karaf.jaas)");
            if (found != null && found.length > 0 && found[0].getProperties() != null) {
                Dictionary<String, Object> d = found[0].getProperties();
                for (Enumeration<String> keys = d.keys(); keys.hasMoreElements(); ) {
                    String k = keys.nextElement();
                    settings.put(k, d.get(k));
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warn("etc/org.apache.karaf.jaas.cfg not readable ({}); the platform's default hashing settings apply", e.toString());
        }
        return settings;
    }

    /**
     * The login module's options: the settings of {@code org.apache.karaf.jaas} (detailed login exception, the PBKDF2
     * parameters), the platform's hashing switched on whatever the file says (the tables hold nothing else), and the
     * two queries.
     */
    static Map<String, Object> realmOptions(Map<String, Object> properties) {
        Map<String, Object> options = new HashMap<>();
        properties.forEach((k, v) -> {
            if (!k.startsWith("component.") && !k.startsWith("service.") && !k.startsWith("felix.") && v != null) {
                options.put(k, v.toString());
            }
        });
        options.put("encryption.enabled", "true");
        options.put("encryption.name", PasswordHashing.NAME);
        options.putIfAbsent("encryption.prefix", "{CRYPT}");
        options.putIfAbsent("encryption.suffix", "{CRYPT}");
        options.put("datasource", DATA_SOURCE);
        options.put(JDBCLoginModule.PASSWORD_QUERY, "SELECT password FROM ikz_user WHERE username = ?");
        options.put(JDBCLoginModule.ROLE_QUERY, "SELECT role FROM ikz_user_role WHERE username = ?");
        return options;
    }

    /** The entries of Karaf's own realm, with the JDBC login module in place of the properties file and public keys. */
    private static AppConfigurationEntry[] entries(BundleContext ctx, Map<String, Object> options) {
        List<AppConfigurationEntry> entries = new ArrayList<>();
        entries.add(entry(ctx, JDBCLoginModule.class.getName(), new HashMap<>(options)));
        entries.add(entry(ctx, FileAuditLoginModule.class.getName(), Map.of(
                "enabled", options.getOrDefault("audit.file.enabled", "true"),
                "file", options.getOrDefault("audit.file.file", System.getProperty("karaf.data", "data") + "/security/audit.log"))));
        entries.add(entry(ctx, LogAuditLoginModule.class.getName(), Map.of(
                "enabled", options.getOrDefault("audit.log.enabled", "false"),
                "logger", options.getOrDefault("audit.log.logger", "org.apache.karaf.jaas.modules.audit.LogAuditLoginModule"),
                "level", options.getOrDefault("audit.log.level", "INFO"))));
        entries.add(entry(ctx, EventAdminAuditLoginModule.class.getName(), Map.of(
                "enabled", options.getOrDefault("audit.eventadmin.enabled", "false"),
                "topic", options.getOrDefault("audit.eventadmin.topic", "org/apache/karaf/login"))));
        return entries.toArray(AppConfigurationEntry[]::new);
    }

    /** As Karaf's realms build them: the proxy loads the module from this bundle, which imports its package. */
    private static AppConfigurationEntry entry(BundleContext ctx, String moduleClass, Map<String, Object> options) {
        Map<String, Object> o = new HashMap<>(options);
        o.put(BundleContext.class.getName(), ctx);
        o.put(ProxyLoginModule.PROPERTY_MODULE, moduleClass);
        o.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(ctx.getBundle().getBundleId()));
        return new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.OPTIONAL, o);
    }

    private record Realm(String name, AppConfigurationEntry[] entries) implements JaasRealm {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public int getRank() {
            return RANK;
        }

        @Override
        public AppConfigurationEntry[] getEntries() {
            return entries.clone();
        }
    }

    // UserStore: the store in use

    @Override
    public boolean exists(String username) {
        return store.exists(username);
    }

    @Override
    public List<String> usernames() {
        return store.usernames();
    }

    @Override
    public Set<String> roles(String username) {
        return store.roles(username);
    }

    @Override
    public void putUser(String username, String password) {
        store.putUser(username, password);
    }

    @Override
    public void addRole(String username, String role) {
        store.addRole(username, role);
    }

    @Override
    public void addRole(Session session, String username, String role) {
        store.addRole(session, username, role);
    }

    @Override
    public void addGroup(String username, String group) {
        store.addGroup(username, group);
    }

    @Override
    public void deleteUser(String username) {
        store.deleteUser(username);
    }

    @Override
    public boolean checkPassword(String username, String password) {
        return store.checkPassword(username, password);
    }

    @Override
    public boolean needsRehash(String username) {
        return store.needsRehash(username);
    }
}
