package de.ikz.vormundschaft.internal.domain;

import java.util.Set;

/**
 * A pseudonymised child profile for matching; the identity stays with the responsible youth
 * office until the court appoints.
 *
 * @param ageBand "0-5", "6-11" or "12-17"
 * @param languages languages the child speaks, as German names ("Arabisch")
 */
public record ChildProfile(String pseudonym, String ageBand, Set<String> languages, boolean unaccompaniedMinor,
        String region) {

    public ChildProfile {
        if (pseudonym == null || pseudonym.isBlank()) {
            throw new PipelineException("pseudonym", "the child's pseudonym is missing");
        }
        AgeBands.require("ageBand", ageBand, false);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }
}
