package de.ikz.uicore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.testkit.Callers;

class ParticipantPagesTest {

    private final Fixture f = new Fixture();
    private final ParticipantPages pages = f.participantPages();

    @Test
    void theParticipantPageShowsLetterDetailsJurisdictionAndFigures() {
        View.Screen s = Pages.screen(pages, "{id}", Callers.partnerStaff(Fixture.T, "stadt-a"), Map.of("id", "stadt-a"));
        String text = Pages.text(s);
        assertThat(s.title()).isEqualTo("Stadt A");
        assertThat(text).contains("Anschrift: Text[text=Jugendamt, Markt 1, 52477 Alsdorf]", "IBAN: Text[text=DE52 0000 0000 0012 3456 78]",
                "Kontoinhaber: Text[text=Stadtkasse A]");
        Part.Table figures = Pages.parts(s, Part.Table.class).filter(t -> t.caption().startsWith("Einwohnerzahlen")).findFirst().orElseThrow();
        assertThat(figures.rows().get(0)).startsWith(Value.text("Einwohner"), Value.count(47000), Value.date(LocalDate.of(2025, 12, 31)));
        // partner staff reads, but is offered no change (REST: tenant admins change)
        assertThat(Pages.parts(s, Part.Actions.class)).isEmpty();
        assertThat(Pages.parts(Pages.screen(pages, "{id}", Callers.tenantAdmin(Fixture.T), Map.of("id", "stadt-a")), Part.Actions.class)
                .flatMap(a -> a.actions().stream()).map(Part.Action::label)).contains("Angaben bearbeiten", "Zuständigkeit ergänzen");
    }

    @Test
    void aParticipantWithoutFiguresOrLetterDetailsSaysSo() {
        View.Screen s = Pages.screen(pages, "{id}", Callers.auditor(Fixture.T), Map.of("id", "stadt-b"));
        Part.Table figures = Pages.parts(s, Part.Table.class).filter(t -> t.caption().startsWith("Einwohnerzahlen")).findFirst().orElseThrow();
        assertThat(figures.rows().get(0).get(1)).isEqualTo(Value.badge("keine Angabe", Value.Tone.WARNING));
        assertThat(Pages.parts(s, Part.Notice.class).map(Part.Notice::text)).anyMatch(t -> t.startsWith("Es sind keine Briefangaben"));
        Part.Table juris = Pages.parts(Pages.screen(pages, "{id}", Callers.auditor(Fixture.T), Map.of("id", "kreis")), Part.Table.class)
                .filter(t -> t.caption().startsWith("Zuständigkeit")).findFirst().orElseThrow();
        assertThat(juris.rows()).singleElement().satisfies(r -> assertThat(r).containsExactly(Value.text("05334002"),
                Value.date(LocalDate.of(2020, 1, 1)), Value.text("unbefristet"), Value.badge("gilt heute", Value.Tone.SUCCESS)));
    }

    @Test
    void anUnknownParticipantIsNotFound() {
        assertThatThrownBy(() -> Pages.screen(pages, "{id}", Callers.auditor(Fixture.T), Map.of("id", "nirgends")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
    }

    @Test
    void creatingTakesTheFormFieldsAsTheServiceNamesThem() {
        Map<String, String> form = new HashMap<>(Map.of("id", "ja-neu", "name", "Jugendamt Neu", "kind", "YOUTH_OFFICE",
                "parentId", "kreis", "address.street", "Weg 2", "address.postalCode", "52525", "address.city", "Heinsberg",
                "bank.holder", "Kreiskasse", "bank.iban", "DE52 0000 0000 0012 3456 78"));
        View v = Pages.post(pages, "neu", Callers.tenantAdmin(Fixture.T), Map.of(), form);
        Participant p = (Participant) f.lastCall("createParticipant")[1];
        assertThat(p.kind()).isEqualTo(ParticipantKind.YOUTH_OFFICE);
        assertThat(p.address().street()).isEqualTo("Weg 2");
        assertThat(p.address().complete()).isTrue();
        assertThat(p.bank().iban()).isEqualTo("DE52 0000 0000 0012 3456 78");
        assertThat(p.email()).isNull();
        assertThat(v).isEqualTo(View.redirect("/ui/teilnehmer/ja-neu", "Der Teilnehmer „Jugendamt Neu“ wurde angelegt."));
    }

    @Test
    void editingKeepsTheContactsAndClearsEmptyFields() {
        Pages.post(pages, "{id}/bearbeiten", Callers.tenantAdmin(Fixture.T), Map.of("id", "stadt-a"),
                Map.of("name", "Stadt A (neu)", "kind", "MUNICIPALITY"));
        Participant p = (Participant) f.lastCall("updateParticipant")[1];
        assertThat(p.id()).isEqualTo("stadt-a");
        assertThat(p.name()).isEqualTo("Stadt A (neu)");
        assertThat(p.address()).isNull();
        assertThat(p.bank()).isNull();
    }

    @Test
    void anInvalidKindOrDateIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Pages.post(pages, "neu", Callers.tenantAdmin(Fixture.T), Map.of(),
                Map.of("id", "x-y", "name", "X", "kind", "BURG")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> Pages.post(pages, "neu", Callers.tenantAdmin(Fixture.T), Map.of(), Map.of("id", "x-y", "kind", "LAND")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> Pages.post(pages, "{id}/zustaendigkeit", Callers.tenantAdmin(Fixture.T), Map.of("id", "kreis"),
                Map.of("ags", "05334002", "validFrom", "31.02.2026")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("validFrom"));
        assertThat(f.calls).isEmpty();
    }

    @Test
    void aJurisdictionEntryTakesGermanOrIsoDates() {
        Pages.post(pages, "{id}/zustaendigkeit", Callers.tenantAdmin(Fixture.T), Map.of("id", "kreis"),
                Map.of("ags", "05334004", "validFrom", "01.01.2027", "validTo", "2027-12-31"));
        assertThat(f.lastCall("addJurisdiction")).containsExactly("addJurisdiction", "kreis",
                new JurisdictionEntry("05334004", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
    }
}
