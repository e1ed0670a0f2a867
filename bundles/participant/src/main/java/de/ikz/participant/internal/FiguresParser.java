package de.ikz.participant.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.ImportReport.LineProblem;
import de.ikz.kit.text.GermanFormat;

/**
 * Reads key figures per municipality: {@code ags;figure;date;value;source}, one per line, an
 * optional header line, semicolon-separated (comma if a line has no semicolon); dates as
 * 2023-12-31 or 31.12.2023; values whole numbers ("1.234" with a semicolon, "1 234" either way).
 * Whether an AGS is in the register is checked by {@link RegisterServiceImpl}. Hand-written for
 * the reasons given in {@link Csv}.
 */
final class FiguresParser {

    static final Pattern FIGURE = Pattern.compile("[a-z][a-z0-9_]{1,39}");
    private static final Pattern AGS = Pattern.compile("[0-9]{8}");

    /** One figure and the line it came from. */
    record Row(long line, FigureValue value) {
    }

    record Result(List<Row> rows, List<LineProblem> problems) {
    }

    private FiguresParser() {
    }

    static Result parse(byte[] bytes) {
        List<String> lines = Csv.lines(Csv.decode(bytes));
        List<Row> rows = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            long no = i + 1L;
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Csv.Dialect dialect = line.indexOf(';') >= 0 ? Csv.Dialect.SEMICOLON : Csv.Dialect.COMMA;
            try {
                List<String> f = Csv.split(line, dialect.separator);
                if (Csv.blank(f)) {
                    continue;
                }
                if (first && !f.get(0).strip().matches("[0-9]+")) {
                    first = false;
                    continue; // header
                }
                first = false;
                if (f.size() != 5) {
                    throw new Csv.BadField("the line has " + f.size() + " fields, expected 5: ags;figure;date;value;source"
                            + " (quote a source that contains the separator)");
                }
                String ags = f.get(0).strip();
                if (!AGS.matcher(ags).matches()) {
                    throw new Csv.BadField("ags '" + ags + "' is not an 8-digit municipality key");
                }
                String figure = f.get(1).strip();
                if (!FIGURE.matcher(figure).matches()) {
                    throw new Csv.BadField("figure '" + figure + "' must be 2 to 40 of a-z, 0-9, '_', starting with a letter");
                }
                LocalDate date = date(f.get(2).strip());
                Long value = Csv.whole(f.get(3), dialect, "value");
                if (value == null) {
                    throw new Csv.BadField("value is empty");
                }
                String source = f.get(4).strip();
                if (source.isEmpty() || source.length() > 300) {
                    throw new Csv.BadField("source is required (at most 300 characters)");
                }
                Long before = seen.putIfAbsent(ags + "/" + figure + "/" + date, no);
                if (before != null) {
                    throw new Csv.BadField(figure + " of " + ags + " at " + date + " appears already on line " + before);
                }
                rows.add(new Row(no, new FigureValue(ags, figure, date, value, source)));
            } catch (Csv.BadField e) {
                problems.add(new LineProblem(no, e.getMessage()));
            }
        }
        return new Result(List.copyOf(rows), List.copyOf(problems));
    }

    private static LocalDate date(String text) throws Csv.BadField {
        LocalDate d;
        try {
            d = text.contains(".") ? LocalDate.parse(text, GermanFormat.DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Csv.BadField("date '" + text + "' is not a date like 2023-12-31 or 31.12.2023");
        }
        try {
            return de.ikz.api.input.Input.date("date", d);
        } catch (de.ikz.api.error.IkzException e) {
            throw new Csv.BadField(e.getMessage());
        }
    }
}
