package de.ikz.kinderschutz.internal.offers;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An offer as the public directory shows it: only what the offer publishes, the texts resolved to the
 * requested language with German as the fallback, each text marked with its own language and direction.
 */
public record PublicOffer(String id, String type, String typeLabel, LangText title, LangText description, List<String> languages,
                          String ags, String municipality, String street, String postalCode, String city, String phone, String email,
                          String website, String cost, boolean freeOfCharge, boolean stepFree, String accessibility,
                          Integer ageFromMonths, Integer ageToMonths, List<PublicEvent> events) {

    /** A text in a language ({@code dir}: "rtl" or "ltr"). */
    public record LangText(String lang, String dir, String text) {
        public static LangText of(String lang, String text) {
            return new LangText(lang, Languages.rtl(lang) ? "rtl" : "ltr", text);
        }
    }

    /** An upcoming event. */
    public record PublicEvent(String id, LocalDateTime start, LocalDateTime end, String place, boolean cancelled) {
    }
}
