package de.ikz.participant.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real register file (data/ of the project), and expectations computed from it without
 * the importer's code (a regular expression instead of its splitter and number parser), so that
 * a test compares two independent readings of the file.
 */
final class RegisterFile {

    static final String NAME = "destatis-gemeindeverzeichnis-2020q4.csv";
    private static final Pattern FIELD = Pattern.compile("\\G(?:\"([^\"]*)\"|([^,]*))(?:,|$)");

    private RegisterFile() {
    }

    /** The file: system property ikz.register.file, else the project's data/ folder (a copy of shared/data). */
    static Path path() {
        String property = System.getProperty("ikz.register.file");
        if (property != null) {
            return Path.of(property);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("data").resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(NAME + " not found above " + Path.of("").toAbsolutePath()
                + " (looked for data/" + NAME + "); set -Dikz.register.file=<path>");
    }

    static byte[] bytes() {
        try {
            return Files.readAllBytes(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines, the byte-order mark dropped from the first. */
    static List<String> lines() {
        String text = new String(bytes(), StandardCharsets.UTF_8);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        return text.lines().toList();
    }

    /** A line's fields, read by a regular expression (not by the importer). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = FIELD.matcher(line);
        int end = -1;
        while (end < line.length() && m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
            end = m.end();
            if (m.end() == line.length() && !line.endsWith(",")) {
                break;
            }
        }
        return out;
    }

    static boolean municipality(List<String> f) {
        return f.get(0).equals("60");
    }

    static String ags(List<String> f) {
        return f.get(2) + f.get(3) + f.get(4) + f.get(6);
    }

    static long population(List<String> f) {
        return Long.parseLong(f.get(9).replace(" ", ""));
    }

    /** Sum of the population of the municipalities whose AGS starts with the prefix ("" for all). */
    static long population(String agsPrefix) {
        return lines().stream().skip(1).map(RegisterFile::fields).filter(RegisterFile::municipality)
                .filter(f -> ags(f).startsWith(agsPrefix)).mapToLong(RegisterFile::population).sum();
    }

    /** Sum of the population of the named municipalities. */
    static long populationOf(Collection<String> ags) {
        return lines().stream().skip(1).map(RegisterFile::fields).filter(RegisterFile::municipality)
                .filter(f -> ags.contains(ags(f))).mapToLong(RegisterFile::population).sum();
    }

    static long count(String satzart) {
        return lines().stream().skip(1).map(RegisterFile::fields).filter(f -> f.get(0).equals(satzart)).count();
    }

    /** The header and every line of the districts with these keys (records 40 to 60). */
    static List<String> slice(String... districtKeys) {
        List<String> all = lines();
        List<String> out = new ArrayList<>();
        out.add(all.get(0));
        for (String line : all.subList(1, all.size())) {
            List<String> f = fields(line);
            String key = f.get(2) + f.get(3) + f.get(4);
            for (String k : districtKeys) {
                if (key.equals(k)) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    /**
     * The official download's shape: semicolons, German column labels, no byte-order mark, CRLF,
     * decimal comma, and the population with '.' thousands on every second line, plain digits on
     * the others.
     */
    static String toOfficial(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        sb.append("Satzart;Textkennzeichen;ARS - Land;ARS - RB;ARS - Kreis;ARS - VB;ARS - Gem;Gemeindename;Fläche km2;"
                + "Bevölkerung insgesamt;männlich;weiblich;je km2;Postleitzahl;Längengrad;Breitengrad;Reisegebiete Schlüssel;"
                + "Reisegebiete Bezeichnung;Grad der Verstädterung Schlüssel;Grad der Verstädterung Bezeichnung\r\n");
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = new ArrayList<>(fields(lines.get(i)));
            f.set(8, f.get(8).strip().replace('.', ','));
            for (int c = 9; c <= 12; c++) {
                String digits = f.get(c).replace(" ", "");
                f.set(c, i % 2 == 0 ? grouped(digits) : digits);
            }
            List<String> out = new ArrayList<>();
            for (String v : f) {
                out.add(v.contains(";") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            sb.append(String.join(";", out)).append("\r\n");
        }
        return sb.toString();
    }

    private static String grouped(String digits) {
        if (digits.isEmpty()) {
            return digits;
        }
        return String.format(java.util.Locale.GERMANY, "%,d", Long.parseLong(digits));
    }
}
