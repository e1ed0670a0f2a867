package de.ikz.participant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.ikz.api.participant.ImportReport.LineProblem;
import de.ikz.api.participant.RegisterMunicipality;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parser on the real register file, on its official shape and on broken lines. No database. */
class GvParserTest {

    static GvParser.Result real;

    @BeforeAll
    static void parseTheRealFile() {
        real = GvParser.parse(RegisterFile.bytes());
    }

    static long population(GvParser.Result r, String agsPrefix) {
        return r.municipalities().stream().filter(m -> m.municipality().ags().startsWith(agsPrefix))
                .mapToLong(GvParser.Municipality::population).sum();
    }

    @Test
    void theRealFileHasEveryDistrictAndMunicipalityAndGermanysPopulation() {
        assertThat(real.problems()).isEmpty();
        assertThat(real.dialect()).isEqualTo(Csv.Dialect.COMMA);
        assertThat(real.municipalities()).hasSize(11_004).hasSize((int) RegisterFile.count("60"));
        assertThat(real.districts()).hasSize(401).hasSize((int) RegisterFile.count("40"));
        assertThat(real.municipalities().stream().filter(m -> m.population() == 0)).hasSize(208);
        assertThat(population(real, "")).isEqualTo(RegisterFile.population("")).isEqualTo(83_166_711L);
        Map<Integer, Long> kinds = real.districts().stream().collect(Collectors.groupingBy(d -> d.district().kind(), Collectors.counting()));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(41, 98L, 42, 9L, 43, 42L, 44, 251L, 45, 1L));
    }

    @Test
    void aachenAndHeinsbergSumTheirMunicipalities() {
        assertThat(population(real, "05334")).isEqualTo(RegisterFile.population("05334")).isEqualTo(557_026L);
        assertThat(population(real, "05370")).isEqualTo(RegisterFile.population("05370")).isEqualTo(255_555L);
        RegisterMunicipality baesweiler = real.municipalities().stream().map(GvParser.Municipality::municipality)
                .filter(m -> m.ags().equals("05334008")).findFirst().orElseThrow();
        assertThat(baesweiler.name()).isEqualTo("Baesweiler, Stadt");
        assertThat(baesweiler.districtKey()).isEqualTo("05334");
        assertThat(baesweiler.kind()).isEqualTo(63);
        assertThat(baesweiler.areaKm2()).isEqualByComparingTo("27.84");
        assertThat(baesweiler.postcode()).isEqualTo("52499");
        assertThat(real.districts().stream().filter(d -> d.district().key().equals("05334")).findFirst().orElseThrow().district())
                .satisfies(d -> {
                    assertThat(d.name()).isEqualTo("Städteregion Aachen");
                    assertThat(d.kind()).isEqualTo(43);
                });
    }

    @Test
    void theOfficialSemicolonShapeOfTheWholeFileGivesTheSameRecords() {
        String official = RegisterFile.toOfficial(RegisterFile.lines());
        assertThat(official).contains(";1.847.253;").contains(";755,09;"); // Hamburg: '.' thousands, decimal comma
        // UTF-8 without byte-order mark: Windows-1252 has no Sorbian letters (Cottbus/Chóśebuz)
        GvParser.Result r = GvParser.parse(official.getBytes(StandardCharsets.UTF_8));
        assertThat(r.dialect()).isEqualTo(Csv.Dialect.SEMICOLON);
        assertThat(r.problems()).isEmpty();
        assertThat(r.districts()).isEqualTo(real.districts());
        assertThat(r.municipalities()).isEqualTo(real.municipalities());
    }

    @Test
    void aSliceWithoutHeaderIsReadByColumnPosition() {
        List<String> slice = RegisterFile.slice("05370");
        GvParser.Result r = GvParser.parse(String.join("\n", slice.subList(1, slice.size())).getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).isEmpty();
        assertThat(r.municipalities()).hasSize(10);
        assertThat(population(r, "05370")).isEqualTo(RegisterFile.population("05370"));
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndReason() {
        List<String> lines = new ArrayList<>(RegisterFile.slice("05334"));
        int baesweiler = indexOf(lines, "60,63,05,3,34,0008,008,");
        lines.set(baesweiler, lines.get(baesweiler).replace(" 27 093,", " 27 0x3,"));
        int monschau = indexOf(lines, "60,63,05,3,34,0020,020,");
        lines.set(monschau, lines.get(monschau).replace("\"Monschau, Stadt\"", "\"Monschau, Stadt"));
        int roetgen = indexOf(lines, "60,64,05,3,34,0024,024,");
        lines.set(roetgen, lines.get(roetgen).replace("60,64,", "60,77,"));
        lines.add(lines.get(indexOf(lines, "60,64,05,3,34,0028,028,"))); // Simmerath twice
        lines.add("60,64,05,3,34,0040,040,Kurz");
        lines.add("");
        GvParser.Result r = GvParser.parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).extracting(LineProblem::line)
                .containsExactly(baesweiler + 1L, monschau + 1L, roetgen + 1L, lines.size() - 2L, lines.size() - 1L);
        assertThat(r.problems().get(0).reason()).contains("bevoelkerung").contains("27 0x3");
        assertThat(r.problems().get(1).reason()).contains("quote");
        assertThat(r.problems().get(2).reason()).contains("textkennzeichen 77");
        assertThat(r.problems().get(3).reason()).contains("05334028").contains("line " + (indexOf(lines, "60,64,05,3,34,0028,028,") + 1));
        assertThat(r.problems().get(4).reason()).contains("missing");
        assertThat(r.municipalities()).hasSize(10 - 3);
    }

    @Test
    void numbersFollowTheDialect() throws Exception {
        assertThat(Csv.whole(" 1 847 253", Csv.Dialect.COMMA, "x")).isEqualTo(1_847_253L);
        assertThat(Csv.whole("1.847.253", Csv.Dialect.SEMICOLON, "x")).isEqualTo(1_847_253L);
        assertThat(Csv.whole("1847253", Csv.Dialect.SEMICOLON, "x")).isEqualTo(1_847_253L);
        assertThat(Csv.whole(" ", Csv.Dialect.COMMA, "x")).isNull();
        assertThat(Csv.decimal(" 755.09", Csv.Dialect.COMMA, "x")).isEqualByComparingTo("755.09");
        assertThat(Csv.decimal("1.755,09", Csv.Dialect.SEMICOLON, "x")).isEqualByComparingTo(new BigDecimal("1755.09"));
        for (String bad : new String[] {"1.847.253", "18 47", "-5", "12a", "1,5"}) {
            assertThatThrownBy(() -> Csv.whole(bad, Csv.Dialect.COMMA, "bevoelkerung"))
                    .isInstanceOf(Csv.BadField.class).hasMessageContaining("bevoelkerung '" + bad.strip() + "'");
        }
        assertThatThrownBy(() -> Csv.whole("1.84.253", Csv.Dialect.SEMICOLON, "x")).isInstanceOf(Csv.BadField.class);
        assertThatThrownBy(() -> Csv.decimal("53.02", Csv.Dialect.SEMICOLON, "flaeche")).isInstanceOf(Csv.BadField.class);
        assertThatThrownBy(() -> Csv.decimal("53,02", Csv.Dialect.COMMA, "flaeche")).isInstanceOf(Csv.BadField.class);
        assertThat(Csv.code("5", 2, "land")).isEqualTo("05");
        assertThat(Csv.split("a,\"b, \"\"c\"\"\",,d", ',')).containsExactly("a", "b, \"c\"", "", "d");
    }

    @Test
    void figuresAreReadInBothSeparatorsWithGermanOrIsoDates() {
        String csv = "ags;figure;date;value;source\n"
                + "05334008;population_under_3;31.12.2022;1.234;IT.NRW, Fortschreibung\n"
                + "05334020,population_under_18,2022-12-31,1 780,\"IT.NRW, Fortschreibung\"\n"
                + "05334024;population_under_3;31.02.2022;10;x\n"
                + "5334028;population_under_3;2022-12-31;10;x\n"
                + "05334028;Population;2022-12-31;10;x\n"
                + "05334028;population;2022-12-31;10\n"
                + "05334008;population_under_3;2022-12-31;1;again\n";
        FiguresParser.Result r = FiguresParser.parse(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.rows()).extracting(row -> row.value().value()).containsExactly(1234L, 1780L);
        assertThat(r.rows().get(0).value().referenceDate()).hasToString("2022-12-31");
        assertThat(r.rows().get(1).value().source()).isEqualTo("IT.NRW, Fortschreibung");
        assertThat(r.problems()).extracting(LineProblem::line).containsExactly(4L, 5L, 6L, 7L, 8L);
        assertThat(r.problems().get(4).reason()).contains("line 2");
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalArgumentException(prefix);
    }
}
