package de.ikz.api.agreement;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The cost-sharing rule of an agreement.
 *
 * @param key           how to split
 * @param rounding      "LARGEST_REMAINDER" (default) or "HALF_UP_RESIDUAL_TO_LARGEST"
 * @param schedule      advance payments: "YEARLY", "HALF_YEARLY" or "QUARTERLY" (default)
 * @param floors        minimum share per partner (euros), optional
 * @param caps          maximum share per partner (euros), optional
 * @param creditsInKind the host's contribution in kind credited against its share (euros), optional
 */
public record CostRule(KeySpec key, String rounding, String schedule, Map<String, BigDecimal> floors,
                       Map<String, BigDecimal> caps, Map<String, BigDecimal> creditsInKind) {
}
