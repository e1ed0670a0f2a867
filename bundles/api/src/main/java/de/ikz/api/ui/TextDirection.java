package de.ikz.api.ui;

import java.util.Locale;
import java.util.Set;

/**
 * The writing direction of a language, for marking texts in the web UI ({@code dir}). A language is
 * written right to left when its default script is (Unicode CLDR's character order): Arabic, Persian
 * and Dari, Hebrew, Urdu, Pashto, Sorani, Yiddish, Dhivehi, Sindhi, Uyghur. The JDK has no API for
 * this, and ICU4J would be a bundle of 14 MB for one list.
 *
 * @since 1.1
 */
public final class TextDirection {

    /** Primary language subtags written right to left. */
    public static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "prs", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug");

    private TextDirection() {
    }

    /** Whether texts in this language (a BCP 47 tag such as "ar", "fa-AF", "uk") run right to left. */
    public static boolean rightToLeft(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return false;
        }
        String tag = languageTag.strip();
        if (tag.contains("-Arab") || tag.contains("-arab") || tag.contains("-Hebr") || tag.contains("-hebr")) {
            return true;
        }
        if (tag.matches("(?i)[a-z]{2,3}-(latn|cyrl)(-.*)?")) {
            return false;
        }
        return RIGHT_TO_LEFT.contains(tag.split("-", 2)[0].toLowerCase(Locale.ROOT));
    }

    /** {@code "rtl"} or {@code "ltr"}, the value of HTML's {@code dir}. */
    public static String of(String languageTag) {
        return rightToLeft(languageTag) ? "rtl" : "ltr";
    }
}
