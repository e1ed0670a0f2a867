package de.ikz.kinderschutz.internal.offers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import de.ikz.api.error.IkzException;
import de.ikz.api.ui.TextDirection;

/**
 * Language tags of texts and of the languages an offer is held in: BCP 47 tags whose primary subtag
 * is an ISO 639-1 code the JDK knows, or one of a few ISO 639-3 codes of languages refugee families
 * speak that have no two-letter code (Sorani, Dari). Stored lower case in the primary subtag.
 * <p>
 * The writing direction comes from the language, by the platform's rule ({@link TextDirection}), the
 * same the web UI marks texts with.
 */
public final class Languages {

    private static final Set<String> THREE_LETTER = Set.of("ckb", "prs", "kmr");
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    private Languages() {
    }

    /** A checked tag ("de", "ar", "uk", "pt-BR"); INVALID naming the field otherwise. */
    public static String tag(String field, String value) {
        if (value == null || value.isBlank()) {
            throw IkzException.invalid(field, "Sprache fehlt (z. B. de, ar, uk, tr, en)");
        }
        String v = value.strip();
        if (!TAG.matcher(v).matches()) {
            throw IkzException.invalid(field, "keine Sprachangabe nach BCP 47: " + v);
        }
        String[] parts = v.split("-", 2);
        String primary = parts[0].toLowerCase(Locale.ROOT);
        if (!(primary.length() == 2 ? ISO_639_1.contains(primary) : THREE_LETTER.contains(primary))) {
            throw IkzException.invalid(field, "unbekannte Sprache: " + v);
        }
        return parts.length == 1 ? primary : primary + "-" + parts[1];
    }

    /** Right to left? */
    public static boolean rtl(String tag) {
        return TextDirection.rightToLeft(tag);
    }

    /** The language's own name, e.g. "العربية" for ar, "українська" for uk (the JDK's locale data). */
    public static String nativeName(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        String n = l.getDisplayLanguage(l);
        return n == null || n.isBlank() ? tag : n.substring(0, 1).toUpperCase(l) + n.substring(1);
    }
}
