package de.ikz.uicore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.testkit.Callers;

class AuditPagesTest {

    private final Fixture f = new Fixture();
    private final AuditPages pages = f.auditPages();

    private void entries() {
        f.entries.add(new AuditEntry(3, Instant.parse("2026-11-27T10:00:00Z"), "tina", Fixture.T, "UPDATE", "participant/stadt-a", null,
                "127.0.0.1", "b", "c"));
        f.entries.add(new AuditEntry(2, Instant.parse("2026-11-20T10:00:00Z"), "paul", Fixture.T, "READ", "run/altkreis/2026/v2", null,
                "127.0.0.1", "a", "b"));
        f.entries.add(new AuditEntry(1, Instant.parse("2026-10-01T10:00:00Z"), "tina", Fixture.T, "CREATE", "participant/stadt-b", null,
                "console", "0", "a"));
    }

    private Part.Table table(View.Screen s) {
        return Pages.parts(s, Part.Table.class).findFirst().orElseThrow();
    }

    @Test
    void theLogIsFilteredByPeriodUserAndKind() {
        entries();
        var anna = Callers.auditor(Fixture.T);
        assertThat(table((View.Screen) Pages.get(pages, "", anna, Map.of(), Map.of())).rows()).hasSize(3);
        assertThat(f.lastCall("auditList")).containsExactly("auditList", Fixture.T, AuditPages.LIMIT);
        assertThat(table((View.Screen) Pages.get(pages, "", anna, Map.of(), Map.of("user", "TINA"))).rows())
                .extracting(r -> r.get(0)).containsExactly(Value.count(3), Value.count(1));
        assertThat(table((View.Screen) Pages.get(pages, "", anna, Map.of(), Map.of("action", "READ"))).rows())
                .extracting(r -> r.get(0)).containsExactly(Value.count(2));
        assertThat(table((View.Screen) Pages.get(pages, "", anna, Map.of(), Map.of("from", "2026-11-01", "to", "20.11.2026"))).rows())
                .extracting(r -> r.get(0)).containsExactly(Value.count(2));
        assertThat(table((View.Screen) Pages.get(pages, "", anna, Map.of(), Map.of("action", "READ"))).rows().get(0).get(3))
                .isEqualTo(Value.text("Lesen"));
    }

    @Test
    void theLogIsShownAHundredToAPageWithLinksThatKeepTheFilter() {
        for (int i = 1; i <= 250; i++) {
            f.entries.add(0, new AuditEntry(i, Instant.parse("2026-11-27T10:00:00Z").plusSeconds(i), i % 2 == 0 ? "tina" : "paul",
                    Fixture.T, "READ", "participant/p-" + i, null, "127.0.0.1", "b", "c"));
        }
        var anna = Callers.auditor(Fixture.T);
        View.Screen first = (View.Screen) Pages.get(pages, "", anna, Map.of(), Map.of());
        assertThat(table(first).rows()).hasSize(AuditPages.PER_PAGE);
        assertThat(table(first).rows().get(0).get(0)).isEqualTo(Value.count(250));
        assertThat(Pages.text(first)).contains("Gezeigt werden 1 bis 100 von 250 passenden unter den neuesten 250 Einträgen");
        Part.Links links = Pages.parts(first, Part.Links.class).findFirst().orElseThrow();
        assertThat(links.caption()).isEqualTo("Seite 1 von 3");
        assertThat(links.links()).extracting(Part.Link::text, Part.Link::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ältere Einträge", "/ui/protokoll/?seite=2"));

        View.Screen tina = (View.Screen) Pages.get(pages, "", anna, Map.of(), Map.of("user", "tina", "action", "READ", "seite", "2"));
        assertThat(table(tina).rows()).hasSize(25).extracting(r -> r.get(0)).first().isEqualTo(Value.count(50));
        assertThat(Pages.parts(tina, Part.Links.class).findFirst().orElseThrow().links()).extracting(Part.Link::target)
                .containsExactly("/ui/protokoll/?user=tina&action=READ&seite=1");

        View.Screen beyond = (View.Screen) Pages.get(pages, "", anna, Map.of(), Map.of("seite", "99"));
        assertThat(table(beyond).rows()).as("the last page").hasSize(50).extracting(r -> r.get(0)).first().isEqualTo(Value.count(50));
        for (String bad : new String[] {"0", "-1", "zwei"}) {
            assertThatThrownBy(() -> Pages.get(pages, "", anna, Map.of(), Map.of("seite", bad)))
                    .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("seite"));
        }
        assertThat(Pages.parts((View.Screen) Pages.get(pages, "", anna, Map.of(), Map.of("user", "niemand")), Part.Links.class))
                .as("one page: no links").isEmpty();
    }

    @Test
    void aBadPeriodIsRefusedNamingTheField() {
        var anna = Callers.auditor(Fixture.T);
        assertThatThrownBy(() -> Pages.get(pages, "", anna, Map.of(), Map.of("from", "gestern")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> Pages.get(pages, "", anna, Map.of(), Map.of("from", "2026-11-02", "to", "2026-11-01")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void theVerificationResultIsClearAndOnlyThePlatformAdminRunsIt() {
        var anna = Callers.auditor(Fixture.T);
        assertThat(Pages.text(Pages.screen(pages, "pruefung", anna, Map.of()))).contains("Es liegt noch keine Prüfung vor.");
        f.lastVerification = Optional.of(new AuditLog.Verification(120, Optional.of(57L), "entry 57 does not match its MAC",
                Optional.of(new AuditLog.Checkpoint(100, "h", Fixture.AT)), Fixture.AT));
        View.Screen broken = Pages.screen(pages, "pruefung", anna, Map.of());
        Part.Notice n = Pages.parts(broken, Part.Notice.class).findFirst().orElseThrow();
        assertThat(n.tone()).isEqualTo(Value.Tone.ERROR);
        assertThat(n.text()).startsWith("Die Kette ist unterbrochen ab Eintrag Nr. 57");
        assertThat(Pages.parts(broken, Part.Actions.class)).isEmpty();
        assertThat(Pages.maySubmit(anna, pages, Pages.page(pages, "pruefung"))).isFalse();
        assertThat(Pages.maySubmit(Callers.tenantAdmin(Fixture.T), pages, Pages.page(pages, "pruefung"))).isFalse();

        f.lastVerification = Optional.of(new AuditLog.Verification(120, Optional.empty(), "intact", Optional.empty(), Fixture.AT));
        View.Screen root = Pages.screen(pages, "pruefung", Callers.platformAdmin(), Map.of());
        assertThat(Pages.parts(root, Part.Notice.class).findFirst().orElseThrow().tone()).isEqualTo(Value.Tone.SUCCESS);
        assertThat(Pages.parts(root, Part.Actions.class).flatMap(a -> a.actions().stream()).map(Part.Action::label))
                .containsExactly("Kette jetzt prüfen");
        View v = Pages.post(pages, "pruefung", Callers.platformAdmin(), Map.of(), Map.of());
        assertThat(f.lastCall("verify")).containsExactly("verify");
        assertThat(v).isEqualTo(View.redirect("pruefung", "Die Kette ist unversehrt (120 Einträge geprüft)."));
    }
}
