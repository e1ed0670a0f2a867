package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Final settlement (Schlussabrechnung) after the end of the year.
 *
 * <p>Rule: the net amount {@code actual cost − grants received} is split by the key and rounded
 * to the cent with the rounding rule, exactly as in {@link Allocator} (so the final shares add up
 * exactly to the net amount). For each partner:
 * {@code balance = final share − credit in kind − advances paid}; a positive balance is a
 * back-payment the partner owes, a negative balance a refund to the partner.
 *
 * <p>Every partner of the key must have an entry in {@code advancesPaid} (enter 0.00 for a
 * partner that paid nothing), and no other partner may appear there.
 */
public final class FinalSettlement {

    private FinalSettlement() {
    }

    /** Settles without credits in kind. */
    public static Settlement settle(BigDecimal actualCost, BigDecimal grantsReceived, Key key,
                                    Map<String, BigDecimal> advancesPaid, RoundingRule rule) {
        return settle(actualCost, grantsReceived, key, advancesPaid, rule, Map.of());
    }

    /**
     * Settles the year.
     *
     * @param actualCost     actual cost of the year, whole cents, not negative
     * @param grantsReceived grants received, whole cents, not negative
     * @param key            the allocation key
     * @param advancesPaid   advances paid per partner id, whole cents (negative if the partner
     *                       received advance refunds); one entry for every partner of the key
     * @param rule           the rounding rule
     * @param creditsInKind  contributions in kind per partner id, as in
     *                       {@link Allocator#allocate(BigDecimal, Key, RoundingRule, Map)}
     * @return the settlement, one line per partner
     * @throws AllocationException on invalid input
     */
    public static Settlement settle(BigDecimal actualCost, BigDecimal grantsReceived, Key key,
                                    Map<String, BigDecimal> advancesPaid, RoundingRule rule,
                                    Map<String, BigDecimal> creditsInKind) {
        BigDecimal cost = Checks.nonNegative("actualCost", Money.requireCents("actualCost", actualCost));
        BigDecimal grants = Checks.nonNegative("grantsReceived",
                Money.requireCents("grantsReceived", grantsReceived));
        Checks.notNull("key", key);
        SortedMap<String, BigDecimal> advances = Checks.partnerMap("advancesPaid", advancesPaid, false);
        for (Map.Entry<String, BigDecimal> e : advances.entrySet()) {
            String field = Checks.entry("advancesPaid", e.getKey());
            if (!key.partners().contains(e.getKey())) {
                throw new AllocationException(field, "'" + e.getKey() + "' is not a partner of the key");
            }
            Money.requireCents(field, e.getValue());
        }
        for (String partner : key.partners()) {
            if (!advances.containsKey(partner)) {
                throw new AllocationException(Checks.entry("advancesPaid", partner),
                        "missing (enter 0.00 if the partner paid no advances)");
            }
        }
        BigDecimal net = cost.subtract(grants);
        Allocation allocation = Allocator.allocate(net, key, rule, creditsInKind);
        List<SettlementLine> lines = new ArrayList<>();
        for (PartnerShare s : allocation.shares()) {
            BigDecimal paid = advances.get(s.partnerId()).setScale(Money.SCALE);
            lines.add(new SettlementLine(s.partnerId(), s.keyFigure(), s.exactShare(), s.amount(),
                    s.creditInKind(), paid, s.payable().subtract(paid)));
        }
        return new Settlement(cost, grants, net, allocation, lines);
    }
}
