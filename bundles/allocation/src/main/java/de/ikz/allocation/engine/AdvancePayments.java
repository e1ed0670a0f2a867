package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Advance payments (Abschläge) on a partner's rounded yearly share.
 *
 * <p>Rule: the share is divided into equal instalments in whole cents; the cents that do not
 * divide evenly go one each to the <em>earliest</em> instalments. Example: 1,000.01 € quarterly →
 * 250.01, 250.00, 250.00, 250.00. The instalments always add up exactly to the share. A negative
 * share is split the same way by its absolute value and negated.
 *
 * <p>Due dates: the schedule's {@linkplain Schedule#defaultDueDays() default due days} (yearly
 * 1 March; half-yearly 1 January, 1 July; quarterly 15 February, 15 May, 15 August, 15 November)
 * or, if given, one due day per instalment in chronological order, all in the fiscal year.
 * A due day of 29 February falls on 28 February in a year that is not a leap year.
 */
public final class AdvancePayments {

    private AdvancePayments() {
    }

    /** Instalments due on the schedule's default due days. */
    public static List<Instalment> instalments(BigDecimal yearlyShare, Schedule schedule, int fiscalYear) {
        Checks.notNull("schedule", schedule);
        return instalments(yearlyShare, schedule, fiscalYear, schedule.defaultDueDays());
    }

    /**
     * Instalments due on the given days.
     *
     * @param yearlyShare the rounded yearly share, whole cents
     * @param schedule    how many instalments
     * @param fiscalYear  the fiscal (calendar) year, four digits
     * @param dueDays     one due day per instalment, strictly ascending
     * @return the instalments in order; their amounts sum exactly to {@code yearlyShare}
     * @throws AllocationException (field {@code yearlyShare}, {@code schedule},
     *                             {@code fiscalYear} or {@code dueDays…}) on invalid input
     */
    public static List<Instalment> instalments(BigDecimal yearlyShare, Schedule schedule, int fiscalYear,
                                               List<MonthDay> dueDays) {
        BigDecimal share = Money.requireCents("yearlyShare", yearlyShare);
        Checks.notNull("schedule", schedule);
        if (fiscalYear < 1000 || fiscalYear > 9999) {
            throw new AllocationException("fiscalYear", "must be a four-digit year, was " + fiscalYear);
        }
        Checks.notNull("dueDays", dueDays);
        int n = schedule.instalments();
        if (dueDays.size() != n) {
            throw new AllocationException("dueDays", schedule + " needs " + n
                    + " due days, " + dueDays.size() + " given");
        }
        for (int i = 0; i < n; i++) {
            MonthDay day = Checks.notNull("dueDays[" + i + "]", dueDays.get(i));
            if (i > 0 && !day.isAfter(dueDays.get(i - 1))) {
                throw new AllocationException("dueDays[" + i + "]", "due day " + day
                        + " is not after the previous one " + dueDays.get(i - 1));
            }
        }
        BigInteger[] split = share.abs().movePointRight(Money.SCALE).toBigIntegerExact()
                .divideAndRemainder(BigInteger.valueOf(n));
        int extra = split[1].intValueExact();
        List<Instalment> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigInteger cents = i < extra ? split[0].add(BigInteger.ONE) : split[0];
            BigDecimal amount = new BigDecimal(cents, Money.SCALE);
            result.add(new Instalment(i + 1, dueDays.get(i).atYear(fiscalYear),
                    share.signum() < 0 ? amount.negate() : amount));
        }
        return List.copyOf(result);
    }
}
