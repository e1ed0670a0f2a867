package de.ikz.vormundschaft.internal.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;

/**
 * The due list and the reports. REST and console pass what the user gave; the defaults are
 * applied here, once: {@code days} {@value #DEFAULT_DAYS} (0 to {@value #MAX_DAYS}); the period
 * ends on {@code to}, default today, and starts on {@code from}, default 1 January of the year of
 * {@code to} (so {@code to=2025-06-30} alone reports the first half of 2025); it covers at most
 * 10 years. Rights, tenant and access log as described in {@link Volunteers}.
 */
public interface Reports {

    int DEFAULT_DAYS = 30;
    int MAX_DAYS = 366;

    /**
     * Something due: kind REPORT (yearly report to the court), RECHECK (suitability re-check),
     * FOLLOW_UP (of a contact), ALLOWANCE (claim deadline of last year's allowance), CONTACT (no
     * contact with an appointed volunteer for more than 6 weeks).
     */
    record Due(String kind, LocalDate due, boolean overdue, String volunteerId, String appointmentId, String what) {
    }

    /**
     * Counts for one partner youth office over a period. A count below 3 is null and named in
     * {@code suppressed} when the report crosses partners.
     */
    record OfficeReport(String office, Map<String, Integer> counts, List<String> suppressed) {
    }

    /** Volunteers entering each stage per month (yyyy-MM); counts below 3 suppressed. */
    record FunnelMonth(String month, Map<String, Integer> entered, List<String> suppressed) {
    }

    /** A report period, both days included. */
    record Period(LocalDate from, LocalDate to) {

        /** The longest period, in years. */
        public static final int MAX_YEARS = 10;

        /**
         * The one rule for the period of a report: {@code to} default {@code today}, {@code from}
         * default 1 January of the year of {@code to}; refused (field {@code to}) when it ends
         * before it starts or covers more than {@value #MAX_YEARS} years.
         */
        public static Period of(LocalDate from, LocalDate to, LocalDate today) {
            LocalDate end = to == null ? today : to;
            LocalDate start = from == null ? end.withDayOfYear(1) : from;
            if (end.isBefore(start)) {
                throw IkzException.invalid("to", "the period ends (" + end + ") before it starts (" + start + ")");
            }
            if (start.plusYears(MAX_YEARS).isBefore(end)) {
                throw IkzException.invalid("to", "a report covers at most " + MAX_YEARS + " years");
            }
            return new Period(start, end);
        }
    }

    /** What is due within {@code days} days from today (null: the default), and everything overdue. Coordinators and auditors. */
    List<Due> due(Caller caller, String tenantId, Integer days);

    /**
     * Per partner youth office: children proposed, matched, appointed; volunteers per stage;
     * contacts. Partner staff get their own office in full and the others suppressed. {@code from}
     * and {@code to} may be null (the defaults above).
     */
    List<OfficeReport> officeReport(Caller caller, String tenantId, LocalDate from, LocalDate to);

    List<FunnelMonth> funnel(Caller caller, String tenantId, LocalDate from, LocalDate to);

    /** The period the reports use for the given bounds (either may be null); refused like the reports refuse it. */
    Period period(LocalDate from, LocalDate to);
}
