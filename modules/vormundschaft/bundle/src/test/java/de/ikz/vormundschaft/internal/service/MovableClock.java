package de.ikz.vormundschaft.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test sets to a day. */
final class MovableClock extends Clock {

    private Instant now;

    MovableClock(LocalDate day) {
        set(day);
    }

    void set(LocalDate day) {
        now = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
