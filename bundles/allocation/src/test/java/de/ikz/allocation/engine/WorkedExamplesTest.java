package de.ikz.allocation.engine;

import static de.ikz.allocation.engine.Fx.amounts;
import static de.ikz.allocation.engine.Fx.dec;
import static de.ikz.allocation.engine.Fx.eur;
import static de.ikz.allocation.engine.Fx.map;
import static de.ikz.allocation.engine.Fx.sumOfAmounts;
import static de.ikz.allocation.engine.RoundingRule.HALF_UP_RESIDUAL_TO_LARGEST;
import static de.ikz.allocation.engine.RoundingRule.LARGEST_REMAINDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Examples computed by hand; the computation is in the comments. */
class WorkedExamplesTest {

    @Nested
    @DisplayName("Largest remainder")
    class LargestRemainder {

        @Test
        void hundredEurosEquallyAmongThree() {
            // 100.00 / 3 = 33.3333333333 each; cut to the cent: 33.33 × 3 = 99.99; residual 1 cent.
            // All remainders (0.0033333333) and all exact shares are equal, so the partner id
            // that sorts first, A, gets the cent.
            Allocation a = Allocator.allocate(eur("100.00"), Equal.of("A", "B", "C"));
            assertThat(amounts(a)).containsExactly(entry("A", "33.34"), entry("B", "33.33"), entry("C", "33.33"));
            assertThat(a.share("B").exactShare()).isEqualByComparingTo("33.3333333333");
            assertThat(a.share("B").exactShare().scale()).isEqualTo(Money.EXACT_SCALE);
            assertThat(a.share("A").keyFigure()).isNull();
            assertThat(a.rule()).isEqualTo(LARGEST_REMAINDER);
            assertThat(a.total()).isEqualTo(eur("100.00"));
        }

        @Test
        void tieBreakUsesStringOrderNotInputOrder() {
            // same as above, but the partners are entered as C, B, A: A still gets the cent.
            assertThat(amounts(Allocator.allocate(eur("100.00"), Equal.of("C", "B", "A"))))
                    .containsExactly(entry("A", "33.34"), entry("B", "33.33"), entry("C", "33.33"));
            // ids compare as text: "P10" < "P2" < "P3", so P10 gets the cent.
            assertThat(amounts(Allocator.allocate(eur("100.00"), Equal.of("P2", "P3", "P10"))))
                    .containsExactly(entry("P10", "33.34"), entry("P2", "33.33"), entry("P3", "33.33"));
        }

        @Test
        void thousandEurosByPopulation() {
            // 20,000 + 30,000 + 50,000 = 100,000 inhabitants
            // A: 1,000 × 20,000/100,000 = 200.00; B: 300.00; C: 500.00 – exact, no residual.
            ByFigure population = new ByFigure("Einwohner 31.12.2023; IT.NRW",
                    map("A", "20000", "B", "30000", "C", "50000"));
            Allocation a = Allocator.allocate(eur("1000.00"), population);
            assertThat(amounts(a)).containsExactly(entry("A", "200.00"), entry("B", "300.00"), entry("C", "500.00"));
            assertThat(a.share("A").keyFigure()).isEqualByComparingTo("20000");
            assertThat(a.share("C").exactShare()).isEqualTo(dec("500.0000000000"));
            assertThat(((ByFigure) a.key()).basis()).isEqualTo("Einwohner 31.12.2023; IT.NRW");
        }

        @Test
        void thousandEurosBySevenths() {
            // 10,000 / 20,000 / 40,000 = 1/7, 2/7, 4/7 of 1,000.00:
            // A 142.857142857…, B 285.714285714…, C 571.428571428…
            // cut: 142.85 + 285.71 + 571.42 = 999.98 → residual 2 cents
            // remainders: A 0.00714…, B 0.00428…, C 0.00857… → C and A get a cent.
            Allocation a = Allocator.allocate(eur("1000.00"),
                    new ByFigure(map("A", "10000", "B", "20000", "C", "40000")));
            assertThat(amounts(a)).containsExactly(entry("A", "142.86"), entry("B", "285.71"), entry("C", "571.43"));
        }

        @Test
        void equalRemaindersGoToTheLargerExactShare() {
            // 3.01 by 1005 : 2005 → A 3.01 × 1005/3010 = 1.005, B 3.01 × 2005/3010 = 2.005.
            // cut: 1.00 + 2.00 = 3.00 → residual 1 cent; both remainders are 0.005, so the larger
            // exact share (B) gets it, although A sorts first.
            Allocation a = Allocator.allocate(eur("3.01"), new ByFigure(map("A", "1005", "B", "2005")));
            assertThat(amounts(a)).containsExactly(entry("A", "1.00"), entry("B", "2.01"));
        }

        @Test
        void fixedPercentages() {
            // 1,234.56 × 50 % = 617.28; × 30 % = 370.368; × 20 % = 246.912
            // cut: 617.28 + 370.36 + 246.91 = 1,234.55 → residual 1 cent; remainders 0, 0.008,
            // 0.002 → B.
            Allocation a = Allocator.allocate(eur("1234.56"), new FixedPercent(map("A", "50", "B", "30", "C", "20")));
            assertThat(amounts(a)).containsExactly(entry("A", "617.28"), entry("B", "370.37"), entry("C", "246.91"));
            assertThat(a.share("B").keyFigure()).isEqualByComparingTo("30");
        }

        @Test
        void zeroAmount() {
            Allocation a = Allocator.allocate(eur("0.00"), new ByFigure(map("A", "1", "B", "2")));
            assertThat(amounts(a)).containsExactly(entry("A", "0.00"), entry("B", "0.00"));
        }
    }

    @Nested
    @DisplayName("Refunds (negative amounts)")
    class Refunds {

        @Test
        void refundEquallyAmongThree() {
            // |−100.00| split as above: 33.34 / 33.33 / 33.33, then negated.
            assertThat(amounts(Allocator.allocate(eur("-100.00"), Equal.of("A", "B", "C"))))
                    .containsExactly(entry("A", "-33.34"), entry("B", "-33.33"), entry("C", "-33.33"));
        }

        @Test
        void refundBySevenths() {
            // mirror image of thousandEurosBySevenths
            Allocation a = Allocator.allocate(eur("-1000.00"),
                    new ByFigure(map("A", "10000", "B", "20000", "C", "40000")));
            assertThat(amounts(a)).containsExactly(entry("A", "-142.86"), entry("B", "-285.71"), entry("C", "-571.43"));
            assertThat(a.share("A").exactShare()).isEqualByComparingTo("-142.8571428571");
            assertThat(sumOfAmounts(a)).isEqualByComparingTo("-1000.00");
        }
    }

    @Nested
    @DisplayName("Half-up, residual to the largest share")
    class HalfUp {

        @Test
        void oneEuroAmongSix() {
            // 1.00 / 6 = 0.1666666667 → half-up 0.17; 6 × 0.17 = 1.02 → residual −0.02,
            // all on the largest share; all are equal, so on A (sorts first): 0.15.
            Allocation a = Allocator.allocate(eur("1.00"), Equal.of("A", "B", "C", "D", "E", "F"),
                    HALF_UP_RESIDUAL_TO_LARGEST);
            assertThat(amounts(a)).containsExactly(entry("A", "0.15"), entry("B", "0.17"), entry("C", "0.17"),
                    entry("D", "0.17"), entry("E", "0.17"), entry("F", "0.17"));
            // largest remainder for comparison: cut 0.16 × 6 = 0.96, 4 cents to A, B, C, D
            assertThat(amounts(Allocator.allocate(eur("1.00"), Equal.of("A", "B", "C", "D", "E", "F"))))
                    .containsExactly(entry("A", "0.17"), entry("B", "0.17"), entry("C", "0.17"),
                            entry("D", "0.17"), entry("E", "0.16"), entry("F", "0.16"));
        }

        @Test
        void residualGoesToTheLargestShare() {
            // 10.00 by 1 : 1 : 1 : 3 → A, B, C 1.6666666667 → 1.67; D 5.00
            // 3 × 1.67 + 5.00 = 10.01 → residual −0.01 on the largest share, D: 4.99.
            ByFigure key = new ByFigure(map("A", "1", "B", "1", "C", "1", "D", "3"));
            assertThat(amounts(Allocator.allocate(eur("10.00"), key, HALF_UP_RESIDUAL_TO_LARGEST)))
                    .containsExactly(entry("A", "1.67"), entry("B", "1.67"), entry("C", "1.67"), entry("D", "4.99"));
            // largest remainder: cut 3 × 1.66 + 5.00 = 9.98, 2 cents to A and B (equal remainders)
            assertThat(amounts(Allocator.allocate(eur("10.00"), key, LARGEST_REMAINDER)))
                    .containsExactly(entry("A", "1.67"), entry("B", "1.67"), entry("C", "1.66"), entry("D", "5.00"));
        }

        @Test
        void exactHalfCentsRoundUpAndTheResidualComesBack() {
            // 0.05 / 2 = 0.025 each → half-up 0.03 + 0.03 = 0.06 → residual −0.01 on A.
            assertThat(amounts(Allocator.allocate(eur("0.05"), Equal.of("A", "B"), HALF_UP_RESIDUAL_TO_LARGEST)))
                    .containsExactly(entry("A", "0.02"), entry("B", "0.03"));
            // refund: −0.025 → −0.03 each (half away from zero) → residual +0.01 on A.
            assertThat(amounts(Allocator.allocate(eur("-0.05"), Equal.of("A", "B"), HALF_UP_RESIDUAL_TO_LARGEST)))
                    .containsExactly(entry("A", "-0.02"), entry("B", "-0.03"));
            // largest remainder: cut 0.02 + 0.02, 1 cent to A
            assertThat(amounts(Allocator.allocate(eur("0.05"), Equal.of("A", "B"))))
                    .containsExactly(entry("A", "0.03"), entry("B", "0.02"));
        }
    }

    @Nested
    @DisplayName("Weighted mixture")
    class Mixture {

        @Test
        void fiftyFiftyPopulationAndCases() {
            // 10,000.00: 5,000.00 by population 20,000/30,000/50,000 → 1,000 / 1,500 / 2,500
            //            5,000.00 by cases 10/10/20               → 1,250 / 1,250 / 2,500
            // sum: A 2,250.00, B 2,750.00, C 5,000.00
            Weighted key = Weighted.of(
                    Weighted.part("50", new ByFigure(map("A", "20000", "B", "30000", "C", "50000"))),
                    Weighted.part("50", new ByFigure(map("A", "10", "B", "10", "C", "20"))));
            Allocation a = Allocator.allocate(eur("10000.00"), key);
            assertThat(amounts(a)).containsExactly(entry("A", "2250.00"), entry("B", "2750.00"), entry("C", "5000.00"));
            assertThat(a.share("A").keyFigure()).isNull();
        }

        @Test
        void fiftyFiftyWithRounding() {
            // 1,000.00: 500.00 by population 1 : 2 : 4 (sevenths) and 500.00 equally (thirds)
            // A = 500/7 + 500/3 = 5000/21 = 238.0952380952…
            // B = 1000/7 + 500/3 = 6500/21 = 309.5238095238…
            // C = 2000/7 + 500/3 = 9500/21 = 452.3809523809…
            // cut 238.09 + 309.52 + 452.38 = 999.99 → 1 cent to the largest remainder, A (0.00523…)
            Weighted key = Weighted.of(
                    Weighted.part("50", new ByFigure(map("A", "10000", "B", "20000", "C", "40000"))),
                    Weighted.part("50", Equal.of("A", "B", "C")));
            Allocation a = Allocator.allocate(eur("1000.00"), key);
            assertThat(amounts(a)).containsExactly(entry("A", "238.10"), entry("B", "309.52"), entry("C", "452.38"));
            assertThat(a.share("A").exactShare()).isEqualTo(dec("238.0952380952"));
            assertThat(a.share("C").exactShare()).isEqualTo(dec("452.3809523810"));
        }
    }

    @Nested
    @DisplayName("Floors and caps")
    class FloorsAndCaps {

        @Test
        void floorForcesRedistribution() {
            // 10,000.00 by population 5,000 / 45,000 / 50,000 → 500 / 4,500 / 5,000
            // A has a floor of 1,000.00: A pays 1,000.00; the other 9,000.00 are split B:C = 45:50
            // B = 9,000 × 45/95 = 4,263.157894…, C = 9,000 × 50/95 = 4,736.842105…
            // cut 4,263.15 + 4,736.84 = 8,999.99 → the cent goes to B (remainder 0.0079 > 0.0021)
            Bounded key = Bounded.withFloors(new ByFigure(map("A", "5000", "B", "45000", "C", "50000")),
                    map("A", "1000.00"));
            Allocation a = Allocator.allocate(eur("10000.00"), key);
            assertThat(amounts(a)).containsExactly(entry("A", "1000.00"), entry("B", "4263.16"), entry("C", "4736.84"));
            assertThat(a.share("A").keyFigure()).isEqualByComparingTo("5000");
        }

        @Test
        void capForcesRedistribution() {
            // 10,000.00 by 20,000 / 30,000 / 50,000 → 2,000 / 3,000 / 5,000; C capped at 4,000.00
            // the excess 1,000 goes to A and B 2:3 → A 2,400.00, B 3,600.00
            Bounded key = Bounded.withCaps(new ByFigure(map("A", "20000", "B", "30000", "C", "50000")),
                    map("C", "4000.00"));
            assertThat(amounts(Allocator.allocate(eur("10000.00"), key)))
                    .containsExactly(entry("A", "2400.00"), entry("B", "3600.00"), entry("C", "4000.00"));
        }

        @Test
        void capsIterateUntilStable() {
            // as above, and B capped at 3,500.00:
            // round 1: 2,000 / 3,000 / 5,000 → C over its cap → C fixed at 4,000
            // round 2: 6,000 split A:B 2:3 → 2,400 / 3,600 → B over its cap → B fixed at 3,500
            // round 3: A carries the remaining 2,500.00
            Bounded key = Bounded.withCaps(new ByFigure(map("A", "20000", "B", "30000", "C", "50000")),
                    map("B", "3500.00", "C", "4000.00"));
            assertThat(amounts(Allocator.allocate(eur("10000.00"), key)))
                    .containsExactly(entry("A", "2500.00"), entry("B", "3500.00"), entry("C", "4000.00"));
        }

        @Test
        void floorIsNotAppliedWhenTheRedistributionLiftsThePartnerAboveIt() {
            // 1,000.00 by 1 : 1 : 8 → 100 / 100 / 800; floor A 150.00, cap C 600.00
            // round 1: A is 50 below its floor, C 200 above its cap; the excess outweighs, so only
            //          C is fixed at 600
            // round 2: 400 split A:B 1:1 → 200 / 200, A is above its floor → done.
            // (Fixing A at 150 in round 1 would have made B pay 250 with the same figure as A.)
            Bounded key = new Bounded(new ByFigure(map("A", "1", "B", "1", "C", "8")),
                    map("A", "150.00"), map("C", "600.00"));
            assertThat(amounts(Allocator.allocate(eur("1000.00"), key)))
                    .containsExactly(entry("A", "200.00"), entry("B", "200.00"), entry("C", "600.00"));
        }

        @Test
        void partnerWithZeroFigurePaysItsFloor() {
            // 300.00 by 0 : 1 : 2 with a floor of 30.00 for A: A 30.00, the rest 270 split 1:2.
            Bounded key = Bounded.withFloors(new ByFigure(map("A", "0", "B", "1", "C", "2")), map("A", "30"));
            assertThat(amounts(Allocator.allocate(eur("300.00"), key)))
                    .containsExactly(entry("A", "30.00"), entry("B", "90.00"), entry("C", "180.00"));
        }

        @Test
        void boundsApplyToTheSizeOfARefund() {
            // −10,000.00 with C's cap 4,000.00: C is refunded at most 4,000.00
            Bounded key = Bounded.withCaps(new ByFigure(map("A", "20000", "B", "30000", "C", "50000")),
                    map("C", "4000.00"));
            assertThat(amounts(Allocator.allocate(eur("-10000.00"), key)))
                    .containsExactly(entry("A", "-2400.00"), entry("B", "-3600.00"), entry("C", "-4000.00"));
        }
    }

    @Nested
    @DisplayName("Host contribution in kind")
    class CreditInKind {

        @Test
        void hostCreditReducesOnlyItsPayableAmount() {
            // 90,000.00 equally among HOST, B, C → 30,000.00 each.
            // HOST provides rooms worth 12,000.00: its share stays 30,000.00, the credit is shown
            // separately, it pays 18,000.00; B and C are unaffected.
            Allocation a = Allocator.allocate(eur("90000.00"), Equal.of("HOST", "B", "C"), LARGEST_REMAINDER,
                    map("HOST", "12000.00"));
            PartnerShare host = a.share("HOST");
            assertThat(host.amount()).isEqualTo(eur("30000.00"));
            assertThat(host.creditInKind()).isEqualTo(eur("12000.00"));
            assertThat(host.payable()).isEqualTo(eur("18000.00"));
            assertThat(a.share("B").amount()).isEqualTo(eur("30000.00"));
            assertThat(a.share("B").creditInKind()).isEqualTo(eur("0.00"));
            assertThat(a.share("B").payable()).isEqualTo(eur("30000.00"));
            assertThat(a.totalCreditInKind()).isEqualTo(eur("12000.00"));
            assertThat(a.totalPayable()).isEqualTo(eur("78000.00"));
            // the other shares are exactly those without the credit
            Allocation without = Allocator.allocate(eur("90000.00"), Equal.of("HOST", "B", "C"));
            assertThat(amounts(a)).isEqualTo(amounts(without));
        }
    }

    @Nested
    @DisplayName("Grant plus top-up")
    class GrantPlusTopUp {

        static final Map<String, java.math.BigDecimal> HEINSBERG = map("KR-HS", "104178.00");

        @Test
        void heinsbergOnTop() {
            // own share 20 % on top of the grant: 104,178.00 × 1.20 = 125,013.60 pooled
            GrantTopUp key = new GrantTopUp(HEINSBERG, dec("20"), GrantTopUp.Reading.ON_TOP);
            assertThat(key.pooledAmount()).isEqualByComparingTo("125013.60");
            assertThat(key.contribution("KR-HS")).isEqualByComparingTo("125013.60");
            Allocation a = Allocator.allocatePooled(key, LARGEST_REMAINDER);
            assertThat(a.total()).isEqualTo(eur("125013.60"));
            assertThat(a.share("KR-HS").amount()).isEqualTo(eur("125013.60"));
            assertThat(a.share("KR-HS").keyFigure()).isEqualByComparingTo("104178");
        }

        @Test
        void heinsbergGrantIsEightyPercentOfTheTotal() {
            // the grant is 80 % of the total: 104,178.00 / 0.80 = 130,222.50 total
            // (own share 26,044.50 = 20 % of 130,222.50)
            GrantTopUp key = new GrantTopUp(HEINSBERG, dec("20"), GrantTopUp.Reading.SHARE_OF_TOTAL);
            assertThat(key.pooledAmount()).isEqualByComparingTo("130222.50");
            assertThat(Allocator.allocatePooled(key, LARGEST_REMAINDER).share("KR-HS").amount())
                    .isEqualTo(eur("130222.50"));
        }

        @Test
        void twoPartnersPoolTheirContributions() {
            // KR-HS 104,178.00 and STADT 50,000.00, 20 %:
            // on top:         125,013.60 +  60,000.00 = 185,013.60
            // 80 % of total:  130,222.50 +  62,500.00 = 192,722.50
            Map<String, java.math.BigDecimal> grants = map("KR-HS", "104178.00", "STADT", "50000.00");
            Allocation onTop = Allocator.allocatePooled(
                    new GrantTopUp(grants, dec("20"), GrantTopUp.Reading.ON_TOP), LARGEST_REMAINDER);
            assertThat(onTop.total()).isEqualTo(eur("185013.60"));
            assertThat(amounts(onTop)).containsExactly(entry("KR-HS", "125013.60"), entry("STADT", "60000.00"));
            Allocation shareOfTotal = Allocator.allocatePooled(
                    new GrantTopUp(grants, dec("20"), GrantTopUp.Reading.SHARE_OF_TOTAL), LARGEST_REMAINDER);
            assertThat(shareOfTotal.total()).isEqualTo(eur("192722.50"));
            assertThat(amounts(shareOfTotal)).containsExactly(entry("KR-HS", "130222.50"), entry("STADT", "62500.00"));
        }

        @Test
        void contributionsThatAreNotWholeCents() {
            // grants A 100.00, B 200.00, own share 30 % of the total:
            // A 100/0.7 = 142.857142…, B 200/0.7 = 285.714285…, pooled 300/0.7 = 428.571428… → 428.57
            // split 428.57 by 1 : 2 → 142.8566666667 / 285.7133333333
            // cut 142.85 + 285.71 = 428.56 → the cent goes to A (remainder 0.0067 > 0.0033)
            GrantTopUp key = new GrantTopUp(map("A", "100.00", "B", "200.00"), dec("30"),
                    GrantTopUp.Reading.SHARE_OF_TOTAL);
            assertThat(key.contribution("A")).isEqualTo(dec("142.8571428571"));
            Allocation a = Allocator.allocatePooled(key, LARGEST_REMAINDER);
            assertThat(a.total()).isEqualTo(eur("428.57"));
            assertThat(amounts(a)).containsExactly(entry("A", "142.86"), entry("B", "285.71"));
        }

        @Test
        void splittingAnotherAmountIsProportionalToTheGrants() {
            // 1,000.00 split by grants 100 : 300 → 250.00 / 750.00, whatever the reading
            Map<String, java.math.BigDecimal> grants = map("A", "100.00", "B", "300.00");
            for (GrantTopUp.Reading reading : GrantTopUp.Reading.values()) {
                assertThat(amounts(Allocator.allocate(eur("1000.00"), new GrantTopUp(grants, dec("20"), reading))))
                        .containsExactly(entry("A", "250.00"), entry("B", "750.00"));
            }
        }
    }

    @Nested
    @DisplayName("Fixed amounts and deficit percentages")
    class FixedAndDeficit {

        @Test
        void fixedAmountWithRestByPopulation() {
            // 10,000.00: A pays a fixed 2,000.00; the rest 8,000.00 by population B 1 : C 3
            // → B 2,000.00, C 6,000.00
            FixedAmount key = new FixedAmount(map("A", "2000.00"), new ByFigure(map("B", "1", "C", "3")));
            Allocation a = Allocator.allocate(eur("10000.00"), key);
            assertThat(amounts(a)).containsExactly(entry("A", "2000.00"), entry("B", "2000.00"), entry("C", "6000.00"));
            assertThat(a.share("A").keyFigure()).isEqualByComparingTo("2000");
            assertThat(a.share("B").keyFigure()).isNull();
        }

        @Test
        void fixedAmountPlusShareOfTheRest() {
            // 10,000.00: A fixed 1,000.00, then 9,000.00 equally among A and B → A 5,500.00, B 4,500.00
            FixedAmount key = new FixedAmount(map("A", "1000.00"), Equal.of("A", "B"));
            assertThat(amounts(Allocator.allocate(eur("10000.00"), key)))
                    .containsExactly(entry("A", "5500.00"), entry("B", "4500.00"));
        }

        @Test
        void fixedAmountsWithoutRest() {
            assertThat(amounts(Allocator.allocate(eur("3000.00"), new FixedAmount(map("A", "1000", "B", "2000")))))
                    .containsExactly(entry("A", "1000.00"), entry("B", "2000.00"));
        }

        @Test
        void deficitPercentWithResidualBearer() {
            // deficit 50,000.00: A 30 % = 15,000.00, B 20 % = 10,000.00; the host H bears the
            // remaining 50 % = 25,000.00
            DeficitPercent key = new DeficitPercent(map("A", "30", "B", "20"), "H");
            Allocation a = Allocator.allocate(eur("50000.00"), key);
            assertThat(amounts(a)).containsExactly(entry("A", "15000.00"), entry("B", "10000.00"), entry("H", "25000.00"));
            assertThat(a.share("H").keyFigure()).isEqualByComparingTo("50");
            // a surplus is shared the same way
            assertThat(amounts(Allocator.allocate(eur("-50000.00"), key)))
                    .containsExactly(entry("A", "-15000.00"), entry("B", "-10000.00"), entry("H", "-25000.00"));
        }

        @Test
        void deficitPercentBearerWithOwnPercentage() {
            // deficit 1,000.00: A 25 %, H 25 % + the remaining 50 % = 75 % → 250.00 / 750.00
            DeficitPercent key = new DeficitPercent(map("A", "25", "H", "25"), "H");
            Allocation a = Allocator.allocate(eur("1000.00"), key);
            assertThat(amounts(a)).containsExactly(entry("A", "250.00"), entry("H", "750.00"));
            assertThat(a.share("H").keyFigure()).isEqualByComparingTo("75");
        }
    }
}
