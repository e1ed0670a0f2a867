package de.ikz.api.participant;

import java.time.LocalDate;

/**
 * One municipality a youth office or health office serves, for a period.
 *
 * @param ags       the municipality
 * @param validFrom first day (inclusive)
 * @param validTo   last day (inclusive), or null for open-ended
 */
public record JurisdictionEntry(String ags, LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
