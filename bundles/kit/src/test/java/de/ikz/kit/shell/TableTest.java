package de.ikz.kit.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Tables fit 80 columns: as they are, cut with an ellipsis, or as label: value blocks. */
class TableTest {

    static String print(Table t) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        t.print(new PrintStream(b, true, StandardCharsets.UTF_8));
        return b.toString(StandardCharsets.UTF_8);
    }

    static List<String> cells(String output, String first) {
        return output.lines().map(l -> List.of(l.split("[|\u2502]", -1)).stream().map(String::trim).toList())
                .filter(c -> c.get(0).equals(first)).findFirst().orElseThrow(() -> new AssertionError(output));
    }

    @Test
    void aNarrowTableIsPrintedAsItIs() {
        String out = print(Table.of("Id", "Name", "Active").alignRight(2).row("v-1", "Anna Berg", 2).row("v-2", null, true));

        assertThat(cells(out, "Id")).containsExactly("Id", "Name", "Active");
        assertThat(cells(out, "v-1")).containsExactly("v-1", "Anna Berg", "2");
        assertThat(cells(out, "v-2")).containsExactly("v-2", "-", "yes");
    }

    @Test
    void longCellsAreCutWithAnEllipsisSoEveryLineFits() {
        String note = "a very long note that goes on and on about the volunteer's availability in the evenings";
        String out = print(Table.of("Id", "On", "Note", "By").row("V-0000000001", "2026-01-31", note, "coordinator-anna"));

        assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Table.WIDTH));
        List<String> row = cells(out, "V-0000000001");
        assertThat(row.get(1)).isEqualTo("2026-01-31");
        assertThat(row.get(2)).endsWith("\u2026").startsWith("a very long note");
        assertThat(row.get(3)).isEqualTo("coordinator-anna");
    }

    @Test
    void theFirstColumnIsNeverCut() {
        String id = "X".repeat(40);
        String out = print(Table.of("Id", "Text").row(id, "y".repeat(60)));

        assertThat(cells(out, id).get(0)).isEqualTo(id);
        assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Table.WIDTH));
    }

    @Test
    void aWideReportIsPrintedAsLabelValueBlocks() {
        Table t = Table.of("Jugendamt", "Kinder vorgeschlagen", "Kinder zugeordnet", "Kinder bestellt", "Aktive Bestellungen",
                "Gewonnene Ehrenamtliche").alignRight(1, 2, 3, 4, 5);
        t.row("ja-alsdorf", 4, 3, 7, 12, "<3");
        t.row("ja-stolberg", 5, "<3", 0, 1, 9);

        String out = print(t);

        assertThat(out).isEqualTo(String.join(System.lineSeparator(),
                "Jugendamt: ja-alsdorf",
                "  Kinder vorgeschlagen:    4",
                "  Kinder zugeordnet:       3",
                "  Kinder bestellt:         7",
                "  Aktive Bestellungen:     12",
                "  Gewonnene Ehrenamtliche: <3",
                "",
                "Jugendamt: ja-stolberg",
                "  Kinder vorgeschlagen:    5",
                "  Kinder zugeordnet:       <3",
                "  Kinder bestellt:         0",
                "  Aktive Bestellungen:     1",
                "  Gewonnene Ehrenamtliche: 9", ""));
    }

    @Test
    void longValuesInBlocksWrapAtSpaces() {
        Table t = Table.of("Id", "A".repeat(30), "B".repeat(30), "C".repeat(30));
        t.row("v-1", "word ".repeat(30).trim(), "x", "y");

        String out = print(t);

        assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Table.WIDTH));
        assertThat(out.lines().filter(l -> l.contains("word")).count()).isGreaterThan(1);
        assertThat(out.replaceAll("\\s+", " ")).contains("word ".repeat(30).trim());
    }

    @Test
    void anEmptyTableSaysSo() {
        assertThat(print(Table.of("Id", "Name"))).contains(Table.EMPTY);
        assertThat(print(Table.of("A".repeat(40), "B".repeat(40), "C"))).isEqualTo(Table.EMPTY + System.lineSeparator());
    }

    @Test
    void cellsAreOneLine() {
        String out = print(Table.of("Id", "Note").row("v-1", "two\nlines"));

        assertThat(cells(out, "v-1")).containsExactly("v-1", "two lines");
    }

    @Test
    void keysBecomeReadableHeaders() {
        assertThat(Table.label("childrenProposed")).isEqualTo("Children proposed");
        assertThat(Table.label("PROPOSED_TO_COURT")).isEqualTo("Proposed to court");
        assertThat(Table.label("recheckDue")).isEqualTo("Recheck due");
        assertThat(Table.label("ENQUIRY")).isEqualTo("Enquiry");
    }

    @Test
    void cellTextRules() {
        assertThat(Table.text(null)).isEqualTo("-");
        assertThat(Table.text(" ")).isEqualTo("-");
        assertThat(Table.text(false)).isEqualTo("no");
        assertThat(Table.text(List.of())).isEqualTo("-");
        assertThat(Table.text(List.of("Deutsch", "Arabisch"))).isEqualTo("Deutsch, Arabisch");
        assertThat(Table.cut("abcdef", 4)).isEqualTo("abc\u2026");
    }
}
