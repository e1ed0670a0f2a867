package de.ikz.kinderschutz.internal.offers;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An offer for families: what, for whom, where, in which languages, at what cost, how accessible,
 * with its texts (German always, others as entered, each marked with its language) and dated events.
 * Contacts are the provider's work contacts, never a family's.
 */
public record Offer(String id, OfferType type, List<String> targetGroups, Integer ageFromMonths, Integer ageToMonths,
                    List<String> languages, String ags, String street, String postalCode, String city, String phone, String email,
                    String website, String cost, boolean freeOfCharge, boolean stepFree, String accessibility,
                    Optional<String> institutionId, boolean published, List<Text> texts, List<Event> events) {

    /** The offer's title and description in one language. */
    public record Text(String lang, String title, String description) {
    }

    /** A dated event of the offer (local times). */
    public record Event(String id, LocalDateTime start, LocalDateTime end, String place, String note, boolean cancelled) {
    }

    /** The text in the language, else German. */
    public Text text(String lang) {
        return texts.stream().filter(t -> t.lang().equals(lang)).findFirst()
                .or(() -> texts.stream().filter(t -> t.lang().equals("de")).findFirst())
                .orElseThrow(() -> new IllegalStateException("offer " + id + " has no German text"));
    }
}
