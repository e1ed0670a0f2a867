package de.ikz.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties that must hold for every input: the rounded shares add up exactly, the order of the
 * partners and the scale of the figures do not matter, and rounding moves no share by a cent or
 * more.
 */
class AllocationPropertiesTest {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    // ------------------------------------------------------------------ generators

    /** Cents from −1 bn € to +1 bn €, with small amounts (fewer cents than partners) and zero. */
    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.oneOf(
                        Arbitraries.longs().between(-100_000_000_000L, 100_000_000_000L),
                        Arbitraries.longs().between(-1_000L, 1_000L),
                        Arbitraries.just(0L))
                .map(cents -> BigDecimal.valueOf(cents, 2));
    }

    @Provide
    Arbitrary<BigDecimal> positiveAmounts() {
        return Arbitraries.oneOf(
                        Arbitraries.longs().between(1L, 100_000_000_000L),
                        Arbitraries.longs().between(1L, 10_000L))
                .map(cents -> BigDecimal.valueOf(cents, 2));
    }

    /**
     * 1 to 500 figures: zeros, small integers (many ties), population-sized integers and
     * decimals (hours); at least one is positive.
     */
    @Provide
    Arbitrary<List<BigDecimal>> figures() {
        Arbitrary<BigDecimal> figure = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(BigDecimal.ZERO)),
                Tuple.of(3, Arbitraries.integers().between(0, 5).map(BigDecimal::valueOf)),
                Tuple.of(3, Arbitraries.integers().between(1, 2_000_000).map(BigDecimal::valueOf)),
                Tuple.of(2, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000")).ofScale(2)));
        return figure.list().ofMinSize(1).ofMaxSize(500)
                .withSizeDistribution(RandomDistribution.biased())
                .map(AllocationPropertiesTest::withPositiveTotal);
    }

    @Provide
    Arbitrary<BigDecimal> factors() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("100000")).ofScale(3);
    }

    private static List<BigDecimal> withPositiveTotal(List<BigDecimal> figures) {
        if (figures.stream().allMatch(f -> f.signum() == 0)) {
            List<BigDecimal> copy = new ArrayList<>(figures);
            copy.set(0, BigDecimal.ONE);
            return copy;
        }
        return figures;
    }

    /** Partner ids P0, P1, …: their text order (P10 < P2) differs from their number order. */
    private static Map<String, BigDecimal> byId(List<BigDecimal> figures) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            m.put("P" + i, figures.get(i));
        }
        return m;
    }

    private static BigDecimal sumOfAmounts(Allocation a) {
        return a.shares().stream().map(PartnerShare::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ------------------------------------------------------------------ sums

    @Property
    void sharesByFigureSumExactlyToTheAmount(@ForAll("amounts") BigDecimal amount,
                                             @ForAll("figures") List<BigDecimal> figures,
                                             @ForAll RoundingRule rule) {
        Allocation a = Allocator.allocate(amount, new ByFigure(byId(figures)), rule);
        assertThat(sumOfAmounts(a)).isEqualByComparingTo(amount);
        assertThat(a.shares()).hasSize(figures.size())
                .allSatisfy(s -> assertThat(s.amount().scale()).isEqualTo(2))
                .allSatisfy(s -> assertThat(s.payable()).isEqualTo(s.amount()));
        assertThat(a.totalPayable()).isEqualTo(amount);
    }

    @Property
    void equalSharesSumExactlyAndDifferByAtMostOneCent(@ForAll("amounts") BigDecimal amount,
                                                       @ForAll @IntRange(min = 1, max = 500) int partners) {
        List<String> ids = IntStream.range(0, partners).mapToObj(i -> "P" + i).toList();
        Allocation a = Allocator.allocate(amount, new Equal(ids));
        assertThat(sumOfAmounts(a)).isEqualByComparingTo(amount);
        List<BigDecimal> sizes = a.shares().stream().map(s -> s.amount().abs()).toList();
        assertThat(Collections.max(sizes).subtract(Collections.min(sizes))).isLessThanOrEqualTo(CENT);
    }

    @Property(tries = 500)
    void mixturesSumExactly(@ForAll("amounts") BigDecimal amount, @ForAll("figures") List<BigDecimal> figures,
                            @ForAll @IntRange(max = 100) int percent, @ForAll RoundingRule rule,
                            @ForAll Random random) {
        List<BigDecimal> cases = new ArrayList<>(figures);
        Collections.shuffle(cases, random);
        Map<String, BigDecimal> caseCounts = byId(withPositiveTotal(cases));
        Weighted key = Weighted.of(
                new Weighted.Component(BigDecimal.valueOf(percent), new ByFigure(byId(figures))),
                new Weighted.Component(BigDecimal.valueOf(100 - percent), new ByFigure(caseCounts)));
        Allocation a = Allocator.allocate(amount, key, rule);
        assertThat(sumOfAmounts(a)).isEqualByComparingTo(amount);
    }

    @Property(tries = 300)
    void aKeyMixedWithItselfIsTheKey(@ForAll("amounts") BigDecimal amount, @ForAll("figures") List<BigDecimal> figures,
                                     @ForAll @IntRange(max = 100) int percent) {
        ByFigure key = new ByFigure(byId(figures));
        Weighted mixture = Weighted.of(new Weighted.Component(BigDecimal.valueOf(percent), key),
                new Weighted.Component(BigDecimal.valueOf(100 - percent), key));
        assertThat(Allocator.allocate(amount, mixture).shares())
                .isEqualTo(Allocator.allocate(amount, key).shares().stream()
                        .map(s -> new PartnerShare(s.partnerId(), null, s.exactShare(), s.amount(),
                                s.creditInKind(), s.payable())).toList());
    }

    // ------------------------------------------------------------------ invariances

    @Property(tries = 500)
    void partnerOrderChangesNothing(@ForAll("amounts") BigDecimal amount, @ForAll("figures") List<BigDecimal> figures,
                                    @ForAll RoundingRule rule, @ForAll Random random) {
        Map<String, BigDecimal> ordered = byId(figures);
        List<String> ids = new ArrayList<>(ordered.keySet());
        Collections.shuffle(ids, random);
        Map<String, BigDecimal> shuffled = new LinkedHashMap<>();
        ids.forEach(id -> shuffled.put(id, ordered.get(id)));

        assertThat(Allocator.allocate(amount, new ByFigure(shuffled), rule))
                .isEqualTo(Allocator.allocate(amount, new ByFigure(ordered), rule));
        List<String> sorted = new ArrayList<>(ordered.keySet());
        assertThat(Allocator.allocate(amount, new Equal(ids), rule))
                .isEqualTo(Allocator.allocate(amount, new Equal(sorted), rule));
    }

    @Property(tries = 500)
    void scalingAllFiguresChangesNothing(@ForAll("amounts") BigDecimal amount,
                                         @ForAll("figures") List<BigDecimal> figures,
                                         @ForAll("factors") BigDecimal factor, @ForAll RoundingRule rule) {
        List<BigDecimal> scaled = figures.stream().map(f -> f.multiply(factor)).toList();
        Allocation original = Allocator.allocate(amount, new ByFigure(byId(figures)), rule);
        Allocation rescaled = Allocator.allocate(amount, new ByFigure(byId(scaled)), rule);
        assertThat(rescaled.shares()).extracting(PartnerShare::partnerId, PartnerShare::exactShare, PartnerShare::amount)
                .isEqualTo(original.shares().stream()
                        .map(s -> net.jqwik.api.Tuple.of(s.partnerId(), s.exactShare(), s.amount()))
                        .map(t -> org.assertj.core.groups.Tuple.tuple(t.get1(), t.get2(), t.get3()))
                        .toList());
    }

    @Property(tries = 500)
    void aRefundIsTheMirrorImage(@ForAll("amounts") BigDecimal amount, @ForAll("figures") List<BigDecimal> figures,
                                 @ForAll RoundingRule rule) {
        ByFigure key = new ByFigure(byId(figures));
        Map<String, BigDecimal> plus = amountsOf(Allocator.allocate(amount, key, rule));
        Map<String, BigDecimal> minus = amountsOf(Allocator.allocate(amount.negate(), key, rule));
        minus.replaceAll((id, v) -> v.negate());
        assertThat(minus).isEqualTo(plus);
    }

    private static Map<String, BigDecimal> amountsOf(Allocation a) {
        return a.shares().stream().collect(Collectors.toMap(PartnerShare::partnerId, PartnerShare::amount,
                (x, y) -> x, TreeMap::new));
    }

    // ------------------------------------------------------------------ rounding distance

    @Property
    void largestRemainderMovesNoShareByACent(@ForAll("amounts") BigDecimal amount,
                                             @ForAll("figures") List<BigDecimal> figures) {
        Allocation a = Allocator.allocate(amount, new ByFigure(byId(figures)), RoundingRule.LARGEST_REMAINDER);
        assertThat(a.shares()).allSatisfy(s -> {
            assertThat(s.amount().subtract(s.exactShare()).abs()).isLessThan(CENT);
            // and it is the exact share cut to the cent, or one cent further from zero
            BigDecimal cut = s.exactShare().setScale(2, RoundingMode.DOWN);
            assertThat(s.amount()).isIn(cut, cut.add(CENT.multiply(BigDecimal.valueOf(amount.signum()))));
        });
    }

    @Property
    void halfUpLeavesAllButTheLargestShareWithinHalfACent(@ForAll("amounts") BigDecimal amount,
                                                          @ForAll("figures") List<BigDecimal> figures) {
        Allocation a = Allocator.allocate(amount, new ByFigure(byId(figures)), RoundingRule.HALF_UP_RESIDUAL_TO_LARGEST);
        PartnerShare largest = a.shares().stream()
                .reduce((x, y) -> y.exactShare().abs().compareTo(x.exactShare().abs()) > 0 ? y : x).orElseThrow();
        assertThat(a.shares()).filteredOn(s -> s != largest)
                .allSatisfy(s -> assertThat(s.amount().subtract(s.exactShare()).abs()).isLessThanOrEqualTo(HALF_CENT));
    }

    // ------------------------------------------------------------------ floors and caps

    @Property(tries = 300)
    void floorsAndCapsHoldAndFreePartnersStayProportional(@ForAll("positiveAmounts") BigDecimal amount,
                                                          @ForAll("figures") List<BigDecimal> figures,
                                                          @ForAll Random random) {
        Map<String, BigDecimal> key = byId(figures);
        int n = figures.size();
        long maxFloorCents = amount.movePointRight(2).longValueExact() / n;
        Map<String, BigDecimal> floors = new TreeMap<>();
        Map<String, BigDecimal> caps = new TreeMap<>();
        for (String id : key.keySet()) {
            BigDecimal floor = null;
            if (random.nextInt(10) < 3) {
                floor = BigDecimal.valueOf((long) (random.nextDouble() * (maxFloorCents + 1)), 2);
                floors.put(id, floor);
            }
            if (random.nextInt(10) < 3) {
                long extra = (long) (random.nextDouble() * amount.movePointRight(2).longValueExact() / Math.max(1, n / 4));
                caps.put(id, (floor == null ? BigDecimal.ZERO.setScale(2) : floor).add(BigDecimal.valueOf(extra, 2)));
            }
        }
        // one partner with a share and no cap keeps the split feasible
        String open = key.entrySet().stream().filter(e -> e.getValue().signum() > 0).findFirst().orElseThrow().getKey();
        caps.remove(open);

        Allocation a = Allocator.allocate(amount, new Bounded(new ByFigure(key), floors, caps));
        assertThat(sumOfAmounts(a)).isEqualByComparingTo(amount);
        for (PartnerShare s : a.shares()) {
            BigDecimal floor = floors.get(s.partnerId());
            BigDecimal cap = caps.get(s.partnerId());
            if (floor != null) {
                assertThat(s.amount()).isGreaterThanOrEqualTo(floor);
                assertThat(s.exactShare()).isGreaterThanOrEqualTo(floor);
            }
            if (cap != null) {
                assertThat(s.amount()).isLessThanOrEqualTo(cap);
                assertThat(s.exactShare()).isLessThanOrEqualTo(cap);
            }
        }
        // every partner not at a bound pays the same multiple (λ) of its figure; a partner at its
        // floor would pay less at that multiple, a partner at its cap more.
        PartnerShare reference = a.shares().stream()
                .filter(s -> key.get(s.partnerId()).signum() > 0 && free(s, floors, caps))
                .max((x, y) -> key.get(x.partnerId()).compareTo(key.get(y.partnerId())))
                .orElse(null);
        if (reference == null) {
            return;
        }
        BigDecimal lambda = reference.exactShare().divide(key.get(reference.partnerId()), 30, RoundingMode.HALF_EVEN);
        BigDecimal tolerance = new BigDecimal("1e-9");
        for (PartnerShare s : a.shares()) {
            BigDecimal proportional = lambda.multiply(key.get(s.partnerId()));
            BigDecimal floor = floors.get(s.partnerId());
            BigDecimal cap = caps.get(s.partnerId());
            if (floor != null && cap != null && floor.compareTo(cap) == 0) {
                continue;
            }
            if (free(s, floors, caps)) {
                assertThat(s.exactShare().subtract(proportional).abs()).isLessThanOrEqualTo(tolerance);
            } else if (floor != null && s.exactShare().compareTo(floor) == 0) {
                assertThat(proportional).isLessThanOrEqualTo(floor.add(tolerance));
            } else {
                assertThat(proportional).isGreaterThanOrEqualTo(cap.subtract(tolerance));
            }
        }
    }

    private static boolean free(PartnerShare s, Map<String, BigDecimal> floors, Map<String, BigDecimal> caps) {
        BigDecimal floor = floors.get(s.partnerId());
        BigDecimal cap = caps.get(s.partnerId());
        return (floor == null || s.exactShare().compareTo(floor) != 0)
                && (cap == null || s.exactShare().compareTo(cap) != 0);
    }

    // ------------------------------------------------------------------ credits, advances, settlement

    @Property(tries = 300)
    void creditsInKindChangeOnlyThePayableAmounts(@ForAll("positiveAmounts") BigDecimal amount,
                                                  @ForAll("figures") List<BigDecimal> figures,
                                                  @ForAll Random random) {
        ByFigure key = new ByFigure(byId(figures));
        Allocation plain = Allocator.allocate(amount, key);
        Map<String, BigDecimal> credits = new TreeMap<>();
        for (PartnerShare s : plain.shares()) {
            if (random.nextBoolean()) {
                credits.put(s.partnerId(), BigDecimal.valueOf(
                        (long) (random.nextDouble() * (s.amount().movePointRight(2).longValueExact() + 1)), 2));
            }
        }
        Allocation credited = Allocator.allocate(amount, key, RoundingRule.LARGEST_REMAINDER, credits);
        assertThat(amountsOf(credited)).isEqualTo(amountsOf(plain));
        assertThat(credited.shares()).allSatisfy(s ->
                assertThat(s.payable()).isEqualTo(s.amount().subtract(s.creditInKind())));
        assertThat(credited.totalPayable().add(credited.totalCreditInKind())).isEqualTo(amount);
    }

    @Property
    void advanceInstalmentsSumToTheShare(@ForAll("amounts") BigDecimal share, @ForAll Schedule schedule,
                                         @ForAll @IntRange(min = 2000, max = 2100) int year) {
        List<Instalment> plan = AdvancePayments.instalments(share, schedule, year);
        assertThat(plan).hasSize(schedule.instalments());
        assertThat(plan.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(share);
        for (int i = 0; i < plan.size(); i++) {
            Instalment instalment = plan.get(i);
            assertThat(instalment.number()).isEqualTo(i + 1);
            assertThat(instalment.dueDate().getYear()).isEqualTo(year);
            assertThat(instalment.amount().scale()).isEqualTo(2);
            if (i > 0) {
                Instalment before = plan.get(i - 1);
                assertThat(instalment.dueDate()).isAfter(before.dueDate());
                // earlier instalments carry the extra cents: sizes never grow, by at most a cent
                BigDecimal drop = before.amount().abs().subtract(instalment.amount().abs());
                assertThat(drop).isBetween(BigDecimal.ZERO, CENT);
            }
        }
        assertThat(plan.get(0).dueDate()).isEqualTo(schedule.defaultDueDays().get(0).atYear(year));
        assertThat(plan.get(plan.size() - 1).dueDate()).isBefore(LocalDate.of(year + 1, 1, 1));
    }

    @Property(tries = 300)
    void settlementBalancesAddUp(@ForAll("positiveAmounts") BigDecimal cost, @ForAll("positiveAmounts") BigDecimal grants,
                                 @ForAll("figures") List<BigDecimal> figures, @ForAll RoundingRule rule,
                                 @ForAll Random random) {
        Map<String, BigDecimal> key = byId(figures);
        Map<String, BigDecimal> advances = new TreeMap<>();
        key.keySet().forEach(id -> advances.put(id, BigDecimal.valueOf(random.nextInt(10_000_000), 2)));

        Settlement s = FinalSettlement.settle(cost, grants, new ByFigure(key), advances, rule);
        BigDecimal net = cost.subtract(grants);
        assertThat(s.netAmount()).isEqualByComparingTo(net);
        assertThat(s.lines().stream().map(SettlementLine::finalShare).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(net);
        assertThat(s.lines()).allSatisfy(l -> assertThat(l.balance())
                .isEqualTo(l.finalShare().subtract(l.creditInKind()).subtract(l.advancesPaid())));
        BigDecimal paid = advances.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(s.totalBalance()).isEqualByComparingTo(net.subtract(paid));
    }
}
