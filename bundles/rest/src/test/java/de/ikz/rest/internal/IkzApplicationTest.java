package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.ServiceUnavailableException;

import de.ikz.api.tenant.UserService;
import de.ikz.testkit.TestRuntime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The application no longer needs the user service (and with it the database) to be published (issue 14). */
class IkzApplicationTest {

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    @Test
    void userServiceStandInAnswers503WhileMissingAndDelegatesOnceThere() {
        AtomicReference<UserService> current = new AtomicReference<>();
        UserService users = IkzApplication.whenPresent(UserService.class, current::get);

        assertThatThrownBy(users::generation).isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("not ready");

        current.set(new de.ikz.testkit.TestUserService() {
            @Override
            public de.ikz.api.tenant.Caller callerFrom(String username, java.util.Set<String> jaasRoles, String address) {
                throw new UnsupportedOperationException("not in this test");
            }

            @Override
            public long generation() {
                return 42;
            }
        });
        assertThat(users.generation()).isEqualTo(42);
        assertThatThrownBy(() -> users.callerFrom("a", java.util.Set.of(), "127.0.0.1"))
                .isInstanceOf(UnsupportedOperationException.class); // the service's own exception, unwrapped
        assertThat(users).isEqualTo(users).hasToString("UserService (when present)");
    }

    @Test
    void theApplicationHasNoMandatoryUserServiceReference() {
        for (var c : IkzApplication.class.getConstructors()) {
            assertThat(c.getParameterTypes()).doesNotContain(UserService.class);
        }
    }
}
