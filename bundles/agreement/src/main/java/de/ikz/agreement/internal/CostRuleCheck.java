package de.ikz.agreement.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.KeySpec;
import de.ikz.api.error.IkzException;
import de.ikz.api.input.Amount;
import de.ikz.api.input.Input;

/**
 * Structural checks of a cost rule when an agreement is recorded. Whether every partner has a
 * figure on a date is checked when the rule is run (figures change over time). Euro values are
 * bounded amounts ({@link Amount}: not negative, at most two decimals, at most 10^12), percentages
 * 0 to 100 with at most four decimals, dates within {@link Input}'s range.
 */
final class CostRuleCheck {

    static final Set<String> TYPES = Set.of("population", "equal", "percent", "fixed", "measure", "grant-top-up",
            "deficit-percent", "weighted");
    static final Set<String> ROUNDING = Set.of("LARGEST_REMAINDER", "HALF_UP_RESIDUAL_TO_LARGEST");
    static final Set<String> SCHEDULES = Set.of("YEARLY", "HALF_YEARLY", "QUARTERLY");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BiConsumer<String, BigDecimal> EUROS = (f, v) -> Amount.of(f, v, Amount.Sign.NON_NEGATIVE);
    private static final BiConsumer<String, BigDecimal> PERCENT = Input::percent;

    private CostRuleCheck() {
    }

    static void check(CostRule rule, Set<String> partners) {
        if (rule == null) {
            return;
        }
        if (rule.key() == null) {
            throw IkzException.invalid("costRule.key", "a cost rule needs a key");
        }
        key("costRule.key", rule.key(), partners);
        if (rule.rounding() != null && !ROUNDING.contains(rule.rounding())) {
            throw IkzException.invalid("costRule.rounding", "rounding must be one of " + ROUNDING);
        }
        if (rule.schedule() != null && !SCHEDULES.contains(rule.schedule())) {
            throw IkzException.invalid("costRule.schedule", "schedule must be one of " + SCHEDULES);
        }
        amounts("costRule.floors", rule.floors(), partners, EUROS);
        amounts("costRule.caps", rule.caps(), partners, EUROS);
        amounts("costRule.creditsInKind", rule.creditsInKind(), partners, EUROS);
    }

    static void key(String field, KeySpec k, Set<String> partners) {
        if (k.type() == null || !TYPES.contains(k.type())) {
            throw IkzException.invalid(field + ".type", "key type must be one of " + TYPES + ", got " + k.type());
        }
        Input.optionalDate(field + ".referenceDate", k.referenceDate());
        switch (k.type()) {
            case "percent", "deficit-percent" -> {
                amounts(field + ".values", k.values(), partners, PERCENT);
                if (k.values() == null || k.values().isEmpty()) {
                    throw IkzException.invalid(field + ".values", "percent per partner required");
                }
                BigDecimal sum = k.values().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                if ("percent".equals(k.type()) && sum.compareTo(HUNDRED) != 0) {
                    throw IkzException.invalid(field + ".values", "percentages sum to " + sum.toPlainString() + ", not 100");
                }
                if (sum.compareTo(HUNDRED) > 0) {
                    throw IkzException.invalid(field + ".values", "percentages sum to " + sum.toPlainString() + ", more than 100");
                }
            }
            case "fixed", "grant-top-up" -> {
                if (k.values() == null || k.values().isEmpty()) {
                    throw IkzException.invalid(field + ".values", "an amount per partner is required");
                }
                amounts(field + ".values", k.values(), partners, EUROS);
                if ("grant-top-up".equals(k.type())) {
                    if (k.topUpPercent() != null) {
                        Input.percent(field + ".topUpPercent", k.topUpPercent());
                    }
                    if (k.topUpPercent() == null || k.topUpPercent().signum() < 0 || k.topUpPercent().compareTo(HUNDRED) >= 0) {
                        throw IkzException.invalid(field + ".topUpPercent", "topUpPercent must be at least 0 and below 100");
                    }
                    if (!"on-top".equals(k.reading()) && !"share-of-total".equals(k.reading())) {
                        throw IkzException.invalid(field + ".reading", "reading must be 'on-top' or 'share-of-total'");
                    }
                }
                if (k.rest() != null) {
                    key(field + ".rest", k.rest(), partners);
                }
            }
            case "measure" -> {
                if (k.module() == null || k.measure() == null) {
                    throw IkzException.invalid(field + ".measure", "a measure key names module and measure");
                }
            }
            case "weighted" -> {
                if (k.parts() == null || k.parts().size() < 2) {
                    throw IkzException.invalid(field + ".parts", "a weighted key has at least two parts");
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < k.parts().size(); i++) {
                    KeySpec.WeightedPart p = k.parts().get(i);
                    if (p.percent() == null || p.percent().signum() <= 0 || p.key() == null) {
                        throw IkzException.invalid(field + ".parts[" + i + "]", "each part needs a positive percent and a key");
                    }
                    Input.percent(field + ".parts[" + i + "].percent", p.percent());
                    key(field + ".parts[" + i + "].key", p.key(), partners);
                    sum = sum.add(p.percent());
                }
                if (sum.compareTo(HUNDRED) != 0) {
                    throw IkzException.invalid(field + ".parts", "weights sum to " + sum.toPlainString() + ", not 100");
                }
            }
            default -> {
                // population, equal: nothing more to check here
            }
        }
    }

    /** Each value names a party and meets {@code bound} (checked as {@code field[party]}). */
    private static void amounts(String field, Map<String, BigDecimal> values, Set<String> partners,
                                BiConsumer<String, BigDecimal> bound) {
        if (values == null) {
            return;
        }
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            if (!partners.contains(e.getKey())) {
                throw IkzException.invalid(field, "'" + e.getKey() + "' is not a party of the agreement");
            }
            if (e.getValue() == null || e.getValue().signum() < 0) {
                throw IkzException.invalid(field, "value for '" + e.getKey() + "' must not be negative");
            }
            bound.accept(field + "[" + e.getKey() + "]", e.getValue());
        }
    }
}
