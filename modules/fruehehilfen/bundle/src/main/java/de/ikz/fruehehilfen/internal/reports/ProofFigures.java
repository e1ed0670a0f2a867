package de.ikz.fruehehilfen.internal.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.fruehehilfen.internal.pool.CostType;
import de.ikz.fruehehilfen.internal.pool.FundingArea;
import de.ikz.fruehehilfen.internal.pool.PoolFigures;
import de.ikz.fruehehilfen.internal.pool.PoolFigures.Amounts;
import de.ikz.fruehehilfen.internal.visits.ServiceFigures;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The figures part of a proof of use (zahlenmäßiger Nachweis) of one partner or of the whole pool:
 * granted, own share, fixed contribution and share of the gap (together what it brings into the
 * pool), received, spent per funding area, unspent, returned, carried over; the pool's spending per
 * funding area and cost type; and the service's counts of the year. The money comes from the pool
 * part ({@link PoolFigures}), whose partner figures already add up to the pool's to the cent; the
 * counts and hours from the service's figures ({@link ServiceFigures}: hours with two decimals).
 *
 * @param spentByArea     spent per funding area: the partner's share, or the pool's
 * @param poolSpentByArea the pool's spending per funding area
 * @param poolSpent       the pool's spending per funding area and cost type (lines with an amount only)
 */
@Schema(name = "fruehehilfenProofFigures")
public record ProofFigures(BigDecimal granted, BigDecimal ownShare, BigDecimal contributions, BigDecimal gapShare,
                           BigDecimal due, BigDecimal received, Map<String, BigDecimal> spentByArea,
                           Map<String, BigDecimal> poolSpentByArea, List<SpentLine> poolSpent, BigDecimal spent,
                           BigDecimal unspent, BigDecimal returned, BigDecimal carriedOver, int newCases, int families,
                           int contacts, BigDecimal hours) {

    public ProofFigures {
        spentByArea = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(spentByArea));
        poolSpentByArea = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(poolSpentByArea));
        poolSpent = List.copyOf(poolSpent);
    }

    /** One line of the pool's spending. */
    @Schema(name = "fruehehilfenProofSpentLine")
    public record SpentLine(String area, String costType, BigDecimal amount) {
    }

    /** The partner id of the pool's own proof. */
    public static final String POOL = "pool";

    /** Spent in one funding area (this proof's part). */
    public BigDecimal spentIn(String area) {
        return spentByArea.getOrDefault(area, BigDecimal.ZERO.setScale(2));
    }

    /**
     * The figures of a proof.
     *
     * @param partner a partner's id, or {@link #POOL}
     * @param service the service's figures of the year (the pool's proof takes the total)
     * @throws IllegalArgumentException if the partner is not one of the pool's
     */
    static ProofFigures of(PoolFigures pool, String partner, ServiceFigures.Figures service) {
        boolean whole = POOL.equals(partner);
        Amounts a = whole ? pool.pool() : pool.partner(partner).map(PoolFigures.PartnerFigures::amounts)
                .orElseThrow(() -> new IllegalArgumentException("no partner " + partner + " in the pool " + pool.year()));
        List<SpentLine> lines = new ArrayList<>();
        for (FundingArea area : FundingArea.values()) {
            Map<CostType, BigDecimal> byType = pool.spentByAreaAndType().getOrDefault(area, Map.of());
            for (CostType type : CostType.values()) {
                BigDecimal v = byType.get(type);
                if (v != null && v.signum() != 0) {
                    lines.add(new SpentLine(area.name(), type.name(), v));
                }
            }
        }
        ServiceFigures.PartnerFigures c = whole ? service.total() : service.of(partner);
        return new ProofFigures(a.granted(), a.ownShare(), a.contributions(), a.gapShare(), a.due(), a.received(),
                byArea(a.spentByArea()), byArea(pool.pool().spentByArea()), lines, a.spent(), a.unspent(), a.returned(),
                a.carriedOver(), c.newCases(), c.families(), c.contacts(), c.hours());
    }

    private static Map<String, BigDecimal> byArea(Map<FundingArea, BigDecimal> m) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (FundingArea area : FundingArea.values()) {
            out.put(area.name(), m.getOrDefault(area, BigDecimal.ZERO.setScale(2)));
        }
        return out;
    }

    /** German label of a funding area or cost type stored by name; an unknown name as it is. */
    public static String areaLabel(String area) {
        try {
            return FundingArea.valueOf(area).label();
        } catch (IllegalArgumentException e) {
            return area;
        }
    }

    public static String costTypeLabel(String costType) {
        try {
            return CostType.valueOf(costType).label();
        } catch (IllegalArgumentException e) {
            return costType;
        }
    }

    // ----------------------------------------------------------- stored form of a final version

    /** The figures as key–amount lines, in document order (stored with a final version). */
    List<Map.Entry<String, BigDecimal>> lines() {
        List<Map.Entry<String, BigDecimal>> l = new ArrayList<>();
        l.add(Map.entry("granted", granted));
        l.add(Map.entry("own_share", ownShare));
        l.add(Map.entry("contributions", contributions));
        l.add(Map.entry("gap_share", gapShare));
        l.add(Map.entry("due", due));
        l.add(Map.entry("received", received));
        spentByArea.forEach((k, v) -> l.add(Map.entry("spent." + k, v)));
        poolSpentByArea.forEach((k, v) -> l.add(Map.entry("pool_spent." + k, v)));
        poolSpent.forEach(s -> l.add(Map.entry("pool_spent." + s.area() + "." + s.costType(), s.amount())));
        l.add(Map.entry("spent", spent));
        l.add(Map.entry("unspent", unspent));
        l.add(Map.entry("returned", returned));
        l.add(Map.entry("carried_over", carriedOver));
        l.add(Map.entry("count.new_cases", BigDecimal.valueOf(newCases)));
        l.add(Map.entry("count.families", BigDecimal.valueOf(families)));
        l.add(Map.entry("count.contacts", BigDecimal.valueOf(contacts)));
        l.add(Map.entry("hours", hours));
        return l;
    }

    /** The figures from their stored lines ({@link #lines}). */
    static ProofFigures fromLines(List<Map.Entry<String, BigDecimal>> lines) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        Map<String, BigDecimal> spentByArea = new LinkedHashMap<>();
        Map<String, BigDecimal> poolByArea = new LinkedHashMap<>();
        List<SpentLine> poolSpent = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : lines) {
            String k = e.getKey();
            m.put(k, e.getValue());
            if (k.startsWith("spent.")) {
                spentByArea.put(k.substring("spent.".length()), e.getValue());
            } else if (k.startsWith("pool_spent.")) {
                String[] p = k.substring("pool_spent.".length()).split("\\.", 2);
                if (p.length == 1) {
                    poolByArea.put(p[0], e.getValue());
                } else {
                    poolSpent.add(new SpentLine(p[0], p[1], e.getValue()));
                }
            }
        }
        return new ProofFigures(m.get("granted"), m.get("own_share"), m.get("contributions"), m.get("gap_share"), m.get("due"),
                m.get("received"), spentByArea, poolByArea, poolSpent, m.get("spent"), m.get("unspent"), m.get("returned"),
                m.get("carried_over"), m.get("count.new_cases").intValue(), m.get("count.families").intValue(),
                m.get("count.contacts").intValue(), m.get("hours"));
    }
}
