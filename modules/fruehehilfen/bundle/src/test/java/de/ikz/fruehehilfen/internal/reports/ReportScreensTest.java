package de.ikz.fruehehilfen.internal.reports;

import static de.ikz.fruehehilfen.internal.reports.Inputs.ERKELENZ;
import static de.ikz.fruehehilfen.internal.reports.Inputs.KREIS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.View;
import de.ikz.document.internal.DocumentServiceImpl;
import de.ikz.fruehehilfen.internal.families.Referral;
import de.ikz.fruehehilfen.internal.pool.CostType;
import de.ikz.fruehehilfen.internal.pool.FundingArea;
import de.ikz.fruehehilfen.internal.reports.Inputs.Counts;
import de.ikz.fruehehilfen.internal.reports.Inputs.Money;
import de.ikz.fruehehilfen.internal.reports.ui.ReportScreens;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.MovableClock;
import de.ikz.testkit.PdfCheck;
import de.ikz.testkit.Screens;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports' screens: who lands where, what each role is offered, and that they show the service's figures. */
class ReportScreensTest {

    static final String T = "kreis-heinsberg";
    static final Optional<String> MODULE = Optional.of("fruehehilfen");

    @TempDir
    Path dir;

    final MovableClock clock = new MovableClock(LocalDate.of(2026, 4, 2));
    final Inputs.Pool pool = new Inputs.Pool();
    final Inputs.Service service = new Inputs.Service();
    ReportScreens screens;

    final Caller coordinator = new Caller("koordination", Set.of(PlatformRole.COORDINATOR), Optional.of(T), Optional.empty(),
            Set.of("fruehehilfen"), "test");
    final Caller erkelenz = new Caller("ja-erkelenz-1", Set.of(PlatformRole.PARTNER_STAFF), Optional.of(T), Optional.of(ERKELENZ),
            Set.of(), "test");
    final Caller auditor = new Caller("pruefung", Set.of(PlatformRole.AUDITOR), Optional.of(T), Optional.empty(), Set.of(), "test");
    final Caller professional = new Caller("hebamme", Set.of(), Optional.of(T), Optional.empty(), Set.of(), "test",
            Set.of(Caller.moduleRole("fruehehilfen", "professional")));

    @BeforeEach
    void setUp() {
        JdbcDatabase db = new JdbcDatabase(TestDatabases.derby(dir));
        db.migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")).stream()
                .filter(m -> m.version() == 5).toList());
        ReportsService reports = new ReportsService(db, new TableAuditLog(db), new DocumentServiceImpl(), Inputs.offices(), service,
                pool, clock, Deadlines.standard());
        screens = new ReportScreens(reports);
        pool.year(2025, Inputs.lines(FundingArea.II, CostType.PERSONNEL, "90000.00"),
                new Money(KREIS, "Kreisjugendamt Heinsberg", "104178.00", "20835.60", "125013.60", "0.00", "80000.00", "0.00", "0.00"),
                new Money(ERKELENZ, "Jugendamt Erkelenz", "12500.00", "2500.00", "15000.00", "0.00", "10000.00", "0.00", "0.00"));
        service.with(new Counts(KREIS, 90, 110, 520, 520 * 70, 40, Map.of(Referral.CLINIC, 60)),
                new Counts(ERKELENZ, 30, 41, 172, 172 * 65, 9, Map.of(Referral.CLINIC, 20)));
    }

    UiRequest get(Caller caller, String path, Map<String, String> params, Map<String, List<String>> query) {
        return new UiRequest(caller, Locale.GERMANY, LocalDate.now(clock), path, params, query, Map.of());
    }

    UiPage page(String path) {
        return Screens.page(screens.pages(), path);
    }

    @Test
    void theStartPageIsTheFirstEntryAndSendsAProfessionalToHerVisitLog() {
        assertThat(screens.navigation().get(0).page()).isEmpty();
        assertThat(screens.navigation().get(0).label()).isEqualTo("Übersicht");
        UiPage start = page("");
        assertThat(Screens.permits(professional, MODULE, start, false)).isTrue();
        assertThat(Screens.redirectTarget(start.view(get(professional, "", Map.of(), Map.of())))).isEqualTo(ReportScreens.VISIT_LOG);
        assertThat(Screens.permits(professional, MODULE, page("steuerung"), false)).isFalse();
        assertThat(Screens.permits(professional, MODULE, page("nachweise/{year}/{partner}"), false)).isFalse();
        assertThat(screens.cards(get(professional, "", Map.of(), Map.of()))).isEmpty();
    }

    @Test
    void theStartPageListsWhatIsDueAndTheCardCountsIt() {
        View.Screen s = Screens.screen(page("").view(get(coordinator, "", Map.of(), Map.of())));
        Part.Table due = Screens.table(s, "Fällig");
        assertThat(due.rows()).hasSize(3);
        assertThat(due.rows().get(0).get(1)).isEqualTo(new de.ikz.api.ui.Value.LinkTo("Verwendungsnachweis 2025 – Pool insgesamt",
                "nachweise/2025/pool"));
        List<Part.Card> cards = screens.cards(get(coordinator, "", Map.of(), Map.of()));
        assertThat(cards).singleElement().satisfies(c -> {
            assertThat(c.figure()).isEqualTo(de.ikz.api.ui.Value.count(3));
            assertThat(c.tone()).isEqualTo(de.ikz.api.ui.Value.Tone.ERROR);
        });
    }

    @Test
    void theSteeringScreenHasChartsAndTablesWithTotals() {
        View.Screen s = Screens.screen(page("steuerung").view(get(coordinator, "steuerung", Map.of(),
                Screens.pairs("from", "2025-01-01", "to", "2025-12-31"))));
        assertThat(Screens.all(s, Part.BarChart.class)).hasSize(2);
        Part.Table t = Screens.table(s, "Fälle, Familien");
        assertThat(t.rows()).hasSize(3);
        assertThat(t.totals().get(3)).isEqualTo(de.ikz.api.ui.Value.count(692));
        assertThat(Screens.all(s, Part.Links.class).get(0).links()).extracting(Part.Link::target)
                .contains("steuerung/dokument?format=pdf&from=2025-01-01&to=2025-12-31");

        View.Screen partner = Screens.screen(page("steuerung").view(get(erkelenz, "steuerung", Map.of(), Map.of())));
        assertThat(Screens.table(partner, "Fälle, Familien").rows()).hasSize(1);
    }

    @Test
    void onlyTheCoordinatorIsOfferedTheTextAndTheFinalButton() {
        Map<String, String> pp = Map.of("year", "2025", "partner", ERKELENZ);
        View.Screen c = Screens.screen(page("nachweise/{year}/{partner}").view(get(coordinator, "nachweise/2025/" + ERKELENZ, pp, Map.of())));
        assertThat(Screens.postForms(c)).singleElement().satisfies(f -> assertThat(f.inputs().get(0).name()).isEqualTo("text"));
        assertThat(Screens.postActions(c)).extracting(Part.Action::target).containsExactly("nachweise/2025/" + ERKELENZ + "/endgueltig");
        assertThat(Screens.table(c, "Platzhalter").rows()).hasSize(Narrative.PLACEHOLDERS.size());

        View.Screen a = Screens.screen(page("nachweise/{year}/{partner}").view(get(auditor, "nachweise/2025/" + ERKELENZ, pp, Map.of())));
        assertThat(Screens.postForms(a)).isEmpty();
        assertThat(Screens.postActions(a)).isEmpty();
        assertThat(Screens.permits(auditor, MODULE, page("nachweise/{year}/{partner}/endgueltig"), true)).isFalse();
        assertThat(Screens.permits(erkelenz, MODULE, page("nachweise/{year}/{partner}"), true)).isFalse();
    }

    @Test
    void saveMarkFinalAndDownloadThroughThePages() {
        Map<String, String> pp = Map.of("year", "2025", "partner", "pool");
        View saved = page("nachweise/{year}/{partner}").submit(new UiRequest(coordinator, Locale.GERMANY, LocalDate.now(clock),
                "nachweise/2025/pool", pp, Map.of(), Screens.pairs("text", "Pool {jahr}: {bewilligt}")));
        assertThat(Screens.redirectTarget(saved)).isEqualTo("nachweise/2025/pool");
        View done = page("nachweise/{year}/{partner}/endgueltig").submit(new UiRequest(coordinator, Locale.GERMANY, LocalDate.now(clock),
                "nachweise/2025/pool/endgueltig", pp, Map.of(), Map.of()));
        assertThat(((View.Redirect) done).message()).isEqualTo("Fassung 1 ist endgültig.");
        View file = page("nachweise/{year}/{partner}/dokument").view(get(erkelenz, "nachweise/2025/pool/dokument", pp,
                Screens.pairs("format", "pdf", "version", "1")));
        assertThat(file).isInstanceOfSatisfying(View.Download.class, d -> {
            assertThat(d.fileName()).isEqualTo("verwendungsnachweis-2025-pool-v1.pdf");
            assertThat(PdfCheck.text(d.content())).contains("Pool 2025: 116.678,00 €");
        });
        assertThat(Screens.screen(page("").view(get(coordinator, "", Map.of(), Map.of()))).parts()).isNotEmpty();
        assertThat(Screens.table(Screens.screen(page("").view(get(coordinator, "", Map.of(), Map.of()))), "Fällig").rows())
                .hasSize(2);
    }
}
