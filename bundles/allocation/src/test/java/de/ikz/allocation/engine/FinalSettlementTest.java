package de.ikz.allocation.engine;

import static de.ikz.allocation.engine.Fx.eur;
import static de.ikz.allocation.engine.Fx.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class FinalSettlementTest {

    private static final ByFigure POPULATION = new ByFigure("Einwohner 31.12.2023; IT.NRW",
            map("A", "20000", "B", "30000", "C", "50000"));

    @Test
    void backPaymentsWhenCostsExceedTheBudget() {
        // budget 100,000.00 by population → advances 20,000 / 30,000 / 50,000
        // actual cost 130,000.00 − grants 10,000.00 = 120,000.00 → 24,000 / 36,000 / 60,000
        // balances: +4,000 / +6,000 / +10,000 (back-payments owed by the partners)
        Settlement s = FinalSettlement.settle(eur("130000.00"), eur("10000.00"), POPULATION,
                map("A", "20000.00", "B", "30000.00", "C", "50000.00"), RoundingRule.LARGEST_REMAINDER);
        assertThat(s.netAmount()).isEqualTo(eur("120000.00"));
        assertThat(s.lines()).extracting(SettlementLine::partnerId, SettlementLine::finalShare,
                SettlementLine::advancesPaid, SettlementLine::balance).containsExactly(
                tuple("A", eur("24000.00"), eur("20000.00"), eur("4000.00")),
                tuple("B", eur("36000.00"), eur("30000.00"), eur("6000.00")),
                tuple("C", eur("60000.00"), eur("50000.00"), eur("10000.00")));
        assertThat(s.line("A").keyFigure()).isEqualByComparingTo("20000");
        assertThat(s.totalBalance()).isEqualTo(eur("20000.00"));
        assertThat(s.allocation().rule()).isEqualTo(RoundingRule.LARGEST_REMAINDER);
    }

    @Test
    void refundsWhenCostsFallShort() {
        // advances 30,000.00 each (budget 90,000 equally); actual 100,000.00 − grants 16,000.00
        // = 84,000.00 → 28,000.00 each → balance −2,000.00 each (refund to the partner)
        Settlement s = FinalSettlement.settle(eur("100000.00"), eur("16000.00"), Equal.of("A", "B", "C"),
                map("A", "30000", "B", "30000", "C", "30000"), RoundingRule.LARGEST_REMAINDER);
        assertThat(s.lines()).extracting(SettlementLine::balance)
                .containsExactly(eur("-2000.00"), eur("-2000.00"), eur("-2000.00"));
        assertThat(s.totalAdvancesPaid()).isEqualTo(eur("90000.00"));
    }

    @Test
    void grantsExceedingTheCostAreRefunded() {
        // 10,000.00 − 12,000.00 = −2,000.00 equally: |2,000| / 3 = 666.666… → cut 666.66 × 3 =
        // 1,999.98, 2 cents to A and B → −666.67, −666.67, −666.66
        Settlement s = FinalSettlement.settle(eur("10000.00"), eur("12000.00"), Equal.of("A", "B", "C"),
                map("A", "0", "B", "0", "C", "0"), RoundingRule.LARGEST_REMAINDER);
        assertThat(s.netAmount()).isEqualTo(eur("-2000.00"));
        assertThat(s.lines()).extracting(SettlementLine::finalShare, SettlementLine::balance).containsExactly(
                tuple(eur("-666.67"), eur("-666.67")),
                tuple(eur("-666.67"), eur("-666.67")),
                tuple(eur("-666.66"), eur("-666.66")));
    }

    @Test
    void roundedSharesAndAdvancesFromTheInstalmentPlan() {
        // budget 1,000.00 by 1 : 2 : 4 → 142.86 / 285.71 / 571.43 (see WorkedExamplesTest);
        // the partners paid those in quarterly instalments, e.g. A 35.72 + 35.72 + 35.71 + 35.71.
        // actual 1,100.00, no grants → exact 157.142857… / 314.285714… / 628.571428…
        // cut 157.14 + 314.28 + 628.57 = 1,099.99 → cent to B (0.0057 > 0.0029 > 0.0014)
        // → 157.14 / 314.29 / 628.57; balances +14.28 / +28.58 / +57.14
        ByFigure key = new ByFigure(map("A", "1", "B", "2", "C", "4"));
        Allocation budget = Allocator.allocate(eur("1000.00"), key);
        java.util.Map<String, java.math.BigDecimal> paid = new java.util.TreeMap<>();
        for (PartnerShare share : budget.shares()) {
            paid.put(share.partnerId(), AdvancePayments.instalments(share.amount(), Schedule.QUARTERLY, 2025)
                    .stream().map(Instalment::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        }
        assertThat(AdvancePayments.instalments(budget.share("A").amount(), Schedule.QUARTERLY, 2025))
                .extracting(Instalment::amount)
                .containsExactly(eur("35.72"), eur("35.72"), eur("35.71"), eur("35.71"));
        Settlement s = FinalSettlement.settle(eur("1100.00"), eur("0.00"), key, paid, RoundingRule.LARGEST_REMAINDER);
        assertThat(s.lines()).extracting(SettlementLine::finalShare, SettlementLine::advancesPaid,
                SettlementLine::balance).containsExactly(
                tuple(eur("157.14"), eur("142.86"), eur("14.28")),
                tuple(eur("314.29"), eur("285.71"), eur("28.58")),
                tuple(eur("628.57"), eur("571.43"), eur("57.14")));
    }

    @Test
    void hostCreditInKindReducesItsBalance() {
        // net 90,000.00 equally → 30,000.00 each; HOST's rooms 12,000.00 credited;
        // all paid 20,000.00 in advance → HOST 30,000 − 12,000 − 20,000 = −2,000.00 (refund),
        // B and C +10,000.00 each
        Settlement s = FinalSettlement.settle(eur("95000.00"), eur("5000.00"), Equal.of("HOST", "B", "C"),
                map("HOST", "20000", "B", "20000", "C", "20000"), RoundingRule.LARGEST_REMAINDER,
                map("HOST", "12000.00"));
        assertThat(s.lines()).extracting(SettlementLine::partnerId, SettlementLine::finalShare,
                SettlementLine::creditInKind, SettlementLine::balance).containsExactly(
                tuple("B", eur("30000.00"), eur("0.00"), eur("10000.00")),
                tuple("C", eur("30000.00"), eur("0.00"), eur("10000.00")),
                tuple("HOST", eur("30000.00"), eur("12000.00"), eur("-2000.00")));
    }

    @Test
    void halfUpRuleIsUsedForTheFinalShares() {
        // net 10.00 by 1 : 1 : 1 : 3 with HALF_UP: 1.67 / 1.67 / 1.67 / 4.99 (see WorkedExamplesTest)
        Settlement s = FinalSettlement.settle(eur("10.00"), eur("0.00"),
                new ByFigure(map("A", "1", "B", "1", "C", "1", "D", "3")),
                map("A", "0", "B", "0", "C", "0", "D", "5.00"), RoundingRule.HALF_UP_RESIDUAL_TO_LARGEST);
        assertThat(s.lines()).extracting(SettlementLine::finalShare)
                .containsExactly(eur("1.67"), eur("1.67"), eur("1.67"), eur("4.99"));
        assertThat(s.line("D").balance()).isEqualTo(eur("-0.01"));
    }
}
