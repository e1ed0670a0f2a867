package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.spi.LoginModule;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.testkit.TestUserService;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter's decisions against a JAAS realm of this test (a login module over a map). */
class AuthFilterTest {

    static final String REALM = "authfilter-test";
    static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>();
    static final AtomicInteger JAAS_LOGINS = new AtomicInteger();

    /** Checks the name and password against {@link #PASSWORDS}; every user gets the auditor role. */
    public static final class MapLoginModule implements LoginModule {
        private Subject subject;
        private CallbackHandler handler;
        private boolean ok;

        @Override
        public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> shared, Map<String, ?> options) {
            this.subject = subject;
            this.handler = handler;
        }

        @Override
        public boolean login() throws javax.security.auth.login.LoginException {
            NameCallback n = new NameCallback("user");
            PasswordCallback p = new PasswordCallback("password", false);
            try {
                handler.handle(new Callback[] {n, p});
            } catch (Exception e) {
                throw new javax.security.auth.login.LoginException(e.getMessage());
            }
            JAAS_LOGINS.incrementAndGet();
            String stored = PASSWORDS.get(n.getName());
            if (stored == null || !stored.equals(new String(p.getPassword()))) {
                throw new FailedLoginException("login failed");
            }
            ok = true;
            return true;
        }

        @Override
        public boolean commit() {
            if (ok) {
                subject.getPrincipals().add(new RolePrincipal("ikz-auditor"));
            }
            return ok;
        }

        @Override
        public boolean abort() {
            return true;
        }

        @Override
        public boolean logout() {
            return true;
        }
    }

    /** Just what the filter asks of the user service. */
    static final class Users extends TestUserService {
        final AtomicLong generation = new AtomicLong();
        final Set<String> mustChange = new HashSet<>();
        final List<String> upgraded = new CopyOnWriteArrayList<>();

        @Override
        public Caller callerFrom(String username, Set<String> jaasRoles, String address) {
            return new Caller(username, Set.of(PlatformRole.AUDITOR), Optional.of("t"), Optional.empty(), Set.of(), address);
        }

        @Override
        public boolean mustChangePassword(String username) {
            return mustChange.contains(username);
        }

        @Override
        public void loginSucceeded(String username, String password) {
            upgraded.add(username + ":" + password);
        }

        @Override
        public long generation() {
            return generation.get();
        }
    }

    Configuration previous;
    Users users;
    AtomicLong clock;
    @TempDir
    Path dir;
    AuthFilter filter;

    @BeforeEach
    void setUp() {
        PASSWORDS.clear();
        PASSWORDS.put("anna", "anna's password 1");
        PASSWORDS.put("bert", "bert's password 1");
        JAAS_LOGINS.set(0);
        previous = Configuration.getConfiguration();
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return REALM.equals(name) ? new AppConfigurationEntry[] {new AppConfigurationEntry(MapLoginModule.class.getName(),
                        AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, Map.of())} : null;
            }
        });
        users = new Users();
        clock = new AtomicLong(5_000_000);
        filter = new AuthFilter(users, REALM, 60_000, new LoginThrottle(ThrottleDatabase.derby(dir), 5, 20, 900_000, 300_000, clock::get));
    }

    @AfterEach
    void tearDown() {
        Configuration.setConfiguration(previous);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    AuthFilter.Outcome get(String user, String password, String address) {
        return filter.authenticate("GET", "tenants", basic(user, password), address);
    }

    @Test
    void aRememberedLoginIsUsedUntilAnyUserChangesThenTheOldPasswordIsRefusedAtOnce() {
        assertThat(get("anna", "anna's password 1", "10.0.0.1").caller()).isNotNull();
        assertThat(get("anna", "anna's password 1", "10.0.0.1").caller().address()).isEqualTo("10.0.0.1");
        assertThat(JAAS_LOGINS.get()).isEqualTo(1);
        // the password changes in the realm, and the user service says so
        PASSWORDS.put("anna", "anna's password 2");
        users.generation.incrementAndGet();
        AuthFilter.Outcome old = get("anna", "anna's password 1", "10.0.0.1");
        assertThat(old.caller()).isNull();
        assertThat(old.status()).isEqualTo(401);
        assertThat(get("anna", "anna's password 2", "10.0.0.1").caller()).isNotNull();
    }

    @Test
    void aDeletedUserIsRefusedAtOnce() {
        assertThat(get("bert", "bert's password 1", "10.0.0.1").caller()).isNotNull();
        PASSWORDS.remove("bert");
        users.generation.incrementAndGet();
        assertThat(get("bert", "bert's password 1", "10.0.0.1").status()).isEqualTo(401);
    }

    @Test
    void afterFiveWrongGuessesTheUserNameGets429WithRetryAfterEvenWithTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThat(get("anna", "wrong guess " + i, "10.0.0." + i).status()).isEqualTo(401);
        }
        int jaas = JAAS_LOGINS.get();
        AuthFilter.Outcome locked = get("anna", "anna's password 1", "10.0.0.9");
        assertThat(locked.caller()).isNull();
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.type()).isEqualTo("too-many-login-attempts");
        assertThat(locked.retryAfter()).isEqualTo(300);
        assertThat(JAAS_LOGINS.get()).as("a locked login is not even checked").isEqualTo(jaas);
        assertThat(get("bert", "bert's password 1", "10.0.0.9").caller()).isNotNull();
        clock.addAndGet(300_000);
        assertThat(get("anna", "anna's password 1", "10.0.0.9").caller()).isNotNull();
    }

    @Test
    void oneAddressGuessingManyUserNamesIsLocked() {
        for (int i = 0; i < 20; i++) {
            assertThat(get("user" + i, "wrong guess 1", "192.0.2.1").status()).isEqualTo(401);
        }
        assertThat(get("anna", "anna's password 1", "192.0.2.1").status()).isEqualTo(429);
        assertThat(get("anna", "anna's password 1", "192.0.2.2").caller()).isNotNull();
    }

    @Test
    void aResetPasswordAllowsOnlyTheOwnPasswordChange() {
        users.mustChange.add("anna");
        AuthFilter.Outcome refused = get("anna", "anna's password 1", "10.0.0.1");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.type()).isEqualTo("password-change-required");
        assertThat(refused.title()).isEqualTo("Password change required");
        assertThat(filter.authenticate("PUT", "users/bert/password", basic("anna", "anna's password 1"), "10.0.0.1").status())
                .isEqualTo(403);
        assertThat(filter.authenticate("GET", "users/anna/password", basic("anna", "anna's password 1"), "10.0.0.1").status())
                .isEqualTo(403);
        assertThat(filter.authenticate("PUT", "users/anna/password", basic("anna", "anna's password 1"), "10.0.0.1").caller())
                .isNotNull();
        users.mustChange.remove("anna");
        users.generation.incrementAndGet();
        assertThat(get("anna", "anna's password 1", "10.0.0.1").caller()).isNotNull();
    }

    @Test
    void theHashUpgradeIsOfferedOnlyAfterASuccessfulLogin() {
        get("anna", "wrong guess 1", "10.0.0.1");
        assertThat(users.upgraded).isEmpty();
        get("anna", "anna's password 1", "10.0.0.1");
        assertThat(users.upgraded).containsExactly("anna:anna's password 1");
    }

    @Test
    void missingOrMalformedCredentialsAre401AndUserNamesAreSafeForLogs() {
        assertThat(filter.authenticate("GET", "tenants", null, "10.0.0.1").status()).isEqualTo(401);
        assertThat(filter.authenticate("GET", "tenants", "Basic %%%", "10.0.0.1").status()).isEqualTo(401);
        assertThat(de.ikz.api.log.LogSafe.of("evil\r\n2026-01-01 INFO forged")).doesNotContain("\r").doesNotContain("\n")
                .isEqualTo("evil??2026-01-01 INFO forged");
    }
}
