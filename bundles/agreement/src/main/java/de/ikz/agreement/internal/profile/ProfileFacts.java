package de.ikz.agreement.internal.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the profile needs beyond the agreement version in force; the service takes it from the
 * participant register, the municipal register and the module registry.
 *
 * @param on               the day the profile describes (the version in force on it, the area on it)
 * @param participantNames participant id → display name; a missing name shows the id
 * @param leadName         name of the lead body (Hauptverantwortlich); null: taken from {@code participantNames}
 * @param area             the cooperation's whole area on {@code on}, or null if no party has an area
 * @param costRule         the cost rule of the version in force in words ({@link CostRuleWords}), or null if it has none
 * @param financingText    the agreement's own "Finanzierung" text if it was written for the cost rule in force;
 *                         null if there is none or it was written for an earlier rule (it would contradict the rule)
 */
public record ProfileFacts(LocalDate on, Map<String, String> participantNames, String leadName, CooperationArea area,
                           String costRule, String financingText) {
    public ProfileFacts {
        participantNames = participantNames == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(participantNames));
    }

    /**
     * The union of the areas of all parties on a day, each municipality counted once.
     *
     * @param municipalities  the AGS of the union, sorted
     * @param regions         Regierungsbezirke the union lies in (North Rhine-Westphalia), in AGS order; may be empty
     * @param population      inhabitants of the union, or null if a municipality has no population figure
     * @param referenceDate   the newest reference date among the municipalities' figures, or null
     * @param oldestReferenceDate the oldest one (equal to {@code referenceDate} when all figures describe one day), or null
     * @param source          the figures' sources, distinct, joined by "; ", or null
     * @param areaKm2         area of the union in km², or null if the register has no area for a municipality
     */
    public record CooperationArea(List<String> municipalities, List<String> regions, Long population, LocalDate referenceDate,
                                  LocalDate oldestReferenceDate, String source, BigDecimal areaKm2) {
        public CooperationArea {
            municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
            regions = regions == null ? List.of() : List.copyOf(regions);
        }
    }
}
