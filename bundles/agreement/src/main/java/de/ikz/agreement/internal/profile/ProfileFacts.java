package de.ikz.agreement.internal.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the profile needs beyond the agreement; the caller takes it from the participant register
 * (names, the lead body's Regierungsbezirk, population and area summed over its area).
 *
 * @param participantNames participant id → display name; a missing name shows the id
 * @param leadName         name of the lead body (Hauptverantwortlich); null: taken from {@code participantNames}
 * @param regierungsbezirk administrative region of the lead body, e.g. "Köln"
 * @param population       inhabitants (Einwohner), or null if unknown
 * @param populationDate   reference date of {@code population}
 * @param populationSource source of {@code population}, e.g. "IT.NRW"
 * @param areaKm2          area in km², or null if unknown
 */
public record ProfileFacts(Map<String, String> participantNames, String leadName, String regierungsbezirk, Long population,
                           LocalDate populationDate, String populationSource, BigDecimal areaKm2) {
    public ProfileFacts {
        participantNames = participantNames == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(participantNames));
    }
}
