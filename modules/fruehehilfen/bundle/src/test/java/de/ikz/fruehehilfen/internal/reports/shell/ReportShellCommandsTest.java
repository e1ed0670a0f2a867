package de.ikz.fruehehilfen.internal.reports.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import de.ikz.fruehehilfen.internal.reports.Reports;
import de.ikz.fruehehilfen.internal.reports.TestReports;
import de.ikz.testkit.Callers;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.testkit.MovableClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportShellCommandsTest {

    @TempDir
    Path dir;

    Reports reports;

    @BeforeEach
    void setUp() {
        reports = TestReports.derby(dir, new MovableClock(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void theSteeringReportPrintsEveryOfficeAndTheTotalsInGerman() throws Exception {
        ReportShellCommands.Steering cmd = new ReportShellCommands.Steering();
        cmd.reports = reports;
        cmd.from = "2025-01-01";
        cmd.to = "2025-12-31";
        ConsoleHarness.Output out = ConsoleHarness.run(cmd.withTenant(Callers.TENANT), Callers.coordinator(Callers.TENANT, "fruehehilfen"));
        assertThat(out.out()).startsWith("Bericht an den Steuerungskreis, 01.01.2025 bis 31.12.2025");
        assertThat(ConsoleHarness.block(out.out(), "Jugendamt: Jugendamt Erkelenz")).containsEntry("Neue Fälle", "30")
                .containsEntry("Familien", "41").containsEntry("Kontakte", "172").containsEntry("Stunden", "186,33")
                .containsEntry("Weitervermittlungen", "2");
        assertThat(ConsoleHarness.block(out.out(), "Jugendamt: Gesamt")).containsEntry("Neue Fälle", "120")
                .containsEntry("Familien", "151").containsEntry("Kontakte", "692");
    }

    @Test
    void partnerStaffSeeTheirOfficeAndHiddenTotals() throws Exception {
        ReportShellCommands.Steering cmd = new ReportShellCommands.Steering();
        cmd.reports = reports;
        cmd.to = "2025-12-31";
        ConsoleHarness.Output out = ConsoleHarness.run(cmd, Callers.partnerStaff(Callers.TENANT, TestReports.KREIS));
        assertThat(out.out()).doesNotContain("Jugendamt Erkelenz").contains("Kreisjugendamt Heinsberg");
        assertThat(ConsoleHarness.block(out.out(), "Jugendamt: Gesamt")).containsEntry("Kontakte", "692")
                .containsEntry("Stunden", "793").containsEntry("Weitervermittlungen", "<3");
    }

    @Test
    void theDueListAndABadDateNamingTheOption() throws Exception {
        ReportShellCommands.ProofDue due = new ReportShellCommands.ProofDue();
        due.reports = reports;
        ConsoleHarness.Output out = ConsoleHarness.run(due, Callers.auditor(Callers.TENANT));
        assertThat(ConsoleHarness.row(out.out(), "31.03.2026")).contains("Verwendungsnachweis 2025 – Pool insgesamt", "überfällig");

        ReportShellCommands.Steering cmd = new ReportShellCommands.Steering();
        cmd.reports = reports;
        cmd.to = "31.12.2025";
        assertThat(ConsoleHarness.run(cmd, Callers.auditor(Callers.TENANT)).err()).contains("Error in --to");
    }
}
