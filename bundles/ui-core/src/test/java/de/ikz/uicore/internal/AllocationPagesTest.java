package de.ikz.uicore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.error.IkzException;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.testkit.Callers;

class AllocationPagesTest {

    private final Fixture f = new Fixture();
    private final AllocationPages pages = f.allocationPages();
    private static final Map<String, String> RUN_V2 = Map.of("agreement", Fixture.AGR, "year", "2026", "version", "v2");
    private static final Map<String, String> RUN_V1 = Map.of("agreement", Fixture.AGR, "year", "2026", "version", "v1");

    @Test
    void aRunShowsItsSharesAsATableWithTotalsAndAsABarChart() {
        View.Screen s = Pages.screen(pages, "{agreement}/{year}/{version}", Callers.coordinator(Fixture.T, "vormundschaft"), RUN_V2);
        Part.Table table = Pages.parts(s, Part.Table.class).filter(t -> t.caption().equals("Anteile je Partner")).findFirst().orElseThrow();
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get(0)).isEqualTo(Value.text("Kreis Beispiel"));
        assertThat(table.rows().get(0).get(3)).isEqualTo(Value.money(new BigDecimal("58000.30")));
        assertThat(table.totals().get(3)).isEqualTo(Value.money(new BigDecimal("98000.50")));
        // no credit in kind in this run: no credit columns, the Kassenzeichen last
        assertThat(table.columns()).containsExactly("Partner", "Kennzahl", "Anteil in %", "Anteil", "Kassenzeichen");
        assertThat(table.rows().get(0).get(4)).isEqualTo(Value.text("K-2026-2-1"));
        Part.Table inst = Pages.parts(s, Part.Table.class).filter(t -> t.caption().equals("Abschläge je Partner")).findFirst().orElseThrow();
        assertThat(inst.columns()).containsExactly("Partner", "4. Abschlag");
        assertThat(inst.rows().get(0)).containsExactly(Value.text("Fällig am"), Value.date(java.time.LocalDate.of(2026, 12, 15)));
        assertThat(inst.rows().get(1)).containsExactly(Value.text("Kreis Beispiel"), Value.money(new BigDecimal("14500.07")));
        assertThat(inst.totals()).containsExactly(Value.text("Summe"), Value.money(new BigDecimal("24500.12")));
        Part.BarChart chart = Pages.parts(s, Part.BarChart.class).findFirst().orElseThrow();
        assertThat(chart.bars()).extracting(Part.Bar::label, Part.Bar::length)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kreis Beispiel", new BigDecimal("58000.30")),
                        org.assertj.core.groups.Tuple.tuple("Stadt A", new BigDecimal("40000.20")));
        assertThat(Pages.text(s)).contains("Ersetzt: LinkTo[text=Version 1").doesNotContain("ist ersetzt durch");
    }

    @Test
    void aSupersededRunSaysSoAndTheListShowsWhichReplacesWhich() {
        View.Screen v1 = Pages.screen(pages, "{agreement}/{year}/{version}", Callers.auditor(Fixture.T), RUN_V1);
        assertThat(Pages.parts(v1, Part.Notice.class).map(Part.Notice::text))
                .contains("Dieser Lauf ist ersetzt durch Version 2 vom selben Jahr.");
        View.Screen list = Pages.screen(pages, "{agreement}", Callers.auditor(Fixture.T), Map.of("agreement", Fixture.AGR));
        Part.Table runs = Pages.parts(list, Part.Table.class).findFirst().orElseThrow();
        assertThat(runs.rows()).hasSize(3);
        assertThat(runs.rows().get(0).get(6)).isEqualTo(Value.badge("gültig", Value.Tone.SUCCESS));
        assertThat(runs.rows().get(0).get(7)).isEqualTo(Value.text("ersetzt v1"));
        assertThat(runs.rows().get(1).get(6)).isEqualTo(Value.badge("ersetzt durch v2", Value.Tone.WARNING));
        assertThat(runs.rows().get(2).get(6)).isEqualTo(Value.badge("gültig", Value.Tone.SUCCESS));
    }

    @Test
    void onlyTheTenantAdminIsOfferedToStartARun() {
        Map<String, String> agr = Map.of("agreement", Fixture.AGR);
        assertThat(Pages.form(Pages.screen(pages, "{agreement}", Callers.tenantAdmin(Fixture.T), agr), "Lauf starten")).isPresent();
        assertThat(Pages.form(Pages.screen(pages, "{agreement}", Callers.coordinator(Fixture.T, "vormundschaft"), agr), "Lauf starten")).isEmpty();
        assertThat(Pages.form(Pages.screen(pages, "{agreement}", Callers.partnerStaff(Fixture.T, "stadt-a"), agr), "Lauf starten")).isEmpty();
        assertThat(Pages.form(Pages.screen(pages, "{agreement}", Callers.auditor(Fixture.T), agr), "Lauf starten")).isEmpty();
    }

    @Test
    void startingARunParsesTheGermanAmountAndRedirectsToTheNewRun() {
        View v = Pages.post(pages, "{agreement}", Callers.tenantAdmin(Fixture.T), Map.of("agreement", Fixture.AGR),
                Map.of("fiscalYear", "2027", "budget", "98.000,50"));
        assertThat(f.lastCall("run")).containsExactly("run", Fixture.AGR, 2027, new BigDecimal("98000.50"));
        assertThat(v).isEqualTo(View.redirect(Fixture.AGR + "/2027/v3", "Der Lauf 2027 Version 3 wurde erstellt."));
    }

    @Test
    void anInvalidBudgetOrYearIsRefusedNamingTheFieldAndNothingRuns() {
        Map<String, String> agr = Map.of("agreement", Fixture.AGR);
        assertThatThrownBy(() -> Pages.post(pages, "{agreement}", Callers.tenantAdmin(Fixture.T), agr,
                Map.of("fiscalYear", "2027", "budget", "zwölftausend")))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("budget");
                });
        assertThatThrownBy(() -> Pages.post(pages, "{agreement}", Callers.tenantAdmin(Fixture.T), agr,
                Map.of("fiscalYear", "1850", "budget", "1000")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("fiscalYear"));
        assertThatThrownBy(() -> Pages.post(pages, "{agreement}", Callers.tenantAdmin(Fixture.T), agr,
                Map.of("fiscalYear", "2027", "budget", "-5,00")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("budget"));
        assertThat(f.calls).noneMatch(c -> c[0].equals("run"));
    }

    @Test
    void theWhatIfRegionShowsExactlyWhatTheServiceCalculates() {
        View.Screen s = (View.Screen) Pages.get(pages, "{agreement}/planung", Callers.partnerStaff(Fixture.T, "stadt-a"),
                Map.of("agreement", Fixture.AGR), Map.of("fiscalYear", "2027", "budget", "123 456,78"));
        assertThat(f.lastCall("calculate")).containsExactly("calculate", Fixture.AGR, 2027, new BigDecimal("123456.78"));
        Part.Form form = Pages.parts(s, Part.Form.class).findFirst().orElseThrow();
        assertThat(form.method()).isEqualTo(Part.Method.GET);
        assertThat(form.live()).isEqualTo(AllocationPages.RESULT);
        Part.Region region = Pages.parts(s, Part.Region.class).findFirst().orElseThrow();
        assertThat(region.id()).isEqualTo(form.live());
        Part.Table table = region.parts().stream().filter(Part.Table.class::isInstance).map(Part.Table.class::cast).findFirst().orElseThrow();
        AllocationRun expected = f.allocations.calculate(Callers.tenantAdmin(Fixture.T), Fixture.T, Fixture.AGR, 2027,
                new BigDecimal("123456.78"));
        assertThat(table.rows()).extracting(r -> r.get(3))
                .containsExactlyElementsOf(expected.shares().stream().map(x -> (Value) Value.money(x.amount())).toList());
        assertThat(table.totals().get(3)).isEqualTo(Value.money(new BigDecimal("123456.78")));
    }

    @Test
    void theWhatIfPageNamesABadValueInItsRegionInsteadOfFailing() {
        View.Screen s = (View.Screen) Pages.get(pages, "{agreement}/planung", Callers.auditor(Fixture.T),
                Map.of("agreement", Fixture.AGR), Map.of("fiscalYear", "2027", "budget", "viel"));
        Part.Region region = Pages.parts(s, Part.Region.class).findFirst().orElseThrow();
        assertThat(region.parts()).singleElement().isInstanceOfSatisfying(Part.Notice.class, n -> {
            assertThat(n.tone()).isEqualTo(Value.Tone.ERROR);
            assertThat(n.text()).startsWith("Haushaltsbetrag: ");
        });
        assertThat(f.calls).noneMatch(c -> c[0].equals("calculate"));
    }

    @Test
    void downloadsCarryTheServicesBytesAndTheRightMediaType() {
        var paul = Callers.partnerStaff(Fixture.T, "stadt-a");
        Map<String, String> base = new java.util.HashMap<>(RUN_V2);
        base.put("partner", "stadt-a");
        for (String[] c : new String[][] {{"pdf", "pdf", "application/pdf"}, {"csv", "csv-de", "text/csv; charset=UTF-8"},
                {"xml", "xrechnung", "application/xml; charset=UTF-8"}}) {
            base.put("format", c[0]);
            View.Download d = (View.Download) Pages.get(pages, "{agreement}/{year}/{version}/bescheid/{partner}/{format}", paul, base, Map.of());
            assertThat(d.mediaType()).isEqualTo(c[2]);
            assertThat(new String(d.content(), StandardCharsets.UTF_8)).isEqualTo("notice:stadt-a:" + c[1]);
            assertThat(d.fileName()).isEqualTo("altkreis-2026-v2-stadt-a." + c[0]);
            assertThat(f.lastCall("document")).containsExactly("document", "altkreis/2026/v2", "notice", "stadt-a", c[1]);
        }
        Map<String, String> summary = new java.util.HashMap<>(RUN_V2);
        summary.put("format", "pdf");
        View.Download d = (View.Download) Pages.get(pages, "{agreement}/{year}/{version}/uebersicht/{format}", paul, summary, Map.of());
        assertThat(d.mediaType()).isEqualTo("application/pdf");
        assertThat(d.content()).isEqualTo("summary:null:pdf".getBytes(StandardCharsets.UTF_8));
        summary.put("format", "docx");
        assertThatThrownBy(() -> Pages.get(pages, "{agreement}/{year}/{version}/uebersicht/{format}", paul, summary, Map.of()))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
    }

    @Test
    void theRunPageLinksEveryNoticeAndTheSummary() {
        View.Screen s = Pages.screen(pages, "{agreement}/{year}/{version}", Callers.auditor(Fixture.T), RUN_V2);
        Part.Table notices = Pages.parts(s, Part.Table.class).filter(t -> t.caption().equals("Bescheide je Partner")).findFirst().orElseThrow();
        assertThat(notices.rows()).extracting(r -> ((Value.LinkTo) r.get(3)).target())
                .containsExactly("altkreis/2026/v2/bescheid/kreis/xml", "altkreis/2026/v2/bescheid/stadt-a/xml");
        assertThat(Pages.parts(s, Part.Links.class).flatMap(l -> l.links().stream()).map(Part.Link::target))
                .contains("altkreis/2026/v2/uebersicht/pdf", "altkreis/2026/v2/uebersicht/csv");
    }

    @Test
    void theComparisonShowsOldNewAndDifferencePerPartner() {
        View.Screen s = (View.Screen) Pages.get(pages, "{agreement}/vergleich", Callers.coordinator(Fixture.T, "vormundschaft"),
                Map.of("agreement", Fixture.AGR), Map.of("a", "2026/v1", "b", "2026/v2"));
        Part.Table t = Pages.parts(s, Part.Table.class).findFirst().orElseThrow();
        assertThat(t.columns()).containsExactly("Partner", "Alt (2026 v1)", "Neu (2026 v2)", "Unterschied");
        assertThat(t.rows().get(0)).containsExactly(Value.text("Kreis Beispiel"), Value.money(new BigDecimal("58800.00")),
                Value.money(new BigDecimal("58000.30")), Value.money(new BigDecimal("-799.70")));
        assertThat(t.totals()).containsExactly(Value.text("Summe"), Value.money(new BigDecimal("98000.00")),
                Value.money(new BigDecimal("98000.50")), Value.money(new BigDecimal("0.50")));
        assertThat(Pages.parts(s, Part.BarChart.class).findFirst().orElseThrow().bars()).hasSize(2);
    }

    @Test
    void anotherTenantsCallerFindsNothing() {
        assertThatThrownBy(() -> Pages.screen(pages, "{agreement}/{year}/{version}", Callers.auditor("kreis-b"), RUN_V2))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
    }

    @Test
    void germanAmountsAreReadAsTyped() {
        assertThat(List.of("98000", "98000.5", "98.000", "98.000,50", "98 000,50", "98000,5 €"))
                .extracting(x -> Ui.amount("budget", x, de.ikz.api.input.Amount.Sign.NON_NEGATIVE))
                .containsExactly(new BigDecimal("98000.00"), new BigDecimal("98000.50"), new BigDecimal("98000.00"),
                        new BigDecimal("98000.50"), new BigDecimal("98000.50"), new BigDecimal("98000.50"));
    }
}
