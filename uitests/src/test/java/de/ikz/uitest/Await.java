package de.ikz.uitest;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Polls a condition until a deadline (no fixed waits). */
public final class Await {

    /** The poll interval inside the deadline, as in the in-container suite's Await. */
    private static final Duration POLL = Duration.ofMillis(200);

    private Await() {
    }

    /** Waits until the condition holds; fails with the description and the last observed value otherwise. */
    public static void until(String what, Duration deadline, Supplier<Boolean> condition, Supplier<Object> observed) {
        Instant end = Instant.now().plus(deadline);
        while (true) {
            RuntimeException last = null;
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within " + deadline + ": " + what + "; last seen: "
                        + (last != null ? last : observed.get()));
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }
}
