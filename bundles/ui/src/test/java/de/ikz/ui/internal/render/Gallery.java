package de.ikz.ui.internal.render;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.ikz.api.ui.Part;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.Value.Tone;
import de.ikz.api.ui.View;

/** A screen with every part and every value, each text produced by one function (plain or hostile). */
final class Gallery {

    static final String TOKEN = "csrf-token-123";

    private Gallery() {
    }

    static Chrome chrome(String s) {
        return new Chrome(Locale.GERMANY, s + "Erika Muster", s + "Landkreis Nord", s + "Jugendamt Nord",
                List.of(new NavGroup(s + "Vormundschaften", List.of(new NavItem(s + "Fällig", "/ui/vormundschaft/due"),
                                new NavItem(s + "Ehrenamtliche", "/ui/vormundschaft/volunteers"))),
                        new NavGroup(s + "Verwaltung", List.of(new NavItem(s + "Teilnehmer", "/ui/core/participants")))),
                "/ui/vormundschaft/volunteers/12", TOKEN, s + "Gespeichert.", "/ui/vormundschaft/");
    }

    static View.Screen screen(String s) {
        Map<String, String> stages = new LinkedHashMap<>();
        stages.put("NEW", s + "Neu");
        stages.put("TRAINING", s + "Schulung");
        List<List<Value>> rows = List.of(
                Arrays.asList(Value.link(s + "Max Beispiel", "volunteers/12"), Value.count(1234),
                        Value.money(new BigDecimal("1234.5")), Value.percent(new BigDecimal("12.5"), 1),
                        Value.date(LocalDate.of(2026, 12, 31)), Value.time(Instant.parse("2026-12-31T13:05:00Z")),
                        Value.badge(s + "überfällig", Tone.WARNING)),
                Arrays.asList(Value.text(s + "Anna Probe"), Value.count(7), Value.money(new BigDecimal("-0.5")),
                        Value.percent(new BigDecimal("100"), 0), null, null, Value.badge(s + "aktiv", Tone.SUCCESS)));
        return new View.Screen(s + "Galerie aller Teile", List.of(
                Part.notice(Tone.INFO, s + "Ein Hinweis."),
                Part.notice(Tone.WARNING, s + "Eine Warnung."),
                new Part.Cards(List.of(
                        new Part.Card(s + "Fällige Berichte", Value.count(3), s + "bis Monatsende", "due", Tone.WARNING),
                        new Part.Card(s + "Ehrenamtliche", Value.count(42), s + "in Schulung: 5", "volunteers", Tone.INFO),
                        new Part.Card(s + "Umlage 2026", Value.money(new BigDecimal("556631.20")), s + "festgesetzt",
                                "/ui/core/allocation", Tone.SUCCESS))),
                Part.section(s + "Stammdaten",
                        Part.paragraph(s + "Ein Absatz mit Text."),
                        new Part.Facts(List.of(new Part.Fact(s + "Name", Value.text(s + "Max Beispiel")),
                                new Part.Fact(s + "Betrag", Value.money(new BigDecimal("1234.56"))),
                                new Part.Fact(s + "Status", Value.badge(s + "aktiv", Tone.SUCCESS))))),
                new Part.Table(s + "Ehrenamtliche nach Stand", List.of(s + "Name", s + "Anzahl", s + "Betrag", s + "Anteil",
                        s + "Datum", s + "Zeit", s + "Status"), rows,
                        Arrays.asList(Value.text(s + "Summe"), Value.count(1241), Value.money(new BigDecimal("1234")), null,
                                null, null, null), null),
                new Part.Table(s + "Leere Tabelle", List.of(s + "A"), List.of(), null, s + "Noch nichts da."),
                new Part.BarChart(s + "Vormundschaften je Jugendamt", List.of(
                        new Part.Bar(s + "Nord", new BigDecimal("12"), Value.count(12)),
                        new Part.Bar(s + "Süd", new BigDecimal("30"), Value.count(30)),
                        new Part.Bar(s + "Ost", BigDecimal.ZERO, Value.count(0)))),
                new Part.Board(s + "Ehrenamtliche nach Stufe", List.of(
                        new Part.Lane(s + "Neu", List.of(new Part.Tile(s + "Max Beispiel", "volunteers/12",
                                List.of(s + "seit 01.02.2026"), List.of(new Part.Action(s + "Zur Schulung", "volunteers/12/stage",
                                        Part.Method.POST, Map.of("stage", s + "TRAINING"), false, s + "Wirklich verschieben?"))))),
                        new Part.Lane(s + "Schulung", List.of()))),
                new Part.Form("volunteers/12", Part.Method.POST, List.of(
                        Part.Input.text("name", s + "Name", s + "Max", true),
                        new Part.Input("email", s + "E-Mail", Part.InputType.EMAIL, null, null, false, s + "dienstlich"),
                        new Part.Input("amount", s + "Betrag in Euro", Part.InputType.DECIMAL, "12,50", null, false, null),
                        new Part.Input("count", s + "Anzahl", Part.InputType.NUMBER, "3", null, false, null),
                        new Part.Input("since", s + "Seit", Part.InputType.DATE, "2026-02-01", null, true, null),
                        new Part.Input("phone", s + "Telefon", Part.InputType.TEL, null, null, false, null),
                        new Part.Input("secret", s + "Kennwort", Part.InputType.PASSWORD, "geheim", null, false, null),
                        new Part.Input("note", s + "Notiz", Part.InputType.TEXTAREA, s + "Zeile 1", null, false, null),
                        new Part.Input("stage", s + "Stufe", Part.InputType.SELECT, "TRAINING", stages, true, null),
                        new Part.Input("kind", s + "Art", Part.InputType.RADIO, "NEW", stages, false, null),
                        new Part.Input("flags", s + "Merkmale", Part.InputType.CHECKBOX, "NEW", stages, false, null),
                        new Part.Input("agree", s + "Einverstanden", Part.InputType.CHECKBOX, "true", null, false, null),
                        new Part.Input("version", s + "Version", Part.InputType.HIDDEN, "7", null, false, null)),
                        s + "Speichern", null),
                new Part.Form("calculator", Part.Method.GET, List.of(
                        new Part.Input("year", s + "Jahr", Part.InputType.NUMBER, "2026", null, false, s + "vierstellig")),
                        s + "Berechnen", "result"),
                new Part.Region("result", List.of(Part.paragraph(s + "Ergebnis: 42"))),
                new Part.Actions(List.of(
                        new Part.Action(s + "Bearbeiten", "volunteers/12/edit", Part.Method.GET, null, true, null),
                        Part.Action.post(s + "Löschen", "volunteers/12/delete", Map.of("id", s + "12")))),
                new Part.Links(s + "Dokumente", List.of(new Part.Link(s + "Bescheid 2026", "notices/1.pdf", s + "PDF, 2 Seiten"),
                        new Part.Link(s + "Alle Teilnehmer", "/ui/core/participants", null)))),
                new Part.Link(s + "Zurück zur Übersicht", "volunteers", null));
    }
}
