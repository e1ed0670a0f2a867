package de.ikz.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets to a day (10:00 UTC) and moves on: {@code clock.set(day.plusDays(30))}. */
public final class MovableClock extends Clock {

    private volatile Instant now;

    public MovableClock(LocalDate day) {
        set(day);
    }

    public void set(LocalDate day) {
        now = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a movable clock stays in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
