package de.ikz.api.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How an amount is split among the parties (see docs/allocation.md). {@code type} is one of:
 * <ul>
 * <li>{@code population}: by a figure ({@code figure}, default "population") summed over each
 *     partner's area, values at the latest reference date on or before {@code referenceDate};</li>
 * <li>{@code equal};</li>
 * <li>{@code percent}: {@code values} = percent per partner, summing to 100;</li>
 * <li>{@code fixed}: {@code values} = euros per partner, the remainder split by {@code rest} (or none);</li>
 * <li>{@code measure}: a module measure ({@code module}, {@code measure}) per partner over the fiscal year;</li>
 * <li>{@code grant-top-up}: {@code values} = each partner's grant, {@code topUpPercent}, {@code reading}
 *     "on-top" or "share-of-total";</li>
 * <li>{@code deficit-percent}: {@code values} = percent of the deficit per partner;</li>
 * <li>{@code weighted}: {@code parts}, each a percent and a key, percents summing to 100.</li>
 * </ul>
 */
public record KeySpec(String type, String figure, LocalDate referenceDate, Map<String, BigDecimal> values,
                      String module, String measure, BigDecimal topUpPercent, String reading, KeySpec rest,
                      List<WeightedPart> parts) {

    /** One part of a weighted key. */
    public record WeightedPart(BigDecimal percent, KeySpec key) {
    }
}
