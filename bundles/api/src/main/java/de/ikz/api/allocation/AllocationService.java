package de.ikz.api.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
