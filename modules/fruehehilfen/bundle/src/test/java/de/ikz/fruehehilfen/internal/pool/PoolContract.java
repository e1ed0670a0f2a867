package de.ikz.fruehehilfen.internal.pool;

import static de.ikz.fruehehilfen.internal.pool.PoolFixture.ERKELENZ;
import static de.ikz.fruehehilfen.internal.pool.PoolFixture.GEILENKIRCHEN;
import static de.ikz.fruehehilfen.internal.pool.PoolFixture.HEINSBERG;
import static de.ikz.fruehehilfen.internal.pool.PoolFixture.HUECKELHOVEN;
import static de.ikz.fruehehilfen.internal.pool.PoolFixture.KREIS;
import static de.ikz.fruehehilfen.internal.pool.PoolFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.pool.PoolFigures.Amounts;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Expense;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.NetworkWork;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.YearEnd;
import de.ikz.fruehehilfen.internal.pool.PoolService.ContributionInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.ExpenseInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.GrantInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.NetworkWorkInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.ReceiptInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.SettingsInput;
import de.ikz.testkit.Callers;
import de.ikz.testkit.Refusals;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pool on one database (subclasses name it): the worked examples (Geilenkirchen 2013 and
 * 2021, Kreis Heinsberg 2021 in both readings, the 2021 gap split by fixed percentages with
 * Geilenkirchen 12 %), receipts and what is outstanding, expenses and pre-financing, network work,
 * the year end, the roles, and that every refusal changes nothing.
 */
abstract class PoolContract {

    static final LocalDate TODAY = LocalDate.of(2022, 2, 15);
    static final Caller COORDINATOR = Callers.coordinator(TENANT, "fruehehilfen");
    static final Caller AUDITOR = Callers.auditor(TENANT);
    static final Caller GK_STAFF = Callers.partnerStaff(TENANT, GEILENKIRCHEN);

    PoolFixture fx;
    PoolService pool;

    protected abstract DataSource freshDataSource() throws Exception;

    @BeforeEach
    void fresh() throws Exception {
        fx = PoolFixture.on(freshDataSource(), TODAY);
        pool = fx.pool;
    }

    static BigDecimal eur(String v) {
        return new BigDecimal(v);
    }

    static SettingsInput reading(String reading) {
        return new SettingsInput(KREIS, null, reading, null, null, null, null, null, null);
    }

    void grant(int year, String partner, String amount) {
        pool.setGrant(COORDINATOR, TENANT, year, new GrantInput(partner, eur(amount), LocalDate.of(year, 3, 1),
                Map.of("II", eur(amount))));
    }

    Amounts of(int year, String partner) {
        return pool.figures(COORDINATOR, TENANT, year).partner(partner).orElseThrow().amounts();
    }

    // ------------------------------------------------------------------ worked examples

    @Test
    void geilenkirchen2013GrantAs80PercentOfTheTotal() {
        pool.saveSettings(COORDINATOR, TENANT, 2013, reading("share-of-total"));
        grant(2013, GEILENKIRCHEN, "11000.00");
        Amounts gk = of(2013, GEILENKIRCHEN);
        assertThat(gk.granted()).isEqualByComparingTo("11000.00");
        assertThat(gk.ownShare()).isEqualByComparingTo("2750.00");
        assertThat(gk.due()).isEqualByComparingTo("13750.00");
    }

    @Test
    void geilenkirchen2021TwentyPercentOnTop() {
        pool.saveSettings(COORDINATOR, TENANT, 2021, reading("on-top"));
        grant(2021, GEILENKIRCHEN, "12500.00");
        Amounts gk = of(2021, GEILENKIRCHEN);
        assertThat(gk.ownShare()).isEqualByComparingTo("2500.00");
        assertThat(gk.due()).isEqualByComparingTo("15000.00");
    }

    @Test
    void kreisHeinsberg2021InBothReadings() {
        grant(2021, KREIS, "104178.00");
        // default reading (PID de.ikz.fruehehilfen.pool): 20 % on top
        assertThat(pool.settings(COORDINATOR, TENANT, 2021).ownShareReading()).isEqualTo("on-top");
        Amounts onTop = of(2021, KREIS);
        assertThat(onTop.ownShare()).isEqualByComparingTo("20835.60");
        assertThat(onTop.due()).isEqualByComparingTo("125013.60");

        pool.saveSettings(COORDINATOR, TENANT, 2021, reading("share-of-total"));
        Amounts share = of(2021, KREIS);
        assertThat(share.ownShare()).isEqualByComparingTo("26044.50");
        assertThat(share.due()).isEqualByComparingTo("130222.50");
    }

    @Test
    void ownShareOfSeveralPartnersAddsUpToTheCentInTheEightyPercentReading() {
        pool.saveSettings(COORDINATOR, TENANT, 2021, reading("share-of-total"));
        // grant / 0.8 has fractions of a cent for each: the pooled sum is rounded once, split by largest remainder
        grant(2021, ERKELENZ, "10000.01");
        grant(2021, HEINSBERG, "10000.01");
        grant(2021, HUECKELHOVEN, "10000.01");
        PoolFigures f = pool.figures(COORDINATOR, TENANT, 2021);
        assertThat(f.pool().due()).isEqualByComparingTo("37500.04"); // 30000.03 / 0.8 = 37500.0375
        assertThat(f.partners().stream().map(p -> p.amounts().due()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(f.pool().due());
        assertThat(f.partners().stream().filter(p -> p.amounts().granted().signum() > 0))
                .hasSize(3).allSatisfy(p -> assertThat(p.amounts().due().subtract(eur("12500.0125")).abs())
                .isLessThan(eur("0.01")));
    }

    /** 2021: need 161,000 € against about 141,000 € pooled; the gap by fixed percentages, Geilenkirchen 12 %. */
    @Test
    void gap2021SplitByFixedPercentagesGeilenkirchenTwelvePercent() {
        pool.saveSettings(COORDINATOR, TENANT, 2021, new SettingsInput(KREIS, eur("20"), "on-top", eur("161000.00"),
                "percent", null, Map.of(KREIS, eur("40"), ERKELENZ, eur("16"), GEILENKIRCHEN, eur("12"), HEINSBERG, eur("16"),
                HUECKELHOVEN, eur("16")), null, null));
        grant(2021, KREIS, "104178.00");       // 125,013.60 with own share
        grant(2021, GEILENKIRCHEN, "12500.00"); // 15,000.00
        pool.setContribution(COORDINATOR, TENANT, 2021, new ContributionInput(ERKELENZ, eur("986.40"), "Festbetrag"));
        PoolFigures f = pool.figures(COORDINATOR, TENANT, 2021);
        BigDecimal pooled = f.pool().granted().add(f.pool().ownShare()).add(f.pool().contributions());
        assertThat(pooled).isEqualByComparingTo("141000.00");
        assertThat(f.gap()).isEqualByComparingTo("20000.00");
        assertThat(f.partner(GEILENKIRCHEN).orElseThrow().amounts().gapShare()).isEqualByComparingTo("2400.00");
        assertThat(f.partner(KREIS).orElseThrow().amounts().gapShare()).isEqualByComparingTo("8000.00");
        assertThat(f.pool().gapShare()).isEqualByComparingTo(f.gap());
        assertThat(f.pool().due()).isEqualByComparingTo("161000.00");
        assertThat(f.partner(GEILENKIRCHEN).orElseThrow().amounts().due()).isEqualByComparingTo("17400.00");
    }

    @Test
    void gapByPopulationKeyOfTheCoreAddsUpToTheCent() {
        pool.saveSettings(COORDINATOR, TENANT, 2021, new SettingsInput(KREIS, null, null, eur("1000.00"), "population",
                null, null, null, null));
        grant(2021, ERKELENZ, "100.00");
        grant(2021, GEILENKIRCHEN, "100.00");
        grant(2021, HEINSBERG, "100.00");
        PoolFigures f = pool.figures(COORDINATOR, TENANT, 2021);
        assertThat(f.gap()).isEqualByComparingTo("640.00"); // 1000 − 3 × 120
        Map<String, BigDecimal> shares = new HashMap<>();
        f.partners().forEach(p -> shares.put(p.partnerId(), p.amounts().gapShare()));
        assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("640.00");
        // populations 120,000 / 44,000 / 28,000 / 42,000 of 234,000 (the host shares too)
        assertThat(shares.get(GEILENKIRCHEN)).isEqualByComparingTo("76.58"); // 640 × 28/234 = 76.5812
        assertThat(shares.get(KREIS)).isEqualByComparingTo("328.21");         // 328.2051
    }

    // ------------------------------------------------------------------ receipts, expenses, network work

    @Test
    void receiptsGiveWhatIsOutstandingPerPartner() {
        grant(2021, GEILENKIRCHEN, "12500.00");
        grant(2021, ERKELENZ, "10000.00");
        pool.addReceipt(COORDINATOR, TENANT, 2021, new ReceiptInput(LocalDate.of(2021, 4, 1), GEILENKIRCHEN, eur("12500.00"),
                "GRANT", "Bundesmittel"));
        pool.addReceipt(COORDINATOR, TENANT, 2021, new ReceiptInput(LocalDate.of(2021, 6, 1), GEILENKIRCHEN, eur("1000.00"),
                "own-share", null));
        Amounts gk = of(2021, GEILENKIRCHEN);
        assertThat(gk.received()).isEqualByComparingTo("13500.00");
        assertThat(gk.receivedByKind().get(ReceiptKind.OWN_SHARE)).isEqualByComparingTo("1000.00");
        assertThat(gk.outstanding()).isEqualByComparingTo("1500.00");
        assertThat(of(2021, ERKELENZ).outstanding()).isEqualByComparingTo("12000.00");
        PoolFigures f = pool.figures(COORDINATOR, TENANT, 2021);
        assertThat(f.pool().outstanding()).isEqualByComparingTo("13500.00");
        assertThat(f.available()).isEqualByComparingTo("13500.00");
    }

    @Test
    void expensesPerAreaAndCostTypeAndNetworkWorkCountsAsAreaOne() {
        grant(2021, GEILENKIRCHEN, "12500.00");
        pool.addReceipt(COORDINATOR, TENANT, 2021, new ReceiptInput(LocalDate.of(2021, 4, 1), GEILENKIRCHEN, eur("10000.00"),
                "GRANT", null));
        pool.addExpense(COORDINATOR, TENANT, 2021, new ExpenseInput("II", "PERSONNEL", "B-2021-001", LocalDate.of(2021, 5, 31),
                "Familienhebamme Mai", eur("3000.00")));
        pool.addExpense(COORDINATOR, TENANT, 2021, new ExpenseInput("II", "supervision", "B-2021-002",
                LocalDate.of(2021, 6, 30), "Supervision", eur("250.50")));
        NetworkWork w = pool.addNetworkWork(COORDINATOR, TENANT, 2021, new NetworkWorkInput("MEETING", LocalDate.of(2021, 9, 1),
                eur("3.5"), eur("120.00"), "Netzwerktreffen Herbst", "B-2021-003"));
        pool.addNetworkWork(COORDINATOR, TENANT, 2021, new NetworkWorkInput("PUBLIC_RELATIONS", LocalDate.of(2021, 10, 1),
                eur("2"), null, "Flyer abgestimmt", null));
        assertThat(w.expenseId()).isNotNull();
        PoolFigures f = pool.figures(COORDINATOR, TENANT, 2021);
        assertThat(f.spentByAreaAndType().get(FundingArea.II).get(CostType.PERSONNEL)).isEqualByComparingTo("3000.00");
        assertThat(f.spentByAreaAndType().get(FundingArea.II).get(CostType.SUPERVISION)).isEqualByComparingTo("250.50");
        assertThat(f.spentByAreaAndType().get(FundingArea.I).get(CostType.MATERIAL)).isEqualByComparingTo("120.00");
        assertThat(f.pool().spentByArea().get(FundingArea.I)).isEqualByComparingTo("120.00");
        assertThat(f.pool().spent()).isEqualByComparingTo("3370.50");
        assertThat(f.networkHours().get(FundingArea.I)).isEqualByComparingTo("5.5");
        assertThat(f.networkCosts().get(FundingArea.I)).isEqualByComparingTo("120.00");
        assertThat(f.left()).isEqualByComparingTo("6629.50");
        assertThat(f.pool().unspent()).isEqualByComparingTo("6629.50");
        assertThat(pool.expenses(COORDINATOR, TENANT, 2021)).extracting(Expense::documentNumber)
                .containsExactly("B-2021-001", "B-2021-002", "B-2021-003");
    }

    @Test
    void expenseBeyondWhatThePoolHoldsIsRefusedUnlessTheHostPreFinances() {
        grant(2021, GEILENKIRCHEN, "12500.00");
        pool.addReceipt(COORDINATOR, TENANT, 2021, new ReceiptInput(LocalDate.of(2021, 4, 1), GEILENKIRCHEN, eur("1000.00"),
                "GRANT", null));
        ExpenseInput big = new ExpenseInput("II", "PERSONNEL", "B-1", LocalDate.of(2021, 5, 1), "Gehalt", eur("1000.01"));
        unchanged(2021, () -> pool.addExpense(COORDINATOR, TENANT, 2021, big), "amount");
        // network work with a cost beyond the pool: refused as a whole, not even the hours are stored
        unchanged(2021, () -> pool.addNetworkWork(COORDINATOR, TENANT, 2021, new NetworkWorkInput("TRAINING",
                LocalDate.of(2021, 5, 2), eur("4"), eur("2000.00"), "Fortbildung", "B-2")), "cost");
        assertThat(pool.networkWork(COORDINATOR, TENANT, 2021)).isEmpty();

        pool.saveSettings(COORDINATOR, TENANT, 2021, new SettingsInput(null, null, null, null, null, null, null, true, null));
        Expense e = pool.addExpense(COORDINATOR, TENANT, 2021, big);
        assertThat(e.preFinanced()).isTrue();
        PoolFigures f = pool.figures(COORDINATOR, TENANT, 2021);
        assertThat(f.preFinanced()).isEqualByComparingTo("1000.01");
        assertThat(f.left()).isEqualByComparingTo("-0.01");
        assertThat(f.pool().unspent()).isEqualByComparingTo("0.00");
    }

    // ------------------------------------------------------------------ year end

    @Test
    void yearEndReturnsUnspentMoneyPerPartnerByTheRuleThatRaisedIt() {
        grant(2021, ERKELENZ, "10000.00");
        grant(2021, GEILENKIRCHEN, "10000.00");
        grant(2021, HEINSBERG, "10000.00");
        for (String p : List.of(ERKELENZ, GEILENKIRCHEN, HEINSBERG)) {
            pool.addReceipt(COORDINATOR, TENANT, 2021, new ReceiptInput(LocalDate.of(2021, 4, 1), p, eur("12000.00"), "GRANT", null));
        }
        pool.addExpense(COORDINATOR, TENANT, 2021, new ExpenseInput("II", "PERSONNEL", "B-1", LocalDate.of(2021, 5, 1), "Gehalt",
                eur("35999.99")));
        YearEnd preview = pool.previewYearEnd(COORDINATOR, TENANT, 2021, LocalDate.of(2022, 2, 1));
        assertThat(preview.unspent()).isEqualByComparingTo("0.01");
        YearEnd end = pool.closeYear(COORDINATOR, TENANT, 2021, LocalDate.of(2022, 2, 1));
        // one cent among three equal partners: largest remainder, ties to the id that sorts first
        assertThat(end.returned()).containsEntry(ERKELENZ, eur("0.01")).containsEntry(GEILENKIRCHEN, eur("0.00"))
                .containsEntry(HEINSBERG, eur("0.00"));
        PoolFigures f = pool.figures(COORDINATOR, TENANT, 2021);
        assertThat(f.closed()).isTrue();
        assertThat(f.pool().returned()).isEqualByComparingTo("0.01");
        assertThat(f.partner(ERKELENZ).orElseThrow().amounts().returned()).isEqualByComparingTo("0.01");
        // nothing can be booked into a closed year
        unchanged(2021, () -> pool.addReceipt(COORDINATOR, TENANT, 2021, new ReceiptInput(LocalDate.of(2022, 1, 5), ERKELENZ,
                eur("1.00"), "GRANT", null)), IkzException.Kind.CONFLICT, "year");
    }

    @Test
    void yearEndUnevenSplitAddsUpToTheCent() {
        grant(2021, KREIS, "104178.00");
        grant(2021, GEILENKIRCHEN, "12500.00");
        pool.setContribution(COORDINATOR, TENANT, 2021, new ContributionInput(ERKELENZ, eur("3333.33"), null));
        pool.addReceipt(COORDINATOR, TENANT, 2021, new ReceiptInput(LocalDate.of(2021, 4, 1), KREIS, eur("1000.00"), "GRANT", null));
        YearEnd end = pool.closeYear(COORDINATOR, TENANT, 2021, LocalDate.of(2022, 1, 10));
        assertThat(end.returned().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000.00");
        // by due: 125,013.60 / 15,000.00 / 3,333.33 of 143,346.93
        assertThat(end.returned().get(KREIS)).isEqualByComparingTo("872.11");
        assertThat(end.returned().get(GEILENKIRCHEN)).isEqualByComparingTo("104.64");
        assertThat(end.returned().get(ERKELENZ)).isEqualByComparingTo("23.25");
    }

    @Test
    void carryOverWhereTheSettingAllowsCountsInTheNextYear() {
        pool.saveSettings(COORDINATOR, TENANT, 2021, new SettingsInput(KREIS, null, null, null, null, null, null, null, true));
        grant(2021, GEILENKIRCHEN, "12500.00");
        pool.addReceipt(COORDINATOR, TENANT, 2021, new ReceiptInput(LocalDate.of(2021, 4, 1), GEILENKIRCHEN, eur("5000.00"),
                "GRANT", null));
        YearEnd end = pool.closeYear(COORDINATOR, TENANT, 2021, LocalDate.of(2022, 1, 10));
        assertThat(end.carriedOver()).isEqualByComparingTo("5000.00");
        assertThat(end.returned()).isEmpty();
        PoolFigures next = pool.figures(COORDINATOR, TENANT, 2022);
        assertThat(next.carriedIn()).isEqualByComparingTo("5000.00");
        assertThat(next.available()).isEqualByComparingTo("5000.00");
        // the carried-over money may be spent in 2022 without a receipt
        pool.addExpense(COORDINATOR, TENANT, 2022, new ExpenseInput("III", "MATERIAL", "B-9", LocalDate.of(2022, 2, 1),
                "Material", eur("5000.00")));
        assertThat(pool.figures(COORDINATOR, TENANT, 2022).left()).isEqualByComparingTo("0.00");
    }

    // ------------------------------------------------------------------ bad input changes nothing

    @Test
    void grantSplitThatDoesNotAddUpIsRefused() {
        String why = unchanged(2021, () -> pool.setGrant(COORDINATOR, TENANT, 2021, new GrantInput(GEILENKIRCHEN,
                eur("12500.00"), LocalDate.of(2021, 3, 1), Map.of("I", eur("2500.00"), "II", eur("9999.99")))), "byArea");
        assertThat(why).contains("12.499,99").contains("12.500,00");
        unchanged(2021, () -> pool.setGrant(COORDINATOR, TENANT, 2021, new GrantInput(GEILENKIRCHEN, eur("12500.00"),
                LocalDate.of(2021, 3, 1), Map.of("IV", eur("12500.00")))), "byArea");
        unchanged(2021, () -> pool.setGrant(COORDINATOR, TENANT, 2021, new GrantInput("ja-unbekannt", eur("1.00"),
                LocalDate.of(2021, 3, 1), Map.of("I", eur("1.00")))), "partnerId");
        unchanged(2021, () -> pool.setGrant(COORDINATOR, TENANT, 2021, new GrantInput(GEILENKIRCHEN, eur("1.001"),
                LocalDate.of(2021, 3, 1), Map.of())), "amount");
    }

    @Test
    void gapPercentagesThatDoNotSumToHundredAreRefused() {
        pool.saveSettings(COORDINATOR, TENANT, 2021, reading("share-of-total"));
        String why = unchanged(2021, () -> pool.saveSettings(COORDINATOR, TENANT, 2021, new SettingsInput(null, null, "on-top",
                eur("161000.00"), "percent", null, Map.of(KREIS, eur("80"), GEILENKIRCHEN, eur("12")), null, null)),
                "gapPercents");
        assertThat(why).contains("92");
        assertThat(pool.settings(COORDINATOR, TENANT, 2021).ownShareReading()).isEqualTo("share-of-total");
        unchanged(2021, () -> pool.saveSettings(COORDINATOR, TENANT, 2021, new SettingsInput(null, null, "halb", null, null,
                null, null, null, null)), "ownShareReading");
        unchanged(2021, () -> pool.saveSettings(COORDINATOR, TENANT, 2021, new SettingsInput(null, eur("100"), null, null, null,
                null, null, null, null)), "ownSharePercent");
    }

    @Test
    void expenseInputIsCheckedField() {
        pool.saveSettings(COORDINATOR, TENANT, 2021, new SettingsInput(KREIS, null, null, null, null, null, null, true, null));
        LocalDate d = LocalDate.of(2021, 5, 1);
        unchanged(2021, () -> pool.addExpense(COORDINATOR, TENANT, 2021, new ExpenseInput("IV", "PERSONNEL", "B", d, "x",
                eur("1.00"))), "area");
        unchanged(2021, () -> pool.addExpense(COORDINATOR, TENANT, 2021, new ExpenseInput("I", "CATERING", "B", d, "x",
                eur("1.00"))), "costType");
        unchanged(2021, () -> pool.addExpense(COORDINATOR, TENANT, 2021, new ExpenseInput("I", "MATERIAL", " ", d, "x",
                eur("1.00"))), "documentNumber");
        unchanged(2021, () -> pool.addExpense(COORDINATOR, TENANT, 2021, new ExpenseInput("I", "MATERIAL", "B",
                LocalDate.of(2020, 12, 31), "x", eur("1.00"))), "date");
        unchanged(2021, () -> pool.addExpense(COORDINATOR, TENANT, 2021, new ExpenseInput("I", "MATERIAL", "B", d, "x",
                eur("-1.00"))), "amount");
        unchanged(2021, () -> pool.addNetworkWork(COORDINATOR, TENANT, 2021, new NetworkWorkInput("MEETING", d, eur("0"),
                null, "x", null)), "hours");
        unchanged(2021, () -> pool.addNetworkWork(COORDINATOR, TENANT, 2021, new NetworkWorkInput("MEETING", d, eur("1"),
                eur("10.00"), "x", null)), "documentNumber");
    }

    // ------------------------------------------------------------------ roles and the access log

    @Test
    void partnerStaffSeesItsOwnPartnerAndThePoolTotalsOnly() {
        grant(2021, GEILENKIRCHEN, "12500.00");
        grant(2021, ERKELENZ, "10000.00");
        PoolFigures f = pool.figures(GK_STAFF, TENANT, 2021);
        assertThat(f.partners()).extracting(PoolFigures.PartnerFigures::partnerId).containsExactly(GEILENKIRCHEN);
        assertThat(f.pool().granted()).isEqualByComparingTo("22500.00");
        assertThat(pool.grants(GK_STAFF, TENANT, 2021)).extracting(PoolRecords.Grant::partnerId).containsExactly(GEILENKIRCHEN);
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> pool.expenses(GK_STAFF, TENANT, 2021));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> pool.setGrant(GK_STAFF, TENANT, 2021,
                new GrantInput(GEILENKIRCHEN, eur("1.00"), LocalDate.of(2021, 3, 1), Map.of("I", eur("1.00")))));
        // another tenant's pool is not found
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> pool.figures(Callers.coordinator("other", "fruehehilfen"),
                TENANT, 2021));
    }

    @Test
    void auditorReadsEverythingAndChangesNothingPlatformAdminSeesNothing() {
        grant(2021, GEILENKIRCHEN, "12500.00");
        assertThat(pool.figures(AUDITOR, TENANT, 2021).partners()).hasSize(1);
        assertThat(pool.expenses(AUDITOR, TENANT, 2021)).isEmpty();
        unchangedKind(2021, () -> pool.setGrant(AUDITOR, TENANT, 2021, new GrantInput(GEILENKIRCHEN, eur("1.00"),
                LocalDate.of(2021, 3, 1), Map.of("I", eur("1.00")))), IkzException.Kind.FORBIDDEN, null);
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> pool.figures(Callers.platformAdmin(), TENANT, 2021));
        // a coordinator of another module only
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> pool.figures(Callers.coordinator(TENANT, "vormundschaft"),
                TENANT, 2021));
    }

    @Test
    void aProfessionalHasNoBusinessWithThePool() {
        grant(2021, GEILENKIRCHEN, "12500.00");
        Caller midwife = Callers.moduleRole(TENANT, "hanna", "fruehehilfen", "professional");
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> pool.figures(midwife, TENANT, 2021));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> pool.grants(midwife, TENANT, 2021));
        unchangedKind(2021, () -> pool.addReceipt(midwife, TENANT, 2021, new ReceiptInput(LocalDate.of(2021, 4, 1),
                GEILENKIRCHEN, eur("1.00"), "GRANT", null)), IkzException.Kind.FORBIDDEN, null);
    }

    @Test
    void everyChangeWritesItsAccessLogEntry() {
        int before = fx.audit.all().size();
        grant(2021, GEILENKIRCHEN, "12500.00");
        pool.addReceipt(COORDINATOR, TENANT, 2021, new ReceiptInput(LocalDate.of(2021, 4, 1), GEILENKIRCHEN, eur("100.00"),
                "GRANT", null));
        Expense e = pool.addExpense(COORDINATOR, TENANT, 2021, new ExpenseInput("I", "MATERIAL", "B-1", LocalDate.of(2021, 5, 1),
                "x", eur("10.00")));
        List<AuditEntry> entries = fx.audit.all();
        assertThat(entries).hasSize(before + 3);
        assertThat(entries).extracting(AuditEntry::record).contains("fruehehilfen/pool-grant/2021-" + GEILENKIRCHEN,
                "fruehehilfen/pool-expense/" + e.id());
        assertThat(entries).allSatisfy(a -> assertThat(a.tenantId()).isEqualTo(TENANT));
        // reading the pool (no personal data) writes nothing
        pool.figures(COORDINATOR, TENANT, 2021);
        assertThat(fx.audit.all()).hasSize(before + 3);
    }

    @Test
    void yearsListsWhatHasData() {
        grant(2020, GEILENKIRCHEN, "1.00");
        grant(2021, GEILENKIRCHEN, "1.00");
        assertThat(pool.years(COORDINATOR, TENANT)).containsExactly(2021, 2020);
    }

    // ------------------------------------------------------------------ helpers

    /** Asserts the refusal (INVALID, field) and that neither the year's figures nor the access log changed. */
    String unchanged(int year, ThrowingCallable call, String field) {
        return unchanged(year, call, IkzException.Kind.INVALID, field);
    }

    String unchanged(int year, ThrowingCallable call, IkzException.Kind kind, String field) {
        return unchangedKind(year, call, kind, field);
    }

    String unchangedKind(int year, ThrowingCallable call, IkzException.Kind kind, String field) {
        PoolFigures before = pool.figures(COORDINATOR, TENANT, year);
        int log = fx.audit.all().size();
        int expenses = pool.expenses(COORDINATOR, TENANT, year).size();
        String why = Refusals.refused(kind, field, call);
        assertThat(pool.figures(COORDINATOR, TENANT, year)).isEqualTo(before);
        assertThat(fx.audit.all()).hasSize(log);
        assertThat(pool.expenses(COORDINATOR, TENANT, year)).hasSize(expenses);
        return why;
    }
}
