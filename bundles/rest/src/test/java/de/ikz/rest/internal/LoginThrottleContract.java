package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import de.ikz.api.persistence.Database;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The login throttle's rules, and the same rules over two nodes: two throttles with their own
 * database connections on one database. Subclasses name the database.
 */
abstract class LoginThrottleContract {

    protected abstract DataSource freshDataSource() throws Exception;

    final AtomicLong now = new AtomicLong(1_000_000);
    Database dbA;
    Database dbB;
    LoginThrottle throttle;
    /** A second node on the same database. */
    LoginThrottle other;

    @BeforeEach
    void setUp() throws Exception {
        DataSource ds = freshDataSource();
        dbA = ThrottleDatabase.migrated(ds);
        dbB = ThrottleDatabase.migrated(ds);
        throttle = new LoginThrottle(dbA, 3, 5, 60_000, 30_000, now::get);
        other = new LoginThrottle(dbB, 3, 5, 60_000, 30_000, now::get);
    }

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

    // ---- two nodes ----------------------------------------------------------------------------

    @Test
    void failuresSplitAcrossTwoNodesLockTheUserNameOnBoth() {
        assertThat(throttle.failed("anna", "10.0.0.1").lockedKind()).isNull();
        assertThat(other.failed("anna", "10.0.0.2").lockedKind()).isNull();
        assertThat(throttle.failed("anna", "10.0.0.3").lockedKind()).as("the third failure, counted on either node").isEqualTo("user");
        assertThat(other.retryAfterSeconds("anna", "10.0.0.4")).isEqualTo(30);
        assertThat(throttle.retryAfterSeconds("anna", "10.0.0.4")).isEqualTo(30);
    }

    @Test
    void aLockMadeOnOneNodeHoldsOnTheOtherAndASuccessOnTheOtherForgetsTheUserName() {
        for (int i = 0; i < 5; i++) {
            other.failed("user" + i, "192.0.2.7");
        }
        assertThat(throttle.retryAfterSeconds("somebody-else", "192.0.2.7")).as("the address locked on the other node").isEqualTo(30);

        throttle.failed("bert", "10.0.0.1");
        throttle.failed("bert", "10.0.0.1");
        other.succeeded("bert");
        assertThat(throttle.failed("bert", "10.0.0.1").lockedKind()).as("the success on the other node reset the count").isNull();
    }

    @Test
    void failuresAtTheSameMomentOnTwoNodesAllCount() throws Exception {
        LoginThrottle a = new LoginThrottle(dbA, 1000, 1000, 60_000, 30_000, now::get);
        LoginThrottle b = new LoginThrottle(dbB, 1000, 1000, 60_000, 30_000, now::get);
        int perNode = 20;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (LoginThrottle node : List.of(a, b, a, b)) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perNode / 2; i++) {
                        node.failed("carla", "10.0.0.1");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures("u:carla")).isEqualTo(2 * perNode);
        assertThat(failures("a:10.0.0.1")).isEqualTo(2 * perNode);
    }

    @Test
    void rowsWhoseWindowAndLockAreOverArePurged() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("anna", "10.0.0." + i);
        }
        throttle.failed("bert", "10.0.0.1");
        assertThat(throttle.keys()).isEqualTo(5);
        now.addAndGet(60_001);
        other.failed("carla", "10.0.0.9");
        // anna's lock (30 s) and every window (60 s) are over: only carla's two rows are left
        assertThat(throttle.keys()).isEqualTo(2);
        assertThat(failures("u:carla")).isEqualTo(1);
    }

    int failures(String key) {
        return dbA.inTransaction(s -> s.queryOne("SELECT failures FROM ikz_login_failure WHERE login_key = ?", rs -> rs.getInt(1), key))
                .orElseThrow();
    }
}
