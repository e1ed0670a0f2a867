package de.ikz.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngineFactory;
import org.apache.karaf.jaas.modules.properties.PropertiesLoginModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The store on Karaf's real properties backing engine and a users file, configured as the shipped
 * {@code etc/org.apache.karaf.jaas.cfg} (with fewer iterations: the floor is for configurations).
 */
class JaasUserStoreTest {

    @TempDir
    Path dir;
    Path users;
    JaasUserStore store;

    @BeforeEach
    void setUp() throws Exception {
        users = dir.resolve("users.properties");
        Files.writeString(users, "# users\n_g_\\:admingroup = group,admin,ssh\n");
        Map<String, Object> options = new HashMap<>();
        options.put(JaasUserStore.USERS_OPTION, users.toString());
        options.put("encryption.enabled", "true");
        options.put("encryption.name", PasswordHashing.NAME);
        options.put("encryption.prefix", "{CRYPT}");
        options.put("encryption.suffix", "{CRYPT}");
        options.put("encryption.algorithm", "PBKDF2WithHmacSHA512");
        options.put("encryption.iterations", Integer.toString(Pbkdf2Encryption.MIN_ITERATIONS));
        store = new JaasUserStore(context(options), "karaf");
    }

    /** Just enough of a bundle context: one realm and Karaf's properties backing-engine factory. */
    private static BundleContext context(Map<String, Object> options) {
        JaasRealm realm = new JaasRealm() {
            @Override
            public String getName() {
                return "karaf";
            }

            @Override
            public int getRank() {
                return 0;
            }

            @Override
            public AppConfigurationEntry[] getEntries() {
                return new AppConfigurationEntry[] {new AppConfigurationEntry(PropertiesLoginModule.class.getName(),
                        AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
            }
        };
        BackingEngineFactory factory = new PropertiesBackingEngineFactory();
        ServiceReference<?> realmRef = (ServiceReference<?>) Proxy.newProxyInstance(JaasUserStoreTest.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (p, m, a) -> m.getName().equals("hashCode") ? 1 : null);
        ServiceReference<?> factoryRef = (ServiceReference<?>) Proxy.newProxyInstance(JaasUserStoreTest.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (p, m, a) -> m.getName().equals("hashCode") ? 2 : null);
        return (BundleContext) Proxy.newProxyInstance(JaasUserStoreTest.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getServiceReferences" -> a[0] == JaasRealm.class ? List.of(realmRef) : List.of(factoryRef);
                    case "getService" -> a[0] == realmRef ? realm : factory;
                    case "ungetService" -> true;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private String storedOf(String user) throws Exception {
        return Files.readAllLines(users).stream().filter(l -> l.startsWith(user + " ")).findFirst().orElseThrow();
    }

    @Test
    void equalPasswordsAreStoredAsDifferentSaltedHashesThatVerify() throws Exception {
        store.putUser("anna", "equal password 1");
        store.addRole("anna", "ikz-auditor");
        store.putUser("bert", "equal password 1");
        String a = storedOf("anna");
        String b = storedOf("bert");
        assertThat(a).startsWith("anna = {CRYPT}pbkdf2-sha512$100000$").endsWith("{CRYPT},ikz-auditor");
        assertThat(b).startsWith("bert = {CRYPT}pbkdf2-sha512$100000$");
        assertThat(a.substring(a.indexOf('$'), a.indexOf(','))).isNotEqualTo(b.substring(b.indexOf('$')));
        assertThat(store.checkPassword("anna", "equal password 1")).isTrue();
        assertThat(store.checkPassword("anna", "equal password 2")).isFalse();
        assertThat(store.checkPassword("nobody", "equal password 1")).isFalse();
        assertThat(store.needsRehash("anna")).isFalse();
        assertThat(store.roles("anna")).contains("ikz-auditor");
    }

    @Test
    void aLegacySha512HashVerifiesNeedsRehashAndIsReplacedKeepingTheRoles() throws Exception {
        Files.writeString(users, "carl = {CRYPT}" + Pbkdf2EncryptionTest.legacySha512("legacy password 1") + "{CRYPT},ikz-auditor,ikz-tenant.t1\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(store.checkPassword("carl", "legacy password 1")).isTrue();
        assertThat(store.needsRehash("carl")).isTrue();
        store.putUser("carl", "legacy password 1");
        assertThat(storedOf("carl")).contains("pbkdf2-sha512$").endsWith("{CRYPT},ikz-auditor,ikz-tenant.t1");
        assertThat(store.needsRehash("carl")).isFalse();
        assertThat(store.checkPassword("carl", "legacy password 1")).isTrue();
    }

    @Test
    void aClearTextPasswordTypedIntoTheFileVerifiesAndNeedsRehash() throws Exception {
        Files.writeString(users, "dora = typed by hand 1,ikz-auditor\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(store.checkPassword("dora", "typed by hand 1")).isTrue();
        assertThat(store.needsRehash("dora")).isTrue();
    }
}
