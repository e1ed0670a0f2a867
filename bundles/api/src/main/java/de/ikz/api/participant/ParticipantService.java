package de.ikz.api.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.ikz.api.tenant.Caller;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Participants of a tenant, their jurisdictions and figures. Any user of the tenant reads; its
 * tenant admins and the platform admin change. Another tenant's participant is "not found".
 */
@ProviderType
public interface ParticipantService {

    /** Tenant admin (or platform admin acting for the tenant). */
    Participant create(Caller caller, String tenantId, Participant participant);

    Participant update(Caller caller, String tenantId, Participant participant);

    List<Participant> list(Caller caller, String tenantId);

    Optional<Participant> find(Caller caller, String tenantId, String id);

    /**
     * The tenant's participants as public bodies ({@link Participant#withoutPersons()}): no personal
     * data, so the read writes no access-log entry. For names, kinds and choices on screens and in
     * modules, which would otherwise log a read of every contact person on every page view. The
     * default delegates to {@link #list} (and so logs); the platform's service reads no contacts.
     *
     * @since 1.2
     */
    default List<Participant> listBodies(Caller caller, String tenantId) {
        return list(caller, tenantId).stream().map(Participant::withoutPersons).toList();
    }

    /** Adds a municipality to a participant's jurisdiction for a period. */
    void addJurisdiction(Caller caller, String tenantId, String participantId, JurisdictionEntry entry);

    /** Every jurisdiction entry of the participant, all periods. */
    List<JurisdictionEntry> jurisdiction(Caller caller, String tenantId, String participantId);

    /**
     * The municipalities whose figures count for the participant on a day: its jurisdiction
     * entries valid that day if there are any; else for a municipality its own AGS, for a
     * district or district-free city all municipalities of its district key; else none.
     */
    List<String> area(Caller caller, String tenantId, String participantId, LocalDate on);

    /**
     * The participant's figure over its area on {@code on}, each municipality's value taken at
     * the latest reference date on or before {@code referenceDate}.
     *
     * @throws de.ikz.api.error.IkzException (invalid) if the area is empty or a municipality has no such figure
     */
    FigureSum figure(Caller caller, String tenantId, String participantId, String figure, LocalDate on, LocalDate referenceDate);

    /**
     * {@link #figure} for many participants at once, with a fixed number of queries (for keys
     * over thousands of partners). Same rules and errors as {@link #figure}.
     *
     * @return participant id to its sum, in the order of {@code participantIds}
     */
    java.util.Map<String, FigureSum> figures(Caller caller, String tenantId, java.util.Collection<String> participantIds,
                                             String figure, LocalDate on, LocalDate referenceDate);
}
