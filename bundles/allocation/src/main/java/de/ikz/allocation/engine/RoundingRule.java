package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How exact shares are rounded to the cent. Both rules guarantee that the rounded shares add up
 * <em>exactly</em> to the amount, for positive amounts, refunds (negative amounts) and zero.
 *
 * <p>The rules work on the exact shares as reported (with {@value Money#EXACT_SCALE} decimals),
 * so that anyone can retrace the rounding from a printed allocation.
 */
public enum RoundingRule {

    /**
     * Largest remainder (Hare–Niemeyer), the default.
     *
     * <ol>
     *   <li>Work on absolute values; for a refund (negative amount) the result is negated at the
     *       end.</li>
     *   <li>Cut every exact share down to the cent (e.g. 33.3333333333 → 33.33); the part cut off
     *       is its <em>remainder</em> (0.0033333333).</li>
     *   <li>The cents still missing to the amount (the <em>residual</em>, fewer than the number
     *       of partners) are given one each to the partners with the largest remainders.</li>
     *   <li>Ties: among equal remainders the larger exact share comes first; among equal exact
     *       shares the partner id that sorts first (plain character order, {@code "A" < "B"},
     *       {@code "P10" < "P2"}).</li>
     * </ol>
     * Example: 100.00 € equally among A, B, C: each exact share is 33.3333333333, cut down to
     * 33.33, total 99.99; the residual of 1 cent goes to A (all remainders and shares are equal, A
     * sorts first): A 33.34, B 33.33, C 33.33.
     *
     * <p>Every rounded share differs from its exact share by less than one cent, and a share that
     * is already whole cents is never changed.
     */
    LARGEST_REMAINDER,

    /**
     * Commercial rounding, residual to the largest share.
     *
     * <ol>
     *   <li>Round every exact share to the cent, half away from zero (kaufmännisch:
     *       0.005 → 0.01, −0.005 → −0.01).</li>
     *   <li>The difference between the amount and the sum of the rounded shares (the
     *       <em>residual</em>, positive or negative, possibly several cents) is added in full to
     *       the largest share, i.e. the one with the largest absolute exact share; ties go to the
     *       partner id that sorts first.</li>
     * </ol>
     * Example: 1.00 € equally among six partners A–F: each exact share 0.1666666667 rounds to
     * 0.17, total 1.02; the residual −0.02 goes to A (all equal, A sorts first): A 0.15, B–F 0.17.
     */
    HALF_UP_RESIDUAL_TO_LARGEST;

    /**
     * Rounds exact shares to the cent so that they add up exactly to {@code amount}.
     *
     * @param amount      the amount that was split, whole cents
     * @param exactShares exact share per partner id, as returned by {@link Key#exactShares}; must
     *                    have the sign of the amount (or be zero) and add up to the amount up to
     *                    one unit of the {@value Money#EXACT_SCALE}th decimal per partner
     * @return the rounded share (two decimals) per partner id, sorted by partner id
     * @throws AllocationException if the amount or the exact shares are invalid
     */
    public SortedMap<String, BigDecimal> round(BigDecimal amount, Map<String, BigDecimal> exactShares) {
        BigDecimal total = Money.requireCents("amount", amount);
        SortedMap<String, BigDecimal> exact = new TreeMap<>();
        Checks.partnerMap("exactShares", exactShares, false).forEach((id, s) -> {
            if (s.signum() != 0 && s.signum() != total.signum()) {
                throw new AllocationException(Checks.entry("exactShares", id), "share "
                        + s.toPlainString() + " does not have the sign of the amount " + total.toPlainString());
            }
            exact.put(id, Checks.exact(s));
        });
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Money.EXACT_SCALE).multiply(BigDecimal.valueOf(exact.size()));
        BigDecimal sum = Checks.sum(exact.values());
        if (sum.subtract(total).abs().compareTo(tolerance) > 0) {
            throw new AllocationException("exactShares", "shares sum to " + sum.toPlainString()
                    + ", not to the amount " + total.toPlainString());
        }
        SortedMap<String, BigDecimal> rounded = switch (this) {
            case LARGEST_REMAINDER -> largestRemainder(total, exact);
            case HALF_UP_RESIDUAL_TO_LARGEST -> halfUpResidualToLargest(total, exact);
        };
        return Collections.unmodifiableSortedMap(rounded);
    }

    private static SortedMap<String, BigDecimal> largestRemainder(BigDecimal total,
                                                                SortedMap<String, BigDecimal> exact) {
        SortedMap<String, BigDecimal> result = new TreeMap<>();
        List<Map.Entry<String, BigDecimal>> order = new ArrayList<>();
        BigDecimal floors = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : exact.entrySet()) {
            BigDecimal abs = e.getValue().abs();
            BigDecimal floor = abs.setScale(Money.SCALE, RoundingMode.DOWN);
            result.put(e.getKey(), floor);
            floors = floors.add(floor);
            order.add(Map.entry(e.getKey(), abs));
        }
        int residualCents = total.abs().subtract(floors).movePointRight(Money.SCALE).intValueExact();
        // guaranteed by the tolerance check in round(): 0 <= residual <= number of partners
        if (residualCents < 0 || residualCents > exact.size()) {
            throw new IllegalStateException("residual of " + residualCents + " cents cannot be distributed");
        }
        Comparator<Map.Entry<String, BigDecimal>> byRemainder = Comparator.comparing(
                (Map.Entry<String, BigDecimal> e) -> e.getValue().subtract(e.getValue().setScale(Money.SCALE, RoundingMode.DOWN)));
        order.sort(byRemainder.reversed()
                .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                .thenComparing(Map.Entry::getKey));
        for (int i = 0; i < residualCents; i++) {
            result.merge(order.get(i).getKey(), Money.CENT, BigDecimal::add);
        }
        if (total.signum() < 0) {
            result.replaceAll((id, s) -> s.negate());
        }
        return result;
    }

    private static SortedMap<String, BigDecimal> halfUpResidualToLargest(BigDecimal total,
                                                                       SortedMap<String, BigDecimal> exact) {
        SortedMap<String, BigDecimal> result = new TreeMap<>();
        String largest = null;
        BigDecimal largestAbs = null;
        for (Map.Entry<String, BigDecimal> e : exact.entrySet()) { // sorted by id: first wins ties
            result.put(e.getKey(), e.getValue().setScale(Money.SCALE, RoundingMode.HALF_UP));
            if (largestAbs == null || e.getValue().abs().compareTo(largestAbs) > 0) {
                largest = e.getKey();
                largestAbs = e.getValue().abs();
            }
        }
        BigDecimal residual = total.subtract(Checks.sum(result.values()));
        result.merge(largest, residual, BigDecimal::add);
        return result;
    }
}
