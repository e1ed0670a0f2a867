package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final AtomicLong now = new AtomicLong(1_000_000);
    final LoginThrottle throttle = new LoginThrottle(3, 5, 60_000, 30_000, now::get);

    @Test
    void aUserNameIsLockedAfterTheLimitFromAnyAddressUntilTheLockoutEnds() {
        assertThat(throttle.failed("anna", "10.0.0.1").lockedKind()).isNull();
        assertThat(throttle.failed("anna", "10.0.0.2").lockedKind()).isNull();
        assertThat(throttle.retryAfterSeconds("anna", "10.0.0.3")).isZero();
        LoginThrottle.Outcome third = throttle.failed("anna", "10.0.0.3");
        assertThat(third.lockedKind()).isEqualTo("user");
        assertThat(third.retryAfterSeconds()).isEqualTo(30);
        assertThat(throttle.retryAfterSeconds("anna", "10.0.0.9")).isEqualTo(30);
        assertThat(throttle.retryAfterSeconds("bert", "10.0.0.1")).isZero();
        now.addAndGet(29_500);
        assertThat(throttle.retryAfterSeconds("anna", "10.0.0.9")).isEqualTo(1);
        now.addAndGet(500);
        assertThat(throttle.retryAfterSeconds("anna", "10.0.0.9")).isZero();
    }

    @Test
    void anAddressIsLockedAfterItsLimitWhateverUserNamesItTries() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("user" + i, "192.0.2.7").lockedKind()).isNull();
        }
        assertThat(throttle.failed("user4", "192.0.2.7").lockedKind()).isEqualTo("address");
        assertThat(throttle.retryAfterSeconds("somebody-else", "192.0.2.7")).isEqualTo(30);
        assertThat(throttle.retryAfterSeconds("somebody-else", "192.0.2.8")).isZero();
    }

    @Test
    void failuresOutsideTheWindowAreForgottenAndSuccessClearsOnlyTheUserName() {
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        now.addAndGet(60_001);
        assertThat(throttle.failed("anna", "10.0.0.1").lockedKind()).isNull();
        throttle.failed("anna", "10.0.0.1");
        throttle.succeeded("anna");
        assertThat(throttle.failed("anna", "10.0.0.1").lockedKind()).isNull();
        assertThat(throttle.failed("anna", "10.0.0.1").lockedKind()).isNull();
        // the address kept counting through the success: 1 (new window) + 1 + 2 = 4 of 5; one more locks it
        assertThat(throttle.failed("bert", "10.0.0.1").lockedKind()).isEqualTo("address");
    }
}
