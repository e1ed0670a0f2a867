package de.ikz.vormundschaft.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.tenant.Caller;
import de.ikz.testkit.Callers;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.vormundschaft.internal.service.Reports.FunnelMonth;
import de.ikz.vormundschaft.internal.service.Reports.OfficeReport;
import de.ikz.vormundschaft.internal.service.Reports.Period;

import org.junit.jupiter.api.Test;

class ReportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    static Map<String, Integer> counts(Object... kv) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return m;
    }

    static final class Office extends StubOffice {
        final List<LocalDate> periods = new ArrayList<>();
        List<OfficeReport> reports = List.of();
        List<FunnelMonth> months = List.of();

        @Override
        public List<OfficeReport> officeReport(Caller caller, String tenantId, LocalDate from, LocalDate to) {
            periods.add(from);
            periods.add(to);
            return reports;
        }

        @Override
        public List<FunnelMonth> funnel(Caller caller, String tenantId, LocalDate from, LocalDate to) {
            periods.add(from);
            periods.add(to);
            return months;
        }

        /** The service's one period rule, with "today" fixed. */
        @Override
        public Period period(LocalDate from, LocalDate to) {
            return Period.of(from, to, TODAY);
        }
    }

    @Test
    void reportHasOneRowPerOfficeAndShowsSuppressedCountsAsBelowThree() throws Exception {
        Office office = new Office();
        office.reports = List.of(
                new OfficeReport("ja-alsdorf", counts("proposed", 4, "matched", 3, "appointed", 7), List.of()),
                new OfficeReport("ja-stolberg", counts("proposed", null, "matched", 5, "appointed", null),
                        List.of("proposed", "appointed")),
                // a service that leaves a suppressed count out of the map entirely
                new OfficeReport("ja-wuerselen", counts("matched", 12), List.of("proposed", "appointed")));
        ReportCommands.OfficeReport a = new ReportCommands.OfficeReport();
        a.office = office;
        a.from = "2025-01-01";
        a.to = "2025-12-31";

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.coordinator("t1", "vormundschaft"));

        assertThat(o.err()).isEmpty();
        assertThat(office.periods).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(o.out()).startsWith("Bericht je Jugendamt 01.01.2025 bis 31.12.2025" + System.lineSeparator()
                + "<3: weniger als 3, nicht gezeigt");
        assertThat(ConsoleHarness.row(o.out(), "Jugendamt")).containsExactly("Jugendamt", "Proposed", "Matched", "Appointed");
        assertThat(ConsoleHarness.row(o.out(), "ja-alsdorf")).containsExactly("ja-alsdorf", "4", "3", "7");
        assertThat(ConsoleHarness.row(o.out(), "ja-stolberg")).containsExactly("ja-stolberg", "<3", "5", "<3");
        assertThat(ConsoleHarness.row(o.out(), "ja-wuerselen")).containsExactly("ja-wuerselen", "<3", "12", "<3");
    }

    @Test
    void aSmallCountThatIsNotSuppressedIsShownAsItIs() throws Exception {
        Office office = new Office();
        office.reports = List.of(new OfficeReport("ja-alsdorf", counts("contacts", 1, "appointed", 0), List.of()));
        ReportCommands.OfficeReport a = new ReportCommands.OfficeReport();
        a.office = office;
        a.from = "2025-01-01";
        a.to = "2025-06-30";

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.coordinator("t1", "vormundschaft"));

        assertThat(ConsoleHarness.row(o.out(), "ja-alsdorf")).containsExactly("ja-alsdorf", "1", "0");
    }

    @Test
    void theCommandPassesOnlyWhatWasGivenAndShowsTheServicesPeriod() throws Exception {
        Office office = new Office();
        ReportCommands.OfficeReport a = new ReportCommands.OfficeReport();
        a.office = office;
        a.to = "2025-06-30";

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.coordinator("t1", "vormundschaft"));

        assertThat(office.periods).containsExactly(null, LocalDate.of(2025, 6, 30));
        assertThat(o.out()).startsWith("Bericht je Jugendamt 01.01.2025 bis 30.06.2025");
    }

    @Test
    void theFullReportIsGermanAndPrintedAsOneBlockPerOffice() throws Exception {
        Office office = new Office();
        office.reports = List.of(new OfficeReport("ja-alsdorf", counts("childrenProposed", 4, "childrenMatched", 3,
                "childrenAppointed", null, "activeAppointments", 12, "volunteersRecruited", 5, "contacts", 30),
                List.of("childrenAppointed")));
        ReportCommands.OfficeReport a = new ReportCommands.OfficeReport();
        a.office = office;

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.coordinator("t1", "vormundschaft"));

        assertThat(o.out()).startsWith("Bericht je Jugendamt 01.01.2026 bis 10.05.2026");
        assertThat(o.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(ConsoleHarness.block(o.out(), "Jugendamt: ja-alsdorf")).containsExactly(
                Map.entry("Kinder vorgeschlagen", "4"), Map.entry("Kinder vermittelt", "3"),
                Map.entry("Vormundschaften bestellt", "<3"), Map.entry("Aktive Bestellungen", "12"),
                Map.entry("Ehrenamtliche gewonnen", "5"), Map.entry("Kontakte", "30"));
    }

    @Test
    void badPeriodDateNamesTheOption() throws Exception {
        Office office = new Office();
        ReportCommands.OfficeReport a = new ReportCommands.OfficeReport();
        a.office = office;
        a.from = "01.01.2025";

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.coordinator("t1", "vormundschaft"));

        assertThat(o.err()).startsWith("Error in --from: ");
        assertThat(office.periods).isEmpty();
    }

    @Test
    void funnelHasOneRowPerMonthWithSuppressedStages() throws Exception {
        Office office = new Office();
        Map<String, Integer> march = new HashMap<>();
        march.put("ENQUIRY", 9);
        march.put("POOL", null);
        office.months = List.of(new FunnelMonth("2025-03", march, List.of("POOL")),
                new FunnelMonth("2025-04", counts("ENQUIRY", 3, "POOL", 4), List.of()));
        ReportCommands.Funnel a = new ReportCommands.Funnel();
        a.office = office;
        a.from = "2025-03-01";
        a.to = "2025-04-30";

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.coordinator("t1", "vormundschaft"));

        assertThat(o.out()).startsWith("Neu in der Stufe je Monat 01.03.2025 bis 30.04.2025");
        List<String> header = ConsoleHarness.row(o.out(), "Monat");
        List<String> m3 = ConsoleHarness.row(o.out(), "2025-03");
        List<String> m4 = ConsoleHarness.row(o.out(), "2025-04");
        assertThat(header).containsExactlyInAnyOrder("Monat", "Anfrage", "Pool");
        assertThat(m3.get(header.indexOf("Anfrage"))).isEqualTo("9");
        assertThat(m3.get(header.indexOf("Pool"))).isEqualTo("<3");
        assertThat(m4.get(header.indexOf("Pool"))).isEqualTo("4");
    }
}
