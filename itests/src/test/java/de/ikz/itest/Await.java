package de.ikz.itest;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls a condition until a deadline; no fixed sleeps. */
final class Await {

    private static final Duration DEFAULT_POLL = Duration.ofMillis(100);

    private Await() {
    }

    static void until(String what, Duration timeout, BooleanSupplier condition) {
        until(what, timeout, DEFAULT_POLL, condition);
    }

    /** As {@link #until(String, Duration, BooleanSupplier)}, polling every {@code poll} (shorter for measurements). */
    static void until(String what, Duration timeout, Duration poll, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for: " + what);
            }
            LockSupport.parkNanos(poll.toNanos());
        }
    }
}
