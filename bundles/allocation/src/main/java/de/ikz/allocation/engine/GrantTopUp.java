package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each partner contributes its own grant (Förderung) plus a top-up of its own funds
 * (Eigenanteil).
 *
 * <p>Two readings of "a grant with a p % own share" are in use, and the agreement must say which:
 * <ul>
 *   <li>{@link Reading#ON_TOP}: the own share is p % <em>on top of</em> the grant:
 *       {@code contribution = grant × (1 + p/100)}.
 *       Kreis Heinsberg, grant 104,178.00 €, 20 %: 104,178.00 × 1.2 = 125,013.60 €.</li>
 *   <li>{@link Reading#SHARE_OF_TOTAL}: the grant is (100 − p) % of the total, the own share p %
 *       of the total: {@code contribution = grant / (1 − p/100)}.
 *       Same example: 104,178.00 / 0.8 = 130,222.50 €.</li>
 * </ul>
 * {@link #pooledAmount()} is the sum of all contributions; {@link Allocator#allocatePooled}
 * allocates it so that each partner's share is its contribution, to the cent.
 *
 * <p>Used to split any other amount, the shares are proportional to the contributions,
 * {@code share(p) = amount × contribution(p) / pooledAmount()}; since the top-up percentage is
 * the same for all partners this is the same as proportional to the grants, and only the pooled
 * amount depends on the reading.
 *
 * <p>Grants are whole cents and not negative, at least one is greater than zero; the percentage
 * is not negative, and below 100 for {@link Reading#SHARE_OF_TOTAL}.
 *
 * @param grants       grant per partner id
 * @param topUpPercent the own-share percentage p
 * @param reading      how p relates to the grant
 */
public record GrantTopUp(Map<String, BigDecimal> grants, BigDecimal topUpPercent, Reading reading)
        implements Key {

    /** How the top-up percentage relates to the grant. */
    public enum Reading {
        /** Contribution = grant × (1 + p/100): the own share is p % of the grant, on top of it. */
        ON_TOP,
        /** Contribution = grant / (1 − p/100): the grant covers (100 − p) % of the contribution. */
        SHARE_OF_TOTAL
    }

    /**
     * @throws AllocationException (field {@code grants…}, {@code topUpPercent} or
     *                             {@code reading}) on invalid input
     */
    public GrantTopUp {
        SortedMap<String, BigDecimal> copy = new TreeMap<>();
        Checks.partnerMap("grants", grants, false).forEach((id, g) -> {
            String field = Checks.entry("grants", id);
            copy.put(id, Checks.nonNegative(field, Money.requireCents(field, g)));
        });
        grants = Collections.unmodifiableSortedMap(copy);
        if (Checks.sum(grants.values()).signum() == 0) {
            throw new AllocationException("grants", "all grants are zero; there is nothing to top up");
        }
        Checks.nonNegative("topUpPercent", topUpPercent);
        Checks.notNull("reading", reading);
        if (reading == Reading.SHARE_OF_TOTAL && topUpPercent.compareTo(Checks.HUNDRED) >= 0) {
            throw new AllocationException("topUpPercent", "an own share of "
                    + Checks.plain(topUpPercent) + " % of the total leaves no room for the grant; must be below 100");
        }
    }

    /** @return the sum of all grants */
    public BigDecimal totalGrants() {
        return Checks.sum(grants.values()).setScale(Money.SCALE);
    }

    /**
     * @param partnerId a partner of this key
     * @return the partner's contribution, grant plus top-up, with {@value Money#EXACT_SCALE} decimals
     * @throws AllocationException (field {@code partnerId}) for an unknown partner
     */
    public BigDecimal contribution(String partnerId) {
        BigDecimal grant = grants.get(partnerId);
        if (grant == null) {
            throw new AllocationException("partnerId", "'" + partnerId + "' has no grant in this key");
        }
        return Checks.exact(topUp(grant));
    }

    /** @return the sum of all contributions, with {@value Money#EXACT_SCALE} decimals */
    public BigDecimal pooledAmount() {
        return Checks.exact(topUp(Checks.sum(grants.values())));
    }

    private BigDecimal topUp(BigDecimal grant) {
        return switch (reading) {
            case ON_TOP -> grant.add(Checks.percentOf(grant, topUpPercent));
            case SHARE_OF_TOTAL -> Checks.div(grant.multiply(Checks.HUNDRED),
                    Checks.HUNDRED.subtract(topUpPercent));
        };
    }

    @Override
    public Set<String> partners() {
        return grants.keySet();
    }

    /** @return the partner's grant */
    @Override
    public BigDecimal keyFigure(String partnerId) {
        return grants.get(partnerId);
    }

    SortedMap<String, BigDecimal> raw(BigDecimal amount) {
        BigDecimal total = Checks.sum(grants.values());
        SortedMap<String, BigDecimal> shares = new TreeMap<>();
        grants.forEach((id, g) -> shares.put(id, Checks.div(amount.multiply(g), total)));
        return shares;
    }
}
