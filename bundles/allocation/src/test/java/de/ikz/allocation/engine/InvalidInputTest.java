package de.ikz.allocation.engine;

import static de.ikz.allocation.engine.Fx.dec;
import static de.ikz.allocation.engine.Fx.eur;
import static de.ikz.allocation.engine.Fx.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rejected input names the field at fault and gives a reason. */
class InvalidInputTest {

    private static final ByFigure ABC = new ByFigure(map("A", "1", "B", "1", "C", "2"));

    private static Arguments invalid(String field, String reasonContains, Executable call) {
        return arguments(field, reasonContains, call);
    }

    private static Map<String, BigDecimal> withNullValue(String id) {
        Map<String, BigDecimal> m = new HashMap<>(map("A", "1"));
        m.put(id, null);
        return m;
    }

    private static Map<String, BigDecimal> withNullKey() {
        Map<String, BigDecimal> m = new HashMap<>(map("A", "1"));
        m.put(null, BigDecimal.ONE);
        return m;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // the amount
                invalid("amount", "missing", () -> Allocator.allocate(null, ABC)),
                invalid("amount", "fractions of a cent", () -> Allocator.allocate(dec("100.005"), ABC)),
                invalid("amount", "not a decimal", () -> Money.euros("12,50")),
                invalid("key", "missing", () -> Allocator.allocate(eur("1"), null)),
                invalid("rule", "missing", () -> Allocator.allocate(eur("1"), ABC, null)),
                // ByFigure
                invalid("figures", "no partners", () -> new ByFigure(Map.of())),
                invalid("figures", "missing", () -> new ByFigure(null)),
                invalid("figures[B]", "value missing", () -> new ByFigure(withNullValue("B"))),
                invalid("figures[B]", "negative", () -> new ByFigure(map("A", "1", "B", "-1"))),
                invalid("figures", "total of all figures is zero", () -> new ByFigure(map("A", "0", "B", "0"))),
                invalid("figures", "partner id missing", () -> new ByFigure(withNullKey())),
                invalid("figures", "blank", () -> new ByFigure(map("A", "1", " ", "1"))),
                invalid("figures", "whitespace", () -> new ByFigure(map("A", "1", "A ", "1"))),
                // Equal
                invalid("partnerIds", "no partners", () -> Equal.of()),
                invalid("partnerIds", "missing", () -> new Equal(null)),
                invalid("partnerIds[2]", "duplicate partner id 'A'", () -> Equal.of("A", "B", "A")),
                invalid("partnerIds[1]", "partner id missing", () -> new Equal(Arrays.asList("A", null))),
                // FixedPercent
                invalid("percents", "sum to 99.99", () -> new FixedPercent(map("A", "33.33", "B", "33.33", "C", "33.33"))),
                invalid("percents", "sum to 110", () -> new FixedPercent(map("A", "60", "B", "50"))),
                invalid("percents[B]", "negative", () -> new FixedPercent(map("A", "110", "B", "-10"))),
                invalid("percents", "no partners", () -> new FixedPercent(Map.of())),
                invalid("percents[A]", "value missing", () -> new FixedPercent(withNullValue("A"))),
                // FixedAmount
                invalid("amounts", "sum to 900.00", () -> Allocator.allocate(eur("1000"),
                        new FixedAmount(map("A", "400", "B", "500")))),
                invalid("amounts", "exceed the amount", () -> Allocator.allocate(eur("1000"),
                        new FixedAmount(map("A", "1200"), Equal.of("B")))),
                invalid("amounts[A]", "sign", () -> Allocator.allocate(eur("1000"),
                        new FixedAmount(map("A", "-100"), Equal.of("B")))),
                invalid("amounts[A]", "sign", () -> Allocator.allocate(eur("-1000"),
                        new FixedAmount(map("A", "100"), Equal.of("B")))),
                invalid("amounts[A]", "0.00", () -> Allocator.allocate(eur("0"),
                        new FixedAmount(map("A", "100"), Equal.of("B")))),
                invalid("amounts[A]", "fractions of a cent", () -> new FixedAmount(map("A", "1.001"))),
                invalid("amounts", "no partners", () -> new FixedAmount(Map.of())),
                invalid("partnerIds", "no partners", () -> new FixedAmount(map("A", "1"), Equal.of())),
                invalid("rest.amounts", "sum to 5.00 but the amount is 9.00", () -> Allocator.allocate(eur("10"),
                        new FixedAmount(map("A", "1"), new FixedAmount(map("B", "5"))))),
                // GrantTopUp
                invalid("grants[A]", "negative", () -> new GrantTopUp(map("A", "-1", "B", "5"), dec("20"),
                        GrantTopUp.Reading.ON_TOP)),
                invalid("grants[A]", "fractions of a cent", () -> new GrantTopUp(map("A", "1.005"), dec("20"),
                        GrantTopUp.Reading.ON_TOP)),
                invalid("grants", "all grants are zero", () -> new GrantTopUp(map("A", "0"), dec("20"),
                        GrantTopUp.Reading.ON_TOP)),
                invalid("grants", "no partners", () -> new GrantTopUp(Map.of(), dec("20"), GrantTopUp.Reading.ON_TOP)),
                invalid("topUpPercent", "negative", () -> new GrantTopUp(map("A", "1"), dec("-5"),
                        GrantTopUp.Reading.ON_TOP)),
                invalid("topUpPercent", "missing", () -> new GrantTopUp(map("A", "1"), null, GrantTopUp.Reading.ON_TOP)),
                invalid("topUpPercent", "below 100", () -> new GrantTopUp(map("A", "1"), dec("100"),
                        GrantTopUp.Reading.SHARE_OF_TOTAL)),
                invalid("reading", "missing", () -> new GrantTopUp(map("A", "1"), dec("20"), null)),
                invalid("partnerId", "no grant", () -> new GrantTopUp(map("A", "1"), dec("20"),
                        GrantTopUp.Reading.ON_TOP).contribution("X")),
                // DeficitPercent
                invalid("percents", "must be exactly 100", () -> new DeficitPercent(map("A", "30", "B", "20"))),
                invalid("percents", "must not exceed 100", () -> new DeficitPercent(map("A", "70", "B", "40"), "H")),
                invalid("percents[A]", "negative", () -> new DeficitPercent(map("A", "-10"), "H")),
                invalid("residualBearer", "blank", () -> new DeficitPercent(map("A", "10"), "")),
                // Weighted
                invalid("components", "no components", () -> new Weighted(List.of())),
                invalid("components", "missing", () -> new Weighted(null)),
                invalid("components", "weights sum to 90", () -> Weighted.of(
                        Weighted.part("50", ABC), Weighted.part("40", Equal.of("A", "B", "C")))),
                invalid("components[1].percent", "negative", () -> Weighted.of(
                        Weighted.part("110", ABC), Weighted.part("-10", Equal.of("A", "B", "C")))),
                invalid("components[1].percent", "missing", () -> Weighted.of(
                        Weighted.part("100", ABC), new Weighted.Component(null, ABC))),
                invalid("components[0].key", "missing", () -> Weighted.of(new Weighted.Component(dec("100"), null))),
                invalid("components[1]", "missing", () -> new Weighted(Arrays.asList(
                        Weighted.part("100", ABC), null))),
                invalid("components[1].key", "missing [C]", () -> Weighted.of(
                        Weighted.part("50", ABC), Weighted.part("50", new ByFigure(map("A", "3", "B", "4"))))),
                invalid("components[1].key", "not in components[0]: [D]", () -> Weighted.of(
                        Weighted.part("50", ABC), Weighted.part("50", Equal.of("A", "B", "C", "D")))),
                invalid("components[0].key.amounts", "sum to", () -> Allocator.allocate(eur("1000"), Weighted.of(
                        Weighted.part("50", new FixedAmount(map("A", "100", "B", "100", "C", "100"))),
                        Weighted.part("50", ABC)))),
                // Bounded
                invalid("key", "missing", () -> new Bounded(null, Map.of(), Map.of())),
                invalid("floors[A]", "exceeds the cap", () -> new Bounded(ABC, map("A", "10"), map("A", "5"))),
                invalid("floors[A]", "negative", () -> Bounded.withFloors(ABC, map("A", "-1"))),
                invalid("caps[X]", "not a partner", () -> Bounded.withCaps(ABC, map("X", "10"))),
                invalid("caps[A]", "fractions of a cent", () -> Bounded.withCaps(ABC, map("A", "10.001"))),
                invalid("floors", "more than the amount", () -> Allocator.allocate(eur("100"),
                        Bounded.withFloors(ABC, map("A", "60", "B", "60")))),
                invalid("caps", "absorb at most 90.00", () -> Allocator.allocate(eur("100"),
                        Bounded.withCaps(ABC, map("A", "30", "B", "30", "C", "30")))),
                invalid("caps", "absorb at most 50.00", () -> Allocator.allocate(eur("100"), new Bounded(
                        new ByFigure(map("A", "0", "B", "1")), map("A", "20"), map("B", "30")))),
                invalid("key.amounts", "sum to", () -> Allocator.allocate(eur("100"),
                        Bounded.withCaps(new FixedAmount(map("A", "10")), Map.of()))),
                // credits in kind
                invalid("creditsInKind[X]", "not a partner", () -> Allocator.allocate(eur("100"), ABC,
                        RoundingRule.LARGEST_REMAINDER, map("X", "10"))),
                invalid("creditsInKind[A]", "negative", () -> Allocator.allocate(eur("100"), ABC,
                        RoundingRule.LARGEST_REMAINDER, map("A", "-10"))),
                invalid("creditsInKind[A]", "exceeds the partner's share", () -> Allocator.allocate(eur("100"), ABC,
                        RoundingRule.LARGEST_REMAINDER, map("A", "25.01"))),
                invalid("creditsInKind[A]", "exceeds the partner's share", () -> Allocator.allocate(eur("-100"), ABC,
                        RoundingRule.LARGEST_REMAINDER, map("A", "1"))),
                invalid("creditsInKind[A]", "fractions of a cent", () -> Allocator.allocate(eur("100"), ABC,
                        RoundingRule.LARGEST_REMAINDER, map("A", "1.001"))),
                // rounding of externally supplied exact shares
                invalid("exactShares", "not to the amount", () -> RoundingRule.LARGEST_REMAINDER.round(eur("10"),
                        map("A", "5", "B", "4"))),
                invalid("exactShares[B]", "sign", () -> RoundingRule.LARGEST_REMAINDER.round(eur("10"),
                        map("A", "11", "B", "-1"))),
                invalid("exactShares", "no partners", () -> RoundingRule.HALF_UP_RESIDUAL_TO_LARGEST.round(eur("10"),
                        Map.of())),
                // advance payments
                invalid("yearlyShare", "fractions of a cent", () -> AdvancePayments.instalments(dec("1.001"),
                        Schedule.YEARLY, 2025)),
                invalid("yearlyShare", "missing", () -> AdvancePayments.instalments(null, Schedule.YEARLY, 2025)),
                invalid("schedule", "missing", () -> AdvancePayments.instalments(eur("1"), null, 2025)),
                invalid("fiscalYear", "four-digit", () -> AdvancePayments.instalments(eur("1"), Schedule.YEARLY, 25)),
                invalid("dueDays", "needs 4 due days, 2 given", () -> AdvancePayments.instalments(eur("1"),
                        Schedule.QUARTERLY, 2025, List.of(MonthDay.of(1, 1), MonthDay.of(7, 1)))),
                invalid("dueDays[1]", "not after", () -> AdvancePayments.instalments(eur("1"),
                        Schedule.HALF_YEARLY, 2025, List.of(MonthDay.of(7, 1), MonthDay.of(1, 1)))),
                invalid("dueDays[0]", "missing", () -> AdvancePayments.instalments(eur("1"),
                        Schedule.YEARLY, 2025, Arrays.asList((MonthDay) null))),
                // final settlement
                invalid("actualCost", "negative", () -> FinalSettlement.settle(eur("-1"), eur("0"), ABC,
                        map("A", "0", "B", "0", "C", "0"), RoundingRule.LARGEST_REMAINDER)),
                invalid("grantsReceived", "negative", () -> FinalSettlement.settle(eur("1"), eur("-1"), ABC,
                        map("A", "0", "B", "0", "C", "0"), RoundingRule.LARGEST_REMAINDER)),
                invalid("grantsReceived", "fractions of a cent", () -> FinalSettlement.settle(eur("1"), dec("0.001"), ABC,
                        map("A", "0", "B", "0", "C", "0"), RoundingRule.LARGEST_REMAINDER)),
                invalid("advancesPaid[C]", "missing", () -> FinalSettlement.settle(eur("1"), eur("0"), ABC,
                        map("A", "0", "B", "0"), RoundingRule.LARGEST_REMAINDER)),
                invalid("advancesPaid[X]", "not a partner", () -> FinalSettlement.settle(eur("1"), eur("0"), ABC,
                        map("A", "0", "B", "0", "C", "0", "X", "0"), RoundingRule.LARGEST_REMAINDER)),
                invalid("advancesPaid[A]", "fractions of a cent", () -> FinalSettlement.settle(eur("1"), eur("0"), ABC,
                        map("A", "0.001", "B", "0", "C", "0"), RoundingRule.LARGEST_REMAINDER)),
                invalid("advancesPaid", "no partners", () -> FinalSettlement.settle(eur("1"), eur("0"), ABC,
                        Map.of(), RoundingRule.LARGEST_REMAINDER)),
                invalid("rule", "missing", () -> FinalSettlement.settle(eur("1"), eur("0"), ABC,
                        map("A", "0", "B", "0", "C", "0"), null)),
                // result look-ups
                invalid("partnerId", "not a partner", () -> Allocator.allocate(eur("1"), ABC).share("X")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void rejectedWithFieldAndReason(String field, String reasonContains, Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOfSatisfying(AllocationException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).contains(reasonContains);
                    assertThat(e.getMessage()).isEqualTo(field + ": " + e.reason());
                });
    }

    @Test
    void keysAreValidatedWhenCreatedNotOnlyWhenUsed() {
        // a key that cannot work never exists: the error comes from the constructor
        assertThatThrownBy(() -> new FixedPercent(map("A", "50", "B", "49")))
                .isInstanceOf(AllocationException.class);
    }

    @Test
    void inputMapsAreCopied() {
        Map<String, BigDecimal> figures = new HashMap<>(map("A", "1", "B", "1"));
        ByFigure key = new ByFigure(figures);
        figures.put("B", new BigDecimal("3"));
        figures.put("C", BigDecimal.ONE);
        assertThat(key.figures()).containsOnlyKeys("A", "B");
        assertThat(key.figures().get("B")).isEqualByComparingTo("1");
        assertThatThrownBy(() -> key.figures().put("D", BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
