package de.ikz.fruehehilfen.internal.pool.ui;

import static de.ikz.fruehehilfen.internal.pool.PoolFixture.ERKELENZ;
import static de.ikz.fruehehilfen.internal.pool.PoolFixture.GEILENKIRCHEN;
import static de.ikz.fruehehilfen.internal.pool.PoolFixture.KREIS;
import static de.ikz.fruehehilfen.internal.pool.PoolFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.pool.PoolFigures;
import de.ikz.fruehehilfen.internal.pool.PoolFixture;
import de.ikz.fruehehilfen.internal.pool.PoolService;
import de.ikz.fruehehilfen.internal.pool.PoolService.GrantInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.ReceiptInput;
import de.ikz.testkit.Callers;
import de.ikz.testkit.Refusals;
import de.ikz.testkit.Screens;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool's screens over the real service on Derby, with the shell's role rule read from @Roles. */
class PoolScreensTest {

    static final LocalDate TODAY = LocalDate.of(2021, 11, 2);
    static final Optional<String> MODULE = Optional.of(ModuleDefinition.ID);
    static final Caller COORDINATOR = Callers.coordinator(TENANT, ModuleDefinition.ID);
    static final Caller AUDITOR = Callers.auditor(TENANT);
    static final Caller GK_STAFF = Callers.partnerStaff(TENANT, GEILENKIRCHEN);

    @TempDir
    Path dir;

    PoolService pool;
    PoolScreens screens;

    @BeforeEach
    void fresh() {
        pool = PoolFixture.on(TestDatabases.derby(dir), TODAY).pool;
        screens = new PoolScreens(pool, (caller, tenant) -> PoolFixture.NAMES);
        pool.setGrant(COORDINATOR, TENANT, 2021, new GrantInput(GEILENKIRCHEN, new BigDecimal("12500.00"), LocalDate.of(2021, 2, 1),
                Map.of("I", new BigDecimal("2500.00"), "II", new BigDecimal("10000.00"))));
        pool.setGrant(COORDINATOR, TENANT, 2021, new GrantInput(ERKELENZ, new BigDecimal("10000.00"), LocalDate.of(2021, 2, 1),
                Map.of("II", new BigDecimal("10000.00"))));
        pool.addReceipt(COORDINATOR, TENANT, 2021, new ReceiptInput(LocalDate.of(2021, 3, 1), GEILENKIRCHEN,
                new BigDecimal("15000.00"), "GRANT", null));
    }

    UiPage page(String path) {
        return Screens.page(screens.pages(), path);
    }

    View.Screen open(Caller caller, String path, String... query) {
        UiPage p = page(path);
        assertThat(Screens.permits(caller, MODULE, p, false)).as("%s may open %s", caller.user(), path).isTrue();
        return Screens.screen(p.view(new UiRequest(caller, null, TODAY, path, null, Screens.pairs(query), null)));
    }

    View send(Caller caller, String path, String... form) {
        UiPage p = page(path);
        assertThat(Screens.permits(caller, MODULE, p, true)).as("%s may submit %s", caller.user(), path).isTrue();
        return p.submit(new UiRequest(caller, null, TODAY, path, null, Screens.pairs("year", "2021"), Screens.pairs(form)));
    }

    @Test
    void navigationNamesTheThreeEntries() {
        assertThat(screens.navigation()).extracting(n -> n.label() + "→" + n.page())
                .containsExactly("Fonds→pool", "Ausgaben buchen→pool/expenses", "Netzwerkarbeit→pool/network");
    }

    @Test
    void overviewShowsTheFiguresWithChartAndTotals() {
        View.Screen s = open(COORDINATOR, "pool", "year", "2021");
        PoolFigures f = pool.figures(COORDINATOR, TENANT, 2021);
        Part.Table areas = Screens.table(s, "Bewilligt und ausgegeben je Förderbereich 2021");
        assertThat(areas.rows()).hasSize(3);
        assertThat(areas.totals()).containsExactly(Value.text("Summe"), Value.money(f.pool().granted()), Value.money(f.pool().spent()));
        assertThat(Screens.all(s, Part.BarChart.class)).singleElement().satisfies(c -> assertThat(c.bars()).hasSize(3));
        Part.Table partners = Screens.table(s, "Soll, Eingänge und Offenes je Partner 2021");
        assertThat(partners.rows()).hasSize(2);
        assertThat(partners.totals().get(4)).isEqualTo(Value.money(new BigDecimal("27000.00")));
        assertThat(partners.totals().get(6)).isEqualTo(Value.money(new BigDecimal("12000.00")));
        assertThat(Screens.all(s, Part.Actions.class)).isNotEmpty();
    }

    @Test
    void partnerStaffSeesItsOwnRowAndNoBooking() {
        View.Screen s = open(GK_STAFF, "pool", "year", "2021");
        Part.Table partners = Screens.table(s, "Soll, Eingänge und Offenes je Partner 2021");
        assertThat(partners.rows()).singleElement().satisfies(r -> assertThat(r.get(0)).isEqualTo(Value.text("Jugendamt Geilenkirchen")));
        assertThat(partners.totals()).isNull();
        assertThat(Screens.all(s, Part.Actions.class)).isEmpty();
        assertThat(Screens.permits(GK_STAFF, MODULE, page("pool/expenses"), false)).isFalse();
        assertThat(Screens.permits(AUDITOR, MODULE, page("pool/expenses"), true)).isFalse();
        Caller professional = Callers.moduleRole(TENANT, "hanna", ModuleDefinition.ID, ModuleDefinition.PROFESSIONAL);
        assertThat(Screens.permits(professional, MODULE, page("pool"), false)).isFalse();
        assertThat(Screens.permits(Callers.platformAdmin(), MODULE, page("pool"), false)).isFalse();
    }

    @Test
    void expenseBookingRefusesBeyondThePoolNamingTheAmountAndBooksWithin() {
        View.Screen form = open(COORDINATOR, "pool/expenses", "year", "2021");
        assertThat(Screens.postForms(form)).singleElement().satisfies(f -> assertThat(f.inputs()).extracting(Part.Input::name)
                .containsExactly("area", "costType", "documentNumber", "date", "text", "amount"));
        Refusals.invalid("amount", () -> send(COORDINATOR, "pool/expenses", "area", "II", "costType", "PERSONNEL",
                "documentNumber", "B-1", "date", "2021-10-31", "text", "Gehalt", "amount", "15000,01"));
        assertThat(pool.expenses(COORDINATOR, TENANT, 2021)).isEmpty();
        View done = send(COORDINATOR, "pool/expenses", "area", "II", "costType", "PERSONNEL", "documentNumber", "B-1",
                "date", "2021-10-31", "text", "Gehalt", "amount", "1.234,56");
        assertThat(Screens.redirectTarget(done)).isEqualTo("pool/expenses?year=2021");
        assertThat(pool.expenses(COORDINATOR, TENANT, 2021)).singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualByComparingTo("1234.56"));
        // a clerk's "1.500" is fifteen hundred euros, not 1,50 (German thousands without decimals)
        send(COORDINATOR, "pool/expenses", "area", "II", "costType", "PERSONNEL", "documentNumber", "B-2",
                "date", "2021-10-31", "text", "Gehalt", "amount", "1.500");
        assertThat(pool.expenses(COORDINATOR, TENANT, 2021)).extracting(e -> e.amount().toPlainString())
                .containsExactlyInAnyOrder("1234.56", "1500.00");
    }

    @Test
    void grantFormRefusesASplitThatDoesNotAddUp() {
        Refusals.invalid("byArea", () -> send(COORDINATOR, "pool/grants", "step", "grant", "partnerId", KREIS, "amount",
                "104178,00", "noticeDate", "2021-02-01", "byArea[II]", "100000,00"));
        send(COORDINATOR, "pool/grants", "step", "grant", "partnerId", KREIS, "amount", "104178,00", "noticeDate",
                "2021-02-01", "byArea[I]", "4178,00", "byArea[II]", "100000,00");
        assertThat(pool.figures(COORDINATOR, TENANT, 2021).partner(KREIS).orElseThrow().amounts().ownShare())
                .isEqualByComparingTo("20835.60");
    }

    @Test
    void settingsPercentagesMustSumToHundred() {
        Refusals.invalid("gapPercents", () -> send(COORDINATOR, "pool/settings", "ownSharePercent", "20", "ownShareReading",
                "on-top", "budget", "161000", "gapKey", "percent", "gapPercents", KREIS + "=80; " + GEILENKIRCHEN + "=12"));
        send(COORDINATOR, "pool/settings", "hostId", KREIS, "ownSharePercent", "20", "ownShareReading", "on-top", "budget",
                "161000", "gapKey", "percent", "gapPercents", KREIS + "=88; " + GEILENKIRCHEN + "=12", "hostPreFinances", "true");
        assertThat(pool.settings(COORDINATOR, TENANT, 2021).hostPreFinances()).isTrue();
        assertThat(pool.settings(COORDINATOR, TENANT, 2021).gapPercents()).containsEntry(GEILENKIRCHEN, new BigDecimal("12"));
    }

    @Test
    void yearEndPreviewAndClose() {
        View.Screen preview = open(AUDITOR, "pool/year-end", "year", "2021");
        assertThat(Screens.postActions(preview)).isEmpty();
        View.Screen mine = open(COORDINATOR, "pool/year-end", "year", "2021");
        assertThat(Screens.postActions(mine)).singleElement().satisfies(a -> assertThat(a.confirm()).isNotNull());
        // closing needs the year to be over
        Refusals.invalid("closedOn", () -> send(COORDINATOR, "pool/year-end", "year", "2021"));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> page("pool/receipts").view(new UiRequest(
                Callers.of("x", java.util.Set.of(PlatformRole.COORDINATOR), TENANT, null, java.util.Set.of("vormundschaft")),
                null, TODAY, "pool/receipts", null, null, null)));
    }
}
