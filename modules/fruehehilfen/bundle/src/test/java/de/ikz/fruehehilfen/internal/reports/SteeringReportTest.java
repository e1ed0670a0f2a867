package de.ikz.fruehehilfen.internal.reports;

import static de.ikz.fruehehilfen.internal.reports.Inputs.ERKELENZ;
import static de.ikz.fruehehilfen.internal.reports.Inputs.GEILENKIRCHEN;
import static de.ikz.fruehehilfen.internal.reports.Inputs.KREIS;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import de.ikz.fruehehilfen.internal.families.Referral;
import de.ikz.fruehehilfen.internal.reports.Inputs.Counts;
import de.ikz.fruehehilfen.internal.reports.SteeringReport.Row;
import de.ikz.fruehehilfen.internal.visits.ServiceFigures.Figures;

import org.junit.jupiter.api.Test;

/** The steering report from the service's figures: rows, totals, and what partner staff see. */
class SteeringReportTest {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    final Inputs.Service service = new Inputs.Service();
    final Map<String, String> names = new LinkedHashMap<>();

    SteeringReportTest() {
        names.put(KREIS, "Kreisjugendamt Heinsberg");
        names.put(ERKELENZ, "Jugendamt Erkelenz");
        names.put(GEILENKIRCHEN, "Jugendamt Geilenkirchen");
    }

    Figures figures() {
        return service.figures("t", FROM, TO);
    }

    @Test
    void totalsAreTheSumsOfTheOfficesAndEveryOfficeHasARow() {
        service.with(new Counts(KREIS, 40, 52, 240, 240 * 75, 31, Map.of(Referral.CLINIC, 25, Referral.SELF, 15)),
                new Counts(ERKELENZ, 30, 41, 181, 181 * 60 + 20, 12, Map.of(Referral.CLINIC, 20, Referral.PAEDIATRICIAN, 10)));
        SteeringReport r = SteeringReport.build(figures(), names, Optional.empty());

        assertThat(r.offices()).extracting(Row::office).containsExactly(ERKELENZ, GEILENKIRCHEN, KREIS);
        Row geilenkirchen = r.offices().get(1);
        assertThat(geilenkirchen.contacts()).as("an office without figures counts zero").isZero();
        assertThat(r.total().newCases()).isEqualTo(r.offices().stream().mapToInt(Row::newCases).sum()).isEqualTo(70);
        assertThat(r.total().families()).isEqualTo(93);
        assertThat(r.total().contacts()).isEqualTo(421);
        assertThat(r.total().referrals()).isEqualTo(43);
        assertThat(r.total().hours()).isEqualByComparingTo(r.offices().stream().map(Row::hours).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("481.33");
        assertThat(r.total().referredBy()).containsEntry(Referral.CLINIC.label(), 45).containsEntry(Referral.SELF.label(), 15)
                .containsEntry(Referral.PAEDIATRICIAN.label(), 10);
        assertThat(r.referrers()).hasSize(Referral.values().length);
        assertThat(r.suppressed()).isEmpty();
    }

    @Test
    void partnerStaffSeeTheirOwnOfficeAndTotalsWhereTheOthersCountAtLeastThree() {
        service.with(new Counts(KREIS, 40, 52, 240, 240 * 75, 2, Map.of(Referral.CLINIC, 39, Referral.SELF, 1)),
                new Counts(ERKELENZ, 30, 41, 181, 181 * 60, 12, Map.of(Referral.CLINIC, 28, Referral.SELF, 2)));
        SteeringReport r = SteeringReport.build(figures(), names, Optional.of(ERKELENZ));

        assertThat(r.offices()).extracting(Row::office).containsExactly(ERKELENZ);
        assertThat(r.offices().get(0).contacts()).isEqualTo(181);
        assertThat(r.total().contacts()).as("the others have 240").isEqualTo(421);
        assertThat(r.total().hours()).isNotNull();
        assertThat(r.total().referrals()).as("the others have 2: the total would tell").isNull();
        assertThat(r.total().referredBy().get(Referral.SELF.label())).as("one self-referral elsewhere").isNull();
        assertThat(r.total().referredBy().get(Referral.GYNAECOLOGIST.label())).as("zeros elsewhere are hidden too").isNull();
        assertThat(r.total().referredBy().get(Referral.CLINIC.label())).isEqualTo(67);
        assertThat(r.suppressed()).contains("total.referrals", "total.referredBy.SELF").doesNotContain("total.contacts");
    }

    @Test
    void hoursOfTheTotalAreHiddenWithItsContacts() {
        service.with(new Counts(KREIS, 1, 1, 2, 120, 0, Map.of()), new Counts(ERKELENZ, 30, 41, 181, 181 * 60, 12, Map.of()));
        SteeringReport r = SteeringReport.build(figures(), names, Optional.of(ERKELENZ));

        assertThat(r.total().contacts()).isNull();
        assertThat(r.total().hours()).isNull();
        assertThat(r.suppressed()).contains("total.contacts", "total.hours", "total.newCases", "total.families");
    }
}
