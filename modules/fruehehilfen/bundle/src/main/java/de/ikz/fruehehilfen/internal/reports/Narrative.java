package de.ikz.fruehehilfen.internal.reports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.ikz.api.error.IkzException;
import de.ikz.kit.text.GermanFormat;

/**
 * The narrative part of a proof of use (Sachbericht): a text the coordinator writes with
 * placeholders in braces that are filled with the year's figures, e.g. "Von den bewilligten
 * {bewilligt} wurden im Förderbereich II {ausgaben_II} verausgabt." A placeholder the list does not
 * know is refused when the text is saved, so a final text never shows a brace.
 */
public final class Narrative {

    /** Longest text. */
    public static final int MAX = 20_000;

    /** Placeholder name → what it stands for (shown on the screen), in the order the screen lists them. */
    public static final Map<String, String> PLACEHOLDERS;

    /** The text a proof starts with until the coordinator writes one. */
    public static final String DEFAULT_TEXT = """
            Sachbericht {jahr} – {partner}

            Im Jahr {jahr} wurden Bundesmittel der Bundesstiftung Frühe Hilfen in Höhe von {bewilligt} bewilligt; \
            der Eigenanteil betrug {eigenanteil}. Im Pool gingen {erhalten} ein.

            Verausgabt wurden {ausgaben}, davon im Förderbereich I (Netzwerke) {ausgaben_I}, im Förderbereich II \
            (psychosoziale Unterstützung) {ausgaben_II} und im Förderbereich III (Innovation) {ausgaben_III}. \
            Nicht verausgabt wurden {nicht_verausgabt}; zurückgezahlt wurden {zurueckgezahlt}.

            Der Familienhebammendienst begleitete {familien} Familien, davon {neue_faelle} neu aufgenommene, \
            in {kontakte} Kontakten mit zusammen {stunden} Stunden.""";

    private static final Pattern BRACED = Pattern.compile("\\{([^{}\\s]{0,40})\\}");

    private Narrative() {
    }

    /** Name and meaning of each placeholder, in screen order. */
    private static final String[][] NAMES = {
        {"jahr", "das Jahr des Nachweises"},
        {"partner", "der Partner (Jugendamt) oder „Pool insgesamt“"},
        {"bewilligt", "bewilligte Bundesmittel"},
        {"eigenanteil", "Eigenanteil"},
        {"festbetrag", "feste Jahresbeiträge"},
        {"anteil_luecke", "Anteil an der Deckungslücke"},
        {"einzubringen", "insgesamt in den Pool einzubringen"},
        {"erhalten", "im Pool eingegangen"},
        {"ausgaben", "verausgabt insgesamt"},
        {"ausgaben_I", "verausgabt im Förderbereich I (Netzwerke)"},
        {"ausgaben_II", "verausgabt im Förderbereich II (psychosoziale Unterstützung)"},
        {"ausgaben_III", "verausgabt im Förderbereich III (Innovation)"},
        {"nicht_verausgabt", "nicht verausgabt"},
        {"zurueckgezahlt", "zurückgezahlt"},
        {"uebertragen", "ins Folgejahr übertragen"},
        {"familien", "begleitete Familien"},
        {"neue_faelle", "neu aufgenommene Familien"},
        {"kontakte", "Kontakte"},
        {"stunden", "Kontaktstunden"},
    };

    static {
        PLACEHOLDERS = placeholders();
    }

    private static Map<String, String> placeholders() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] n : NAMES) {
            m.put(n[0], n[1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** A text as written: checked (length, no control characters, only known placeholders). */
    public static String check(String field, String text) {
        String t = de.ikz.kit.input.Fields.text(field, text, MAX, true);
        Matcher m = BRACED.matcher(t);
        while (m.find()) {
            if (!PLACEHOLDERS.containsKey(m.group(1))) {
                throw IkzException.invalid(field, "Unbekannter Platzhalter {" + m.group(1) + "}. Möglich sind: "
                        + String.join(", ", PLACEHOLDERS.keySet().stream().map(k -> "{" + k + "}").toList()) + ".");
            }
        }
        return t;
    }

    /** The values of the placeholders for one proof, as printed. */
    public static Map<String, String> values(int year, String partnerName, ProofFigures f) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("jahr", String.valueOf(year));
        v.put("partner", partnerName);
        v.put("bewilligt", GermanFormat.money(f.granted()));
        v.put("eigenanteil", GermanFormat.money(f.ownShare()));
        v.put("festbetrag", GermanFormat.money(f.contributions()));
        v.put("anteil_luecke", GermanFormat.money(f.gapShare()));
        v.put("einzubringen", GermanFormat.money(f.due()));
        v.put("erhalten", GermanFormat.money(f.received()));
        v.put("ausgaben", GermanFormat.money(f.spent()));
        for (String area : List.of("I", "II", "III")) {
            v.put("ausgaben_" + area, GermanFormat.money(f.spentIn(area)));
        }
        v.put("nicht_verausgabt", GermanFormat.money(f.unspent()));
        v.put("zurueckgezahlt", GermanFormat.money(f.returned()));
        v.put("uebertragen", GermanFormat.money(f.carriedOver()));
        v.put("familien", GermanFormat.number(BigDecimal.valueOf(f.families())));
        v.put("neue_faelle", GermanFormat.number(BigDecimal.valueOf(f.newCases())));
        v.put("kontakte", GermanFormat.number(BigDecimal.valueOf(f.contacts())));
        v.put("stunden", GermanFormat.number(f.hours()));
        return v;
    }

    /** The text with every known placeholder replaced by its value. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = BRACED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
