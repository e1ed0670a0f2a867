package de.ikz.fruehehilfen.internal.pool;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The settings of one pool year.
 *
 * @param year             the pool year
 * @param hostId           the participant that runs the pool (the district youth office), or null while not set
 * @param ownSharePercent  the own-share rate p (default from PID {@code de.ikz.fruehehilfen.pool}, 20)
 * @param ownShareReading  {@code on-top} (own share = grant × p/100) or {@code share-of-total} (the grant is
 *                         (100 − p) % of the total: at 20 % own share = grant / 4)
 * @param budget           the year's budget need, or null (then there is no gap)
 * @param gapKey           how the gap between pooled money and the budget is split: {@code percent} (fixed
 *                         percentages in {@code gapPercents}, summing to 100) or {@code population} (a core
 *                         figure summed over each partner's area, {@code gapFigure}, default population); null: none
 * @param gapFigure        the figure of a {@code population} gap key, or null for population
 * @param gapPercents      percent of the gap per partner, for {@code percent}; empty otherwise
 * @param hostPreFinances  expenses beyond what the pool holds are stored as pre-financed by the host (else refused)
 * @param carryOver        at the year end unspent money is carried over to the next year (else returned per partner)
 */
@Schema(name = "fruehehilfenPoolSettings")
public record PoolSettings(int year, @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String hostId,
                           BigDecimal ownSharePercent, String ownShareReading,
                           @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) BigDecimal budget,
                           @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String gapKey,
                           @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String gapFigure,
                           Map<String, BigDecimal> gapPercents, boolean hostPreFinances, boolean carryOver) {

    public static final String ON_TOP = "on-top";
    public static final String SHARE_OF_TOTAL = "share-of-total";
    public static final String GAP_PERCENT = "percent";
    public static final String GAP_POPULATION = "population";

    public PoolSettings {
        gapPercents = gapPercents == null ? Map.of() : Map.copyOf(gapPercents);
    }
}
