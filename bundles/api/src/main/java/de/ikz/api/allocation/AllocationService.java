package de.ikz.api.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.agreement.KeySpec;
import de.ikz.api.tenant.Caller;

import org.osgi.annotation.versioning.ProviderType;

/** Allocation runs of agreements, and the stateless what-if preview. */
@ProviderType
public interface AllocationService {

    /**
     * Splits an amount without storing anything. {@code key}: "figure" (proportional to each
     * partner's figure), "equal", or "percent" (each partner's percent, summing to 100).
     *
     * @return partner id to amount (two decimals), in the order given
     */
    Map<String, BigDecimal> preview(BigDecimal amount, String key, String rounding, Map<String, BigDecimal> partnerValues);

    /**
     * Splits an amount among the given partners by a key, exactly as a run of an agreement with that
     * key would (the same engine, figures loaded the same way, the same rounding to the cent), but
     * without an agreement and stored nowhere: for a module that raises money by a rule of its own
     * (a pool of grants with an own share, a gap split by percentages or by population).
     *
     * @param key        any key an agreement may carry ({@code grant-top-up}, {@code percent},
     *                   {@code deficit-percent}, {@code population}, …)
     * @param partners   the partners that share, in the order of the result
     * @param fiscalYear the year figures are read for (a population key's reference date defaults to 31.12. of the
     *                   year before)
     * @param amount     the amount to split, whole cents; for a {@code grant-top-up} key null means the pooled
     *                   amount (every grant plus its own share, rounded half-up), so that each partner's share is
     *                   its grant plus own share, to the cent
     * @param rounding   "LARGEST_REMAINDER" (default when null) or "HALF_UP_RESIDUAL_TO_LARGEST"
     * @return partner id to share (two decimals), summing exactly to the amount
     * @since 1.2
     */
    Map<String, BigDecimal> split(Caller caller, String tenantId, int fiscalYear, KeySpec key, List<String> partners,
                                  BigDecimal amount, String rounding);

    /**
     * What a budget run would give, computed exactly like {@link #run} (figures loaded from the
     * database) but stored nowhere: for planning. The result's id ends in {@code /preview}.
     */
    AllocationRun calculate(Caller caller, String tenantId, String agreementId, int fiscalYear, BigDecimal budget);

    /** Budget run: shares and advance payments for a fiscal year. A new version each time. */
    AllocationRun run(Caller caller, String tenantId, String agreementId, int fiscalYear, BigDecimal budget);

    /**
     * Final settlement: (actual cost − grants) split by the rule; advances paid are those of the
     * latest budget run of the year unless given.
     */
    AllocationRun settle(Caller caller, String tenantId, String agreementId, int fiscalYear, BigDecimal actualCost,
                         BigDecimal grants, Map<String, BigDecimal> advancesPaid);

    List<AllocationRun> runs(Caller caller, String tenantId, String agreementId);

    Optional<AllocationRun> find(Caller caller, String tenantId, String runId);

    /** Per partner difference between two runs of the same agreement (b − a). */
    Map<String, BigDecimal> compare(Caller caller, String tenantId, String runIdA, String runIdB);

    /**
     * A document of a run, in German formats (1.234,56 €; 31.12.2025).
     *
     * @param document  "summary" (all partners) or "notice" (one partner: share, basis, payments)
     * @param partnerId the partner, for a notice
     * @param format    "pdf" or "csv"
     */
    byte[] document(Caller caller, String tenantId, String runId, String document, String partnerId, String format);
}
