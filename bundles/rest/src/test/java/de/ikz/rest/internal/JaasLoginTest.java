package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;

import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.DataAccessException;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.LoginService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one password login of REST and the web UI: one throttle for both doors. */
class JaasLoginTest {

    Configuration previous;
    AuthFilterTest.Users users;
    AtomicLong clock;
    JaasLogin logins;
    AuthFilter rest;
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        AuthFilterTest.PASSWORDS.clear();
        AuthFilterTest.PASSWORDS.put("anna", "anna's password 1");
        previous = Configuration.getConfiguration();
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return AuthFilterTest.REALM.equals(name) ? new AppConfigurationEntry[] {new AppConfigurationEntry(
                        AuthFilterTest.MapLoginModule.class.getName(), AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                        Map.of())} : null;
            }
        });
        users = new AuthFilterTest.Users();
        clock = new AtomicLong(5_000_000);
        logins = new JaasLogin(users, AuthFilterTest.REALM, new LoginThrottle(ThrottleDatabase.derby(dir), 5, 20, 900_000, 300_000,
                clock::get));
        rest = new AuthFilter(users, logins, 60_000, null, null);
    }

    @AfterEach
    void tearDown() {
        Configuration.setConfiguration(previous);
    }

    @Test
    void guessesThroughTheUiLockTheUserNameForRestToo() {
        for (int i = 0; i < 5; i++) {
            assertThat(logins.login("anna", "wrong guess " + i, "10.0.0.1").ok()).isFalse();
        }
        LoginService.Login ui = logins.login("anna", "anna's password 1", "10.0.0.1");
        assertThat(ui.locked()).isTrue();
        assertThat(ui.retryAfterSeconds()).isEqualTo(300);
        assertThat(rest.authenticate("GET", "tenants", AuthFilterTest.basic("anna", "anna's password 1"), "10.0.0.2").status())
                .isEqualTo(429);
    }

    @Test
    void aRememberedRestLoginDoesNotPassALockedUserName() {
        assertThat(rest.authenticate("GET", "tenants", AuthFilterTest.basic("anna", "anna's password 1"), "10.0.0.2").caller())
                .isNotNull();
        for (int i = 0; i < 5; i++) {
            logins.login("anna", "wrong guess " + i, "10.0.0.1");
        }
        assertThat(rest.authenticate("GET", "tenants", AuthFilterTest.basic("anna", "anna's password 1"), "10.0.0.2").status())
                .isEqualTo(429);
    }

    @Test
    void aSuccessfulLoginCarriesTheCallerAndTheMustChangeFlag() {
        users.mustChange.add("anna");
        LoginService.Login ok = logins.login("anna", "anna's password 1", "10.0.0.1");
        assertThat(ok.ok()).isTrue();
        assertThat(ok.mustChange()).isTrue();
        assertThat(ok.caller().address()).isEqualTo("10.0.0.1");
        assertThat(users.upgraded).containsExactly("anna:anna's password 1");
    }

    @Test
    void whileTheDatabaseFailsALoginIsNeitherCheckedNorLetThroughButUnavailable() {
        JaasLogin down = new JaasLogin(users, AuthFilterTest.REALM, new LoginThrottle(new DownDatabase(), 5, 20, 900_000, 300_000,
                clock::get));
        assertThatThrownBy(() -> down.login("anna", "anna's password 1", "10.0.0.1")).isInstanceOfSatisfying(IkzException.class,
                e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.UNAVAILABLE));
        assertThatThrownBy(() -> down.retryAfterSeconds("anna", "10.0.0.1")).isInstanceOf(IkzException.class);
        AuthFilter restDown = new AuthFilter(users, down, 60_000, null, null);
        assertThatThrownBy(() -> restDown.authenticate("GET", "tenants", AuthFilterTest.basic("anna", "anna's password 1"), "10.0.0.2"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind().status()).isEqualTo(503));
        assertThat(users.upgraded).as("the password was never checked").isEmpty();
    }

    /** A database that does not answer (connection refused). */
    static final class DownDatabase implements Database {
        @Override
        public String dialect() {
            return "postgresql";
        }

        @Override
        public <T> T inTransaction(Work<T> work) {
            throw new DataAccessException(new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
        }

        @Override
        public List<Integer> migrate(String owner, List<Migration> migrations) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean ping() {
            return false;
        }

        @Override
        public Path backup(Path folder) {
            throw new UnsupportedOperationException();
        }
    }
}
