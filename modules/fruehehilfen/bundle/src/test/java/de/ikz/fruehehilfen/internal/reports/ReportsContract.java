package de.ikz.fruehehilfen.internal.reports;

import static de.ikz.fruehehilfen.internal.reports.Inputs.ERKELENZ;
import static de.ikz.fruehehilfen.internal.reports.Inputs.GEILENKIRCHEN;
import static de.ikz.fruehehilfen.internal.reports.Inputs.KREIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.document.DocumentService.Format;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.document.internal.DocumentServiceImpl;
import de.ikz.fruehehilfen.internal.families.Referral;
import de.ikz.fruehehilfen.internal.pool.CostType;
import de.ikz.fruehehilfen.internal.pool.FundingArea;
import de.ikz.fruehehilfen.internal.reports.Inputs.Counts;
import de.ikz.fruehehilfen.internal.reports.Inputs.Money;
import de.ikz.fruehehilfen.internal.reports.Reports.Due;
import de.ikz.fruehehilfen.internal.reports.Reports.ProofOfUse;
import de.ikz.fruehehilfen.internal.reports.Reports.ProofStatus;
import de.ikz.fruehehilfen.internal.reports.Reports.ReportFile;
import de.ikz.kit.text.GermanFormat;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.CsvCheck;
import de.ikz.testkit.MovableClock;
import de.ikz.testkit.PdfCheck;
import de.ikz.testkit.Refusals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reports on a real database with fixed inputs of the pool and the visits parts; subclasses supply Derby or PostgreSQL. */
abstract class ReportsContract {

    protected abstract DataSource freshDataSource() throws Exception;

    static final String T = "kreis-heinsberg";
    static final int YEAR = 2025;

    final MovableClock clock = new MovableClock(LocalDate.of(2026, 1, 15));
    final Inputs.Pool pool = new Inputs.Pool();
    final Inputs.Service service = new Inputs.Service();
    JdbcDatabase db;
    TableAuditLog audit;
    ReportsService reports;

    final Caller coordinator = new Caller("koordination", Set.of(PlatformRole.COORDINATOR), Optional.of(T), Optional.empty(),
            Set.of("fruehehilfen"), "test");
    final Caller erkelenz = new Caller("ja-erkelenz-1", Set.of(PlatformRole.PARTNER_STAFF), Optional.of(T), Optional.of(ERKELENZ),
            Set.of(), "test");
    final Caller auditor = new Caller("pruefung", Set.of(PlatformRole.AUDITOR), Optional.of(T), Optional.empty(), Set.of(), "test");
    final Caller otherTenant = new Caller("koordination-x", Set.of(PlatformRole.COORDINATOR), Optional.of("other"), Optional.empty(),
            Set.of("fruehehilfen"), "test");

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDatabase(freshDataSource());
        // only this part's script: the reports' tables stand on their own
        List<Migration> own = Migration.fromDirectory(Path.of("target/classes/db/migration")).stream()
                .filter(m -> m.version() == 5).toList();
        assertThat(db.migrate("fruehehilfen", own)).containsExactly(5);
        audit = new TableAuditLog(db);
        reports = new ReportsService(db, audit, new DocumentServiceImpl(), Inputs.offices(), service, pool, clock, Deadlines.standard());
        // Kreis Heinsberg 2021's grant with 20 % on top; the towns' figures invented, to the cent
        pool.year(YEAR, Inputs.lines(FundingArea.I, CostType.PERSONNEL, "14749.60", FundingArea.I, CostType.PUBLIC_RELATIONS, "1250.40",
                        FundingArea.II, CostType.PERSONNEL, "90600.00", FundingArea.II, CostType.SUPERVISION, "2400.00",
                        FundingArea.III, CostType.MATERIAL, "899.99"),
                new Money(KREIS, "Kreisjugendamt Heinsberg", "104178.00", "20835.60", "125013.60", "15000.00", "80000.00", "899.99",
                        "0.00"),
                new Money(ERKELENZ, "Jugendamt Erkelenz", "12500.00", "2500.00", "15000.00", "1000.00", "13000.00", "0.00", "0.00"));
        service.with(new Counts(KREIS, 90, 110, 520, 520 * 70, 40, Map.of(Referral.CLINIC, 60, Referral.SELF, 30)),
                new Counts(ERKELENZ, 30, 41, 172, 172 * 65, 9, Map.of(Referral.CLINIC, 20, Referral.PAEDIATRICIAN, 10)));
    }

    // ------------------------------------------------------------------------------ due list

    @Test
    void theProofsAppearOnTheDueListFromTheReminderDayAndAreOverdueAfterTheDeadline() {
        clock.set(LocalDate.of(2026, 2, 16));
        assertThat(reports.due(coordinator, T)).as("the day before the reminder").isEmpty();

        clock.set(LocalDate.of(2026, 2, 17));
        List<Due> due = reports.due(coordinator, T);
        assertThat(due).extracting(Due::partner).containsExactly("pool", ERKELENZ, KREIS);
        assertThat(due).allSatisfy(d -> {
            assertThat(d.due()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(d.overdue()).isFalse();
            assertThat(d.year()).isEqualTo(YEAR);
        });
        assertThat(due.get(1).what()).isEqualTo("Verwendungsnachweis 2025 – Jugendamt Erkelenz");

        clock.set(LocalDate.of(2026, 3, 31));
        assertThat(reports.due(coordinator, T)).noneMatch(Due::overdue);
        clock.set(LocalDate.of(2026, 4, 1));
        assertThat(reports.due(coordinator, T)).allMatch(Due::overdue).hasSize(3);

        reports.markFinal(coordinator, T, YEAR, ERKELENZ);
        assertThat(reports.due(coordinator, T)).extracting(Due::partner).containsExactly("pool", KREIS);
        assertThat(reports.due(erkelenz, T)).as("partner staff: their own office and the pool").extracting(Due::partner)
                .containsExactly("pool");
    }

    @Test
    void anotherReminderSettingMovesTheDay() {
        reports = new ReportsService(db, audit, new DocumentServiceImpl(), Inputs.offices(), service, pool, clock,
                Deadlines.of("06-30", 14));
        clock.set(LocalDate.of(2026, 6, 15));
        assertThat(reports.due(coordinator, T)).isEmpty();
        clock.set(LocalDate.of(2026, 6, 16));
        assertThat(reports.due(coordinator, T)).hasSize(3).allSatisfy(d -> assertThat(d.due()).isEqualTo(LocalDate.of(2026, 6, 30)));
    }

    // ------------------------------------------------------------------------------ steering report

    @Test
    void theSteeringReportsFiguresAreTheSumsOfTheInputs() {
        SteeringReport r = reports.steering(coordinator, T, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
        assertThat(r.offices()).extracting(SteeringReport.Row::office).containsExactly(ERKELENZ, GEILENKIRCHEN, KREIS);
        assertThat(r.total().newCases()).isEqualTo(120);
        assertThat(r.total().families()).isEqualTo(151);
        assertThat(r.total().contacts()).isEqualTo(692);
        assertThat(r.total().hours()).isEqualByComparingTo(new BigDecimal(520 * 70 + 172 * 65).divide(new BigDecimal(60), 2,
                java.math.RoundingMode.HALF_UP));
        assertThat(r.total().referrals()).isEqualTo(49);
        assertThat(r.total().referredBy()).containsEntry(Referral.CLINIC.label(), 80);
    }

    @Test
    void partnerStaffSeeOnlyTheirOwnOffice() {
        SteeringReport r = reports.steering(erkelenz, T, null, LocalDate.of(YEAR, 12, 31));
        assertThat(r.from()).isEqualTo(LocalDate.of(YEAR, 1, 1));
        assertThat(r.offices()).extracting(SteeringReport.Row::office).containsExactly(ERKELENZ);
        assertThat(r.total().contacts()).isEqualTo(692);

        byte[] csv = reports.steeringFile(erkelenz, T, null, LocalDate.of(YEAR, 12, 31), Format.CSV).content();
        assertThat(CsvCheck.csv(csv).column("Jugendamt-ID")).containsExactly(ERKELENZ);
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> reports.proof(erkelenz, T, YEAR, KREIS));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> reports.proofFile(erkelenz, T, YEAR, KREIS, null, Format.PDF));
        assertThat(reports.proof(erkelenz, T, YEAR, "pool").figures().granted()).isEqualByComparingTo("116678.00");
        assertThat(reports.proofs(erkelenz, T, YEAR)).extracting(ProofStatus::partner).containsExactly("pool", ERKELENZ);
    }

    @Test
    void onlyTheModulesReadersReadAndOnlyTheCoordinatorWrites() {
        Caller professional = new Caller("hebamme", Set.of(), Optional.of(T), Optional.empty(), Set.of(), "test",
                Set.of(Caller.moduleRole("fruehehilfen", "professional")));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> reports.steering(professional, T, null, null));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> reports.saveText(auditor, T, YEAR, "pool", "Text"));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> reports.markFinal(erkelenz, T, YEAR, ERKELENZ));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> reports.steering(otherTenant, T, null, null));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> reports.due(
                Caller.system("test").withAddress("test"), T));
        assertThat(reports.steering(auditor, T, null, null).offices()).hasSize(3);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        Refusals.invalid("to", () -> reports.steering(coordinator, T, LocalDate.of(YEAR, 6, 1), LocalDate.of(YEAR, 5, 31)));
        Refusals.invalid("to", () -> reports.steering(coordinator, T, LocalDate.of(2010, 1, 1), LocalDate.of(YEAR, 5, 31)));
    }

    @Test
    void theSteeringReportsPdfIsPdfAAndItsCsvHoldsTheRows() {
        ReportFile pdf = reports.steeringFile(coordinator, T, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), Format.PDF);
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).isEqualTo("steuerung-2025-01-01-2025-12-31.pdf");
        PdfCheck.assertPdfA(pdf.content());
        String text = PdfCheck.text(pdf.content());
        assertThat(text).contains("Bericht an den Steuerungskreis", "Jugendamt Erkelenz", "692", "151", "Geburtsklinik");
        CsvCheck.Parsed csv = CsvCheck.csv(reports.steeringFile(coordinator, T, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31),
                Format.CSV).content());
        assertThat(csv.decimals("Kontakte")).extracting(BigDecimal::intValue).containsExactly(172, 0, 520);
        CsvCheck.Parsed de = CsvCheck.csvDe(reports.steeringFile(coordinator, T, null, LocalDate.of(YEAR, 12, 31), Format.CSV_DE).content());
        assertThat(de.decimals("Stunden")).isEqualTo(csv.decimals("Stunden"));
    }

    // ------------------------------------------------------------------------------ proof of use

    @Test
    void theProofOfThePoolHoldsThePoolsTotalsAndTheServicesCounts() {
        ProofOfUse p = reports.proof(coordinator, T, YEAR, "pool");
        ProofFigures f = p.figures();
        assertThat(f.granted()).isEqualByComparingTo("116678.00");
        assertThat(f.ownShare()).isEqualByComparingTo("23335.60");
        assertThat(f.received()).isEqualByComparingTo("140013.60");
        assertThat(f.spent()).isEqualByComparingTo("109899.99")
                .isEqualByComparingTo(f.spentByArea().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(f.poolSpent().stream().map(ProofFigures.SpentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(f.spentIn("II")).isEqualByComparingTo("93000.00");
        assertThat(f.unspent()).isEqualByComparingTo("30113.61");
        assertThat(f.contacts()).isEqualTo(692);
        assertThat(f.families()).isEqualTo(151);
        assertThat(p.partnerName()).isEqualTo("Pool insgesamt");
        assertThat(p.deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(p.narrative()).contains("116.678,00 €").contains("93.000,00 €").contains("692 Kontakten").doesNotContain("{");
    }

    @Test
    void aPartnersProofHoldsItsOwnMoneyAndCounts() {
        ProofFigures f = reports.proof(coordinator, T, YEAR, ERKELENZ).figures();
        assertThat(f.granted()).isEqualByComparingTo("12500.00");
        assertThat(f.ownShare()).isEqualByComparingTo("2500.00");
        assertThat(f.spentIn("I")).isEqualByComparingTo("1000.00");
        assertThat(f.poolSpentByArea().get("I")).isEqualByComparingTo("16000.00");
        assertThat(f.contacts()).isEqualTo(172);
        assertThat(f.hours()).isEqualByComparingTo("186.33");
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> reports.proof(coordinator, T, YEAR, GEILENKIRCHEN));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> reports.proof(coordinator, T, 2019, "pool"));
        Refusals.invalid("partner", () -> reports.proof(coordinator, T, YEAR, "../x"));
    }

    @Test
    void aTextWithAnUnknownPlaceholderChangesNothing() {
        int entries = audit.all().size();
        Refusals.invalid("text", () -> reports.saveText(coordinator, T, YEAR, ERKELENZ, "Bewilligt: {bewiligt}"));
        assertThat(reports.proof(coordinator, T, YEAR, ERKELENZ).text()).isEqualTo(Narrative.DEFAULT_TEXT);
        assertThat(audit.all()).hasSize(entries);

        ProofOfUse p = reports.saveText(coordinator, T, YEAR, ERKELENZ, "Erkelenz {jahr}: {bewilligt} bewilligt, {ausgaben_II} im Bereich II.");
        assertThat(p.narrative()).isEqualTo("Erkelenz 2025: 12.500,00 € bewilligt, 13.000,00 € im Bereich II.");
        reports.saveText(coordinator, T, YEAR, ERKELENZ, "Zweite Fassung {jahr}");
        assertThat(audit.all()).extracting(AuditEntry::action, AuditEntry::record).endsWith(
                org.assertj.core.groups.Tuple.tuple("CREATE", "fruehehilfen/proof/2025-" + ERKELENZ),
                org.assertj.core.groups.Tuple.tuple("UPDATE", "fruehehilfen/proof/2025-" + ERKELENZ));
    }

    @Test
    void theRunningYearCannotBeMadeFinal() {
        clock.set(LocalDate.of(YEAR, 12, 31));
        Refusals.invalid("year", () -> reports.markFinal(coordinator, T, YEAR, "pool"));
        assertThat(reports.proof(coordinator, T, YEAR, "pool").finals()).isEmpty();
    }

    @Test
    void aFinalVersionKeepsItsTextAndFiguresAndALaterOneSupersedesIt() {
        reports.saveText(coordinator, T, YEAR, ERKELENZ, "Erhalten: {erhalten}. Kontakte: {kontakte}.");
        ProofOfUse v1 = reports.markFinal(coordinator, T, YEAR, ERKELENZ);
        assertThat(v1.finals()).hasSize(1);
        assertThat(v1.finals().get(0).finalBy()).isEqualTo("koordination");
        assertThat(audit.all().get(audit.all().size() - 1).record()).isEqualTo("fruehehilfen/proof/" + v1.finals().get(0).id());

        // later bookings and a new text do not change version 1
        pool.year(YEAR, Inputs.lines(FundingArea.II, CostType.PERSONNEL, "50000.00"),
                new Money(ERKELENZ, "Jugendamt Erkelenz", "12500.00", "2500.00", "15000.00", "0.00", "15000.00", "0.00", "0.00"));
        reports.saveText(coordinator, T, YEAR, ERKELENZ, "Neu: {erhalten}.");
        String v1Text = PdfCheck.text(reports.proofFile(coordinator, T, YEAR, ERKELENZ, 1, Format.PDF).content());
        assertThat(v1Text).contains("Erhalten: 15.000,00 €. Kontakte: 172.").contains("1.000,00").doesNotContain("Neu:")
                .doesNotContain("ersetzt");

        ProofOfUse v2 = reports.markFinal(coordinator, T, YEAR, ERKELENZ);
        assertThat(v2.finals()).extracting(Reports.FinalVersion::version).containsExactly(1, 2);
        String v1Again = PdfCheck.text(reports.proofFile(coordinator, T, YEAR, ERKELENZ, 1, Format.PDF).content());
        assertThat(v1Again).contains("wurde durch die Fassung 2").contains("Erhalten: 15.000,00 €");
        String newest = PdfCheck.text(reports.proofFile(coordinator, T, YEAR, ERKELENZ, null, Format.PDF).content());
        assertThat(newest).contains("Neu: 15.000,00 €.").contains("Fassung").doesNotContain("ersetzt");
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> reports.proofFile(coordinator, T, YEAR, ERKELENZ, 3, Format.PDF));
    }

    @Test
    void theProofsPdfIsPdfAAndSaysWhatItsCsvSays() {
        reports.saveText(coordinator, T, YEAR, ERKELENZ, "Sachbericht {jahr}\n\nVon {bewilligt} wurden {ausgaben} verausgabt.");
        reports.markFinal(coordinator, T, YEAR, ERKELENZ);
        ReportFile pdf = reports.proofFile(auditor, T, YEAR, ERKELENZ, null, Format.PDF);
        ReportFile csvFile = reports.proofFile(auditor, T, YEAR, ERKELENZ, null, Format.CSV);
        assertThat(pdf.fileName()).isEqualTo("verwendungsnachweis-2025-ja-erkelenz-v1.pdf");
        assertThat(csvFile.fileName()).isEqualTo("verwendungsnachweis-2025-ja-erkelenz-v1.csv");
        PdfCheck.assertPdfA(pdf.content());
        assertThat(PdfCheck.fontsNotEmbedded(pdf.content())).isEmpty();
        String text = PdfCheck.text(pdf.content()).replaceAll("\\s+", " ");

        CsvCheck.Parsed csv = CsvCheck.csv(csvFile.content());
        assertThat(csv.column("Partner-ID")).containsOnly(ERKELENZ);
        assertThat(csv.column("Fassung")).containsOnly("1");
        List<String> keys = csv.column("Schlüssel");
        List<BigDecimal> values = csv.decimals("Wert");
        List<String> units = csv.column("Einheit");
        assertThat(keys).contains("granted", "own_share", "received", "spent.I", "spent.II", "spent", "unspent", "returned",
                "contacts", "families", "hours");
        for (int i = 0; i < keys.size(); i++) {
            String printed = units.get(i).equals("EUR") ? GermanFormat.money(values.get(i)) : GermanFormat.number(values.get(i));
            assertThat(text).as("the PDF prints %s = %s", keys.get(i), printed).contains(printed);
        }
        assertThat(values.get(keys.indexOf("spent"))).isEqualByComparingTo(values.get(keys.indexOf("spent.I"))
                .add(values.get(keys.indexOf("spent.II"))).add(values.get(keys.indexOf("spent.III"))));
        assertThat(text).contains("Sachbericht 2025").contains("Von 12.500,00 € wurden 14.000,00 € verausgabt.");
    }

    @Test
    void theDraftIsMarkedAsSuch() {
        ReportFile pdf = reports.proofFile(coordinator, T, YEAR, "pool", null, Format.PDF);
        assertThat(pdf.fileName()).isEqualTo("verwendungsnachweis-2025-pool-entwurf.pdf");
        PdfCheck.assertPdfA(pdf.content());
        assertThat(PdfCheck.text(pdf.content())).contains("Entwurf", "Pool insgesamt", "Förderbereich II");
    }

    // ------------------------------------------------------------------------------ measures

    @Test
    void theMeasuresAreTheServicesFiguresPerOffice() {
        LocalDate from = LocalDate.of(YEAR, 1, 1);
        LocalDate to = LocalDate.of(YEAR, 12, 31);
        assertThat(reports.measures()).extracting(m -> m.id()).containsExactly("contact-hours", "families", "new-cases");
        assertThat(reports.measure("families", T, from, to)).containsExactly(Map.entry(ERKELENZ, new BigDecimal(41)),
                Map.entry(KREIS, new BigDecimal(110)));
        assertThat(reports.measure("new-cases", T, from, to)).containsEntry(KREIS, new BigDecimal(90)).doesNotContainKey(GEILENKIRCHEN);
        assertThat(reports.measure("contact-hours", T, from, to).get(ERKELENZ)).isEqualByComparingTo("186.33");
        assertThatThrownBy(() -> reports.measure("contacts", T, from, to)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contacts");
    }
}
