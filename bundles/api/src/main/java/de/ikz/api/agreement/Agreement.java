package de.ikz.api.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of an agreement. Amendments make new versions; what the agreement said on a day is
 * the version with the latest {@code validFrom} on or before it.
 *
 * @param id          tenant-unique id
 * @param moduleId    cooperation type (a module id, e.g. "vormundschaft")
 * @param leadPartner participant id of the host (Hauptverantwortlich)
 * @param version     1, 2, …
 * @param validFrom   first day this version applies
 * @param note        what the amendment changed
 * @param fileReference the lead body's file reference (Aktenzeichen) of the agreement, printed on its letters, or null
 */
public record Agreement(String id, String moduleId, String title, String leadPartner, List<Party> parties,
                        LegalForm legalForm, AgreementDates dates, List<String> tags, AgreementText text,
                        CostRule costRule, int version, LocalDate validFrom, String note, Instant recordedAt,
                        String recordedBy, String fileReference) {
    public Agreement {
        parties = parties == null ? List.of() : List.copyOf(parties);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A version without a file reference. */
    public Agreement(String id, String moduleId, String title, String leadPartner, List<Party> parties, LegalForm legalForm,
                     AgreementDates dates, List<String> tags, AgreementText text, CostRule costRule, int version,
                     LocalDate validFrom, String note, Instant recordedAt, String recordedBy) {
        this(id, moduleId, title, leadPartner, parties, legalForm, dates, tags, text, costRule, version, validFrom, note,
                recordedAt, recordedBy, null);
    }
}
