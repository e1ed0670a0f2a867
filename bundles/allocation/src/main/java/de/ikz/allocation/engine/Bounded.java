package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Floors (minimum amounts) and caps (maximum amounts) per partner on top of another key.
 *
 * <p>Rule: first the inner key splits the amount. A partner whose share is below its floor pays
 * the floor, a partner above its cap pays the cap; the shortfall or excess is redistributed among
 * the <em>other</em> partners in proportion to their shares under the inner key, and this is
 * repeated until no partner is outside its bounds. Precisely, each round:
 * <ol>
 *   <li>the partners not yet fixed share what is left after the fixed ones, in proportion to
 *       their inner-key shares;</li>
 *   <li>if none is outside its bounds, this is the result;</li>
 *   <li>otherwise, if the floor shortfalls outweigh the cap excesses, the partners below their
 *       floors are fixed at their floors (their share can only fall further in later rounds);
 *       if the excesses outweigh, the partners above their caps are fixed at their caps; if both
 *       are equal, both are fixed.</li>
 * </ol>
 * Each round fixes at least one partner, so this ends after at most one round per partner. The
 * result is the unique split in which every partner not at a bound pays the same multiple of its
 * inner-key share. A partner whose inner-key share is zero pays its floor (or nothing).
 *
 * <p>Floors and caps are whole cents, not negative, and a floor must not exceed the cap of the
 * same partner. For a refund (negative amount) they bound the size of each refund share: the
 * split is made on the absolute amount and negated. The bounds must be feasible: the floors must
 * not add up to more than the amount, and the caps (together with the floors of partners whose
 * inner-key share is zero) must be able to absorb it; otherwise the split is rejected.
 *
 * <p>Rounding to the cent with {@link RoundingRule#LARGEST_REMAINDER} never leaves a bound: a
 * partner fixed at a bound has no remainder and gets no residual cent. With
 * {@link RoundingRule#HALF_UP_RESIDUAL_TO_LARGEST} the residual cents put on the largest share
 * may take it a few cents past its bound.
 *
 * @param key    the inner key
 * @param floors minimum amount per partner id (partners without a floor have none); may be empty
 * @param caps   maximum amount per partner id (partners without a cap have none); may be empty
 */
public record Bounded(Key key, Map<String, BigDecimal> floors, Map<String, BigDecimal> caps)
        implements Key {

    /**
     * @throws AllocationException (field {@code key}, {@code floors…} or {@code caps…}) if the
     *                             key is missing, a bound is negative, has fractions of a cent,
     *                             names a partner not in the key, or a floor exceeds its cap
     */
    public Bounded {
        Checks.notNull("key", key);
        floors = bounds("floors", floors, key.partners());
        caps = bounds("caps", caps, key.partners());
        for (Map.Entry<String, BigDecimal> floor : floors.entrySet()) {
            BigDecimal cap = caps.get(floor.getKey());
            if (cap != null && floor.getValue().compareTo(cap) > 0) {
                throw new AllocationException(Checks.entry("floors", floor.getKey()), "floor "
                        + floor.getValue().toPlainString() + " exceeds the cap " + cap.toPlainString());
            }
        }
    }

    private static SortedMap<String, BigDecimal> bounds(String field, Map<String, BigDecimal> input,
                                                        Set<String> partners) {
        SortedMap<String, BigDecimal> copy = new TreeMap<>();
        Checks.partnerMap(field, input, true).forEach((id, b) -> {
            String entry = Checks.entry(field, id);
            if (!partners.contains(id)) {
                throw new AllocationException(entry, "'" + id + "' is not a partner of the key");
            }
            copy.put(id, Checks.nonNegative(entry, Money.requireCents(entry, b)));
        });
        return Collections.unmodifiableSortedMap(copy);
    }

    /** Only floors. */
    public static Bounded withFloors(Key key, Map<String, BigDecimal> floors) {
        return new Bounded(key, floors, Map.of());
    }

    /** Only caps. */
    public static Bounded withCaps(Key key, Map<String, BigDecimal> caps) {
        return new Bounded(key, Map.of(), caps);
    }

    @Override
    public Set<String> partners() {
        return key.partners();
    }

    /** @return the inner key's figure */
    @Override
    public BigDecimal keyFigure(String partnerId) {
        return key.keyFigure(partnerId);
    }

    SortedMap<String, BigDecimal> raw(BigDecimal amount) {
        BigDecimal target = amount.abs();
        SortedMap<String, BigDecimal> base = new TreeMap<>();
        Keys.raw(key, amount, "key").forEach((id, s) -> base.put(id, s.abs()));

        BigDecimal floorTotal = Checks.sum(floors.values());
        if (floorTotal.compareTo(target) > 0) {
            throw new AllocationException("floors", "floors sum to " + floorTotal.toPlainString()
                    + ", more than the amount " + target.toPlainString());
        }
        BigDecimal reach = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : base.entrySet()) {
            BigDecimal most = e.getValue().signum() == 0 ? floors.get(e.getKey()) : caps.get(e.getKey());
            if (most == null && e.getValue().signum() != 0) {
                reach = null; // an uncapped partner with a share can absorb any amount
                break;
            }
            reach = reach.add(most == null ? BigDecimal.ZERO : most);
        }
        if (reach != null && reach.compareTo(target) < 0) {
            throw new AllocationException("caps", "the caps (and the floors of partners with a zero share)"
                    + " absorb at most " + reach.toPlainString() + ", less than the amount " + target.toPlainString());
        }

        Map<String, BigDecimal> fixed = new HashMap<>();
        SortedMap<String, BigDecimal> result = new TreeMap<>();
        while (true) {
            BigDecimal rest = target;
            BigDecimal freeBase = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> e : base.entrySet()) {
                BigDecimal bound = fixed.get(e.getKey());
                if (bound != null) {
                    rest = rest.subtract(bound);
                } else {
                    freeBase = freeBase.add(e.getValue());
                }
            }
            result.clear();
            BigDecimal shortfall = BigDecimal.ZERO;
            BigDecimal excess = BigDecimal.ZERO;
            Map<String, BigDecimal> below = new HashMap<>();
            Map<String, BigDecimal> above = new HashMap<>();
            for (Map.Entry<String, BigDecimal> e : base.entrySet()) {
                String id = e.getKey();
                if (fixed.containsKey(id)) {
                    result.put(id, fixed.get(id));
                    continue;
                }
                BigDecimal share = freeBase.signum() == 0 ? BigDecimal.ZERO
                        : Checks.div(rest.multiply(e.getValue()), freeBase);
                result.put(id, share);
                BigDecimal floor = floors.get(id);
                BigDecimal cap = caps.get(id);
                if (floor != null && share.compareTo(floor) < 0) {
                    below.put(id, floor);
                    shortfall = shortfall.add(floor.subtract(share));
                } else if (cap != null && share.compareTo(cap) > 0) {
                    above.put(id, cap);
                    excess = excess.add(share.subtract(cap));
                }
            }
            if (below.isEmpty() && above.isEmpty()) {
                if (freeBase.signum() == 0 && rest.signum() != 0) {
                    // unreachable after the feasibility checks above; kept as a safeguard
                    throw new AllocationException("caps", "no partner left to carry the remaining "
                            + rest.toPlainString());
                }
                break;
            }
            int cmp = shortfall.compareTo(excess);
            if (cmp >= 0) {
                fixed.putAll(below);
            }
            if (cmp <= 0) {
                fixed.putAll(above);
            }
        }
        if (amount.signum() < 0) {
            result.replaceAll((id, s) -> s.negate());
        }
        return result;
    }
}
