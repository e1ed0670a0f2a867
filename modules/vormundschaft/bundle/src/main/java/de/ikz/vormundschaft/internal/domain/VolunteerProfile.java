package de.ikz.vormundschaft.internal.domain;

import java.util.Set;

/**
 * A volunteer's profile in the pool, as far as matching needs it.
 *
 * @param languages languages spoken, as German names shown to coordinators ("Arabisch")
 * @param ageBandPreference "0-5", "6-11", "12-17", or {@code null} for any
 * @param capacity how many guardianships the volunteer is willing to hold
 * @param activeGuardianships how many are held now
 */
public record VolunteerProfile(String id, Set<String> languages, String ageBandPreference,
        boolean unaccompaniedExperience, int capacity, int activeGuardianships, boolean trainingComplete,
        String region) {

    public VolunteerProfile {
        if (id == null || id.isBlank()) {
            throw new PipelineException("id", "the volunteer id is missing");
        }
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        AgeBands.require("ageBandPreference", ageBandPreference, true);
        if (capacity < 0) {
            throw new PipelineException("capacity", "capacity cannot be negative");
        }
        if (activeGuardianships < 0) {
            throw new PipelineException("activeGuardianships", "active guardianships cannot be negative");
        }
    }

    /** Guardianships the volunteer can still take, never negative. */
    public int freeCapacity() {
        return Math.max(0, capacity - activeGuardianships);
    }
}
