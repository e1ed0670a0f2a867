package de.ikz.participant.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.ikz.api.participant.ImportReport.LineProblem;
import de.ikz.api.participant.RegisterDistrict;
import de.ikz.api.participant.RegisterMunicipality;

/**
 * Reads the Destatis Gemeindeverzeichnis (GV-ISys, "Auszug GV") in its two shapes (see
 * {@link Csv.Dialect}): record type 40 is a district (key = land + rb + kreis, 5 digits), type
 * 60 a municipality (AGS = land + rb + kreis + gemeinde, 8 digits) with area and population;
 * every other record type is read and ignored. A header line is optional: its column names are
 * used when they are the known ones, else the columns are taken in the GV-ISys order. Every line
 * that cannot be read is reported with its number (the header is line 1) and the reason.
 * Plain Java, no database: {@link RegisterServiceImpl} writes the result. Hand-written for the
 * reasons given in {@link Csv}.
 */
final class GvParser {

    /** A municipality with its population. */
    record Municipality(long line, RegisterMunicipality municipality, long population) {
    }

    /** A district and the line it came from. */
    record District(long line, RegisterDistrict district) {
    }

    /**
     * What a file held.
     *
     * @param lines    lines read, header included
     * @param problems every bad line, in file order
     */
    record Result(Csv.Dialect dialect, long lines, List<District> districts, List<Municipality> municipalities,
                  List<LineProblem> problems) {
    }

    // column positions of the GV-ISys layout, used when a file has no (known) header
    private static final String[] COLUMNS = {"satzart", "textkennzeichen", "land", "rb", "kreis", "vb", "gemeinde",
        "gemeindename", "flaeche", "bevoelkerung", "maennlich", "weiblich", "jekm2", "postleitzahl"};
    private static final Map<String, String> ALIASES = Map.of(
            "regierungsbezirk", "rb", "gemeindeverband", "vb", "gem", "gemeinde", "name", "gemeindename",
            "flaechekm2", "flaeche", "insgesamt", "bevoelkerung", "bevoelkerunginsgesamt", "bevoelkerung",
            "plz", "postleitzahl");
    private static final String[] REQUIRED = {"satzart", "textkennzeichen", "land", "rb", "kreis", "gemeinde",
        "gemeindename", "flaeche", "bevoelkerung"};

    private GvParser() {
    }

    static Result parse(byte[] bytes) {
        List<String> lines = Csv.lines(Csv.decode(bytes));
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        Csv.Dialect dialect = first < lines.size() ? Csv.detect(lines.get(first)) : Csv.Dialect.COMMA;
        Map<String, Integer> columns = standardColumns();
        List<District> districts = new ArrayList<>();
        List<Municipality> municipalities = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (int i = first; i < lines.size(); i++) {
            long no = i + 1L;
            try {
                List<String> f = Csv.split(lines.get(i), dialect.separator);
                if (Csv.blank(f)) {
                    continue;
                }
                if (i == first && !f.get(0).strip().matches("[0-9]+")) {
                    columns = headerColumns(f);
                    continue;
                }
                Row row = new Row(f, columns, dialect);
                int type = row.number("satzart");
                if (type == 40) {
                    District d = district(no, row);
                    duplicate(seen, "district " + d.district().key(), no);
                    districts.add(d);
                } else if (type == 60) {
                    Municipality m = municipality(no, row);
                    duplicate(seen, "municipality " + m.municipality().ags(), no);
                    municipalities.add(m);
                }
            } catch (Csv.BadField e) {
                problems.add(new LineProblem(no, e.getMessage()));
            }
        }
        return new Result(dialect, lines.size(), List.copyOf(districts), List.copyOf(municipalities), List.copyOf(problems));
    }

    private static District district(long no, Row row) throws Csv.BadField {
        int kind = row.number("textkennzeichen");
        if (kind < 41 || kind > 45) {
            throw new Csv.BadField("textkennzeichen " + kind + " of a district (record type 40) must be 41 to 45");
        }
        String key = Csv.code(row.get("land"), 2, "land") + Csv.code(row.get("rb"), 1, "rb") + Csv.code(row.get("kreis"), 2, "kreis");
        return new District(no, new RegisterDistrict(key, row.name(), kind));
    }

    private static Municipality municipality(long no, Row row) throws Csv.BadField {
        int kind = row.number("textkennzeichen");
        if (kind < 60 || kind > 67) {
            throw new Csv.BadField("textkennzeichen " + kind + " of a municipality (record type 60) must be 60 to 67");
        }
        String district = Csv.code(row.get("land"), 2, "land") + Csv.code(row.get("rb"), 1, "rb") + Csv.code(row.get("kreis"), 2, "kreis");
        String ags = district + Csv.code(row.get("gemeinde"), 3, "gemeinde");
        BigDecimal area = Csv.decimal(row.get("flaeche"), row.dialect, "flaeche");
        if (area == null) {
            throw new Csv.BadField("flaeche is empty");
        }
        if (area.compareTo(new BigDecimal("99999999")) > 0) {
            throw new Csv.BadField("flaeche " + area + " km\u00b2 is too large");
        }
        Long population = Csv.whole(row.get("bevoelkerung"), row.dialect, "bevoelkerung");
        if (population == null) {
            throw new Csv.BadField("bevoelkerung is empty");
        }
        String postcode = row.has("postleitzahl") && !row.get("postleitzahl").isBlank()
                ? Csv.code(row.get("postleitzahl"), 5, "postleitzahl") : null;
        return new Municipality(no, new RegisterMunicipality(ags, row.name(), district, kind,
                area.setScale(2, RoundingMode.HALF_UP), postcode), population);
    }

    private static void duplicate(Map<String, Long> seen, String what, long no) throws Csv.BadField {
        Long before = seen.putIfAbsent(what, no);
        if (before != null) {
            throw new Csv.BadField(what + " appears already on line " + before);
        }
    }

    private static Map<String, Integer> standardColumns() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            m.put(COLUMNS[i], i);
        }
        return m;
    }

    /** Column positions by the header's names if it names every required column, else the standard ones. */
    private static Map<String, Integer> headerColumns(List<String> header) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            m.putIfAbsent(ALIASES.getOrDefault(name, name), i);
        }
        for (String r : REQUIRED) {
            if (!m.containsKey(r)) {
                return standardColumns();
            }
        }
        return m;
    }

    static String normalise(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        n = Normalizer.normalize(n, Normalizer.Form.NFD);
        return n.replaceAll("[^a-z0-9]", "");
    }

    /** One split line with access by column name. */
    private static final class Row {
        private final List<String> fields;
        private final Map<String, Integer> columns;
        private final Csv.Dialect dialect;

        Row(List<String> fields, Map<String, Integer> columns, Csv.Dialect dialect) {
            this.fields = fields;
            this.columns = columns;
            this.dialect = dialect;
        }

        boolean has(String column) {
            Integer i = columns.get(column);
            return i != null && i < fields.size();
        }

        String get(String column) throws Csv.BadField {
            Integer i = columns.get(column);
            if (i == null || i >= fields.size()) {
                throw new Csv.BadField("the line has " + fields.size() + " fields; column " + column + " is missing");
            }
            return fields.get(i);
        }

        int number(String column) throws Csv.BadField {
            String t = get(column).strip();
            if (!t.matches("[0-9]{1,3}")) {
                throw new Csv.BadField(column + " '" + t + "' is not a number");
            }
            return Integer.parseInt(t);
        }

        String name() throws Csv.BadField {
            String n = get("gemeindename").strip();
            if (n.isEmpty()) {
                throw new Csv.BadField("gemeindename is empty");
            }
            if (n.length() > 200) {
                throw new Csv.BadField("gemeindename is longer than 200 characters");
            }
            return n;
        }
    }
}
