package de.ikz.uicore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import de.ikz.api.ui.Part;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.kit.text.KeyWords;
import de.ikz.testkit.Callers;

class AgreementPagesTest {

    private final Fixture f = new Fixture();
    private final AgreementPages pages = f.agreementPages();

    @Test
    void theAgreementShowsItsCostRuleInTheKitsWordsAndAllVersions() {
        View.Screen s = Pages.screen(pages, "{id}", Callers.partnerStaff(Fixture.T, "stadt-a"), Map.of("id", Fixture.AGR));
        assertThat(s.title()).isEqualTo("Vereinsvormundschaft Altkreis");
        Part.Facts rule = Pages.parts(s, Part.Section.class).filter(x -> x.title().equals("Kostenregel"))
                .flatMap(x -> x.parts().stream()).map(Part.Facts.class::cast).findFirst().orElseThrow();
        assertThat(rule.facts()).contains(new Part.Fact("Verteilung", Value.text(KeyWords.describe(f.agreement.costRule().key()))),
                new Part.Fact("Abschläge", Value.text("vierteljährlich")),
                new Part.Fact("Sachleistung angerechnet Kreis Beispiel", Value.money(new java.math.BigDecimal("1000.00"))));
        Part.Table versions = Pages.parts(s, Part.Table.class).filter(t -> t.caption().startsWith("Alle Fassungen")).findFirst().orElseThrow();
        assertThat(versions.rows()).extracting(r -> r.get(0), r -> r.get(3)).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Value.count(1), Value.text("zu gleichen Teilen")),
                org.assertj.core.groups.Tuple.tuple(Value.count(2), Value.text(KeyWords.describe(f.agreement.costRule().key()))));
        assertThat(Pages.text(s)).contains("Hauptverantwortlich", "Endet: Date[date=2027-03-31]", "Aufgabe: Text[text=Vormundschaften]");
    }

    @Test
    void theProfileIsThePdfOfTheAgreementService() {
        View.Download d = (View.Download) Pages.get(pages, "{id}/profil", Callers.auditor(Fixture.T), Map.of("id", Fixture.AGR), Map.of());
        assertThat(d.mediaType()).isEqualTo("application/pdf");
        assertThat(d.fileName()).isEqualTo("altkreis-profil.pdf");
        assertThat(new String(d.content(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF profile altkreis");
        assertThat(f.lastCall("profile")).containsExactly("profile", Fixture.AGR, Pages.TODAY, "pdf");
    }
}
