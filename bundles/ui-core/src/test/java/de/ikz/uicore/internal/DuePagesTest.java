package de.ikz.uicore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.ikz.api.ui.Part;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.testkit.Callers;

class DuePagesTest {

    private final Fixture f = new Fixture();
    private final DuePages due = f.duePages();

    private List<Part.Card> cards(de.ikz.api.tenant.Caller c) {
        return due.cards(Pages.request(c, Map.of(), Map.of(), Map.of()));
    }

    @Test
    void theStartPageShowsWhatIsDueAndEachCardOpensAPageOfTheArea() {
        List<Part.Card> cards = cards(Callers.coordinator(Fixture.T, "vormundschaft"));
        // 28.11.2026: from October the budget of 2027 is due; the agreement ends 31.03.2027, so it still needs one
        assertThat(cards).extracting(Part.Card::title).containsExactly("Abschläge fällig", "Umlage 2027 fehlt", "Abrechnung 2025 fällig",
                "Vereinbarungen enden bald", "Teilnehmer ohne aktuelle Einwohnerzahl");
        // the two instalments of 15.12.2026 of v2 (v1 is superseded), kreis (2020 figures: outdated) and stadt-b (none)
        assertThat(cards.get(0).figure()).isEqualTo(Value.count(2));
        assertThat(cards.get(4).figure()).isEqualTo(Value.count(2));
        List<String> paths = due.pages().stream().map(p -> "/ui/faellig/" + p.path()).toList();
        assertThat(cards).allSatisfy(c -> assertThat(paths).contains(c.target().startsWith("/") ? c.target() : "/ui/faellig/" + c.target()));
    }

    @Test
    void grantsWaitingAreACardOnlyForASecondAdmin() {
        f.grantList.add(Fixture.grant("G1", "paul", "tina"));
        assertThat(cards(Callers.tenantAdmin(Fixture.T))).extracting(Part.Card::title).doesNotContain("Freigaben warten auf Sie");
        assertThat(cards(Callers.auditor(Fixture.T))).extracting(Part.Card::title).doesNotContain("Freigaben warten auf Sie");
        Part.Card card = cards(Fixture.secondAdmin()).get(0);
        assertThat(card.title()).isEqualTo("Freigaben warten auf Sie");
        assertThat(card.target()).isEqualTo("freigaben");
        assertThat(Pages.mayView(Callers.auditor(Fixture.T), due, Pages.page(due, "freigaben"))).isFalse();
        View.Screen s = Pages.screen(due, "freigaben", Fixture.secondAdmin(), Map.of());
        assertThat(Pages.parts(s, Part.Table.class).findFirst().orElseThrow().rows()).hasSize(1);
    }

    @Test
    void aPlatformAdminWithoutTenantGetsNoCards() {
        assertThat(cards(Callers.platformAdmin())).isEmpty();
    }

    @Test
    void theDuePageListsTheItems() {
        View.Screen s = Pages.screen(due, "", Callers.partnerStaff(Fixture.T, "stadt-a"), Map.of());
        Part.Table inst = Pages.parts(s, Part.Table.class).filter(t -> t.caption().startsWith("Abschläge")).findFirst().orElseThrow();
        assertThat(inst.rows()).extracting(r -> r.get(2)).allMatch(v -> ((Value.LinkTo) v).target().equals("/ui/umlage/altkreis/2026/v2"));
        assertThat(Pages.text(s)).contains("Kreis Beispiel", "Stadt B");
    }
}
