package de.ikz.fruehehilfen.internal.families;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A consent the family gave (in writing, kept on paper; this is its record).
 *
 * @param id          consent id
 * @param familyId    the case
 * @param givenOn     when it was given
 * @param scopes      what it covers
 * @param withdrawnOn when it was withdrawn, if it was
 */
public record Consent(String id, String familyId, LocalDate givenOn, Set<ConsentScope> scopes, Optional<LocalDate> withdrawnOn) {

    public Consent {
        scopes = Set.copyOf(scopes);
    }

    /** Does it cover the scope on the day (given on or before, not withdrawn on or before it)? */
    public boolean covers(ConsentScope scope, LocalDate day) {
        return scopes.contains(scope) && !givenOn.isAfter(day) && withdrawnOn.map(w -> w.isAfter(day)).orElse(true);
    }
}
