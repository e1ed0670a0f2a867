package de.ikz.fruehehilfen.internal.pool;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one pool year, per partner and for the pool: what the proof of use
 * (Verwendungsnachweis), the pool overview and the REST figures show. Read with
 * {@link PoolService#figures}; stable for the reports part. (No {@code Optional} components: the platform's
 * JSON mapper writes none; absent dates are null.) All amounts in euros with two decimals;
 * every map holds every key of its enum (zero where nothing was booked), in enum order.
 * <p>
 * Sums add up to the cent: the pool's {@code granted}, {@code ownShare}, {@code contributions},
 * {@code gapShare}, {@code due}, {@code received}, {@code spent…}, {@code unspent}, {@code returned}
 * and {@code carriedOver} are the sums of the partners' (a partner's share of what the pool spent,
 * of what is unspent and of what was returned is split by the rule that raised the money: each
 * partner's {@code due}, largest remainder).
 *
 * @param tenantId     the tenant
 * @param year         the pool year
 * @param settings     the year's settings (own-share rule, budget, gap rule, pre-financing, year end)
 * @param partners     per partner, sorted by partner id; a partner-staff caller gets only its own partner
 * @param pool         the totals of the pool (all partners, whoever asks)
 * @param gap          budget − (grants + own shares + contributions), at least zero; split as the partners' gap shares
 * @param carriedIn    unspent money carried over from the previous year into this one
 * @param available    received + carriedIn: what the pool holds before spending
 * @param spentByAreaAndType spent per funding area and cost type (network work costs are area I)
 * @param preFinanced  the part of the spending the host pre-financed beyond what the pool held
 * @param left         available − spent (negative while the host pre-finances)
 * @param networkHours hours of network coordination work per funding area (only I is booked)
 * @param networkCosts costs of network coordination work per funding area (part of the spending)
 * @param closed       the year end is booked (returns or carry-over fixed)
 * @param closedOn     the day the year was closed, or null while it is open
 */
@Schema(name = "fruehehilfenPoolFigures")
public record PoolFigures(String tenantId, int year, PoolSettings settings, List<PartnerFigures> partners, Amounts pool,
                          BigDecimal gap, BigDecimal carriedIn, BigDecimal available,
                          Map<FundingArea, Map<CostType, BigDecimal>> spentByAreaAndType, BigDecimal preFinanced,
                          BigDecimal left, Map<FundingArea, BigDecimal> networkHours,
                          Map<FundingArea, BigDecimal> networkCosts, boolean closed,
                          @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate closedOn) {

    /** The partner's line, if the caller may see it. */
    public Optional<PartnerFigures> partner(String partnerId) {
        return partners.stream().filter(p -> p.partnerId().equals(partnerId)).findFirst();
    }

    /**
     * One partner of the pool year.
     *
     * @param partnerId  the core participant id (e.g. {@code ja-geilenkirchen})
     * @param name       the participant's name
     * @param host       the host (district youth office) that runs the pool
     * @param noticeDate the date of the grant notice (Zuwendungsbescheid), or null without a grant
     * @param amounts    the partner's amounts
     */
    @Schema(name = "fruehehilfenPoolPartnerFigures")
    public record PartnerFigures(String partnerId, String name, boolean host,
                                 @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate noticeDate,
                                 Amounts amounts) {
    }

    /**
     * Amounts of a partner or of the pool.
     *
     * @param grantedByArea  the federal grant split over the funding areas
     * @param granted        the federal grant (sum of grantedByArea)
     * @param ownShare       the own share by the year's rule (20 % on top, or grant/4 in the 80 % reading at 20 %)
     * @param contributions  fixed yearly contributions
     * @param gapShare       share of the gap between pooled money and the budget
     * @param due            granted + ownShare + contributions + gapShare: what the partner brings into the pool
     * @param receivedByKind receipts by what they pay for
     * @param received       all receipts
     * @param outstanding    due − received (negative: paid more than due)
     * @param spentByArea    spending per funding area (for a partner: its share by the raising rule)
     * @param spent          all spending
     * @param unspent        what is left of the money raised (for a partner: its share); zero when overspent
     * @param returned       unspent money returned at the year end
     * @param carriedOver    unspent money carried over to the next year at the year end
     */
    @Schema(name = "fruehehilfenPoolAmounts")
    public record Amounts(Map<FundingArea, BigDecimal> grantedByArea, BigDecimal granted, BigDecimal ownShare,
                          BigDecimal contributions, BigDecimal gapShare, BigDecimal due,
                          Map<ReceiptKind, BigDecimal> receivedByKind, BigDecimal received, BigDecimal outstanding,
                          Map<FundingArea, BigDecimal> spentByArea, BigDecimal spent, BigDecimal unspent,
                          BigDecimal returned, BigDecimal carriedOver) {
    }
}
