package de.ikz.vormundschaft.internal.service;

import java.time.LocalDate;
import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.CaseStatus;
import de.ikz.vormundschaft.internal.domain.ProposalStatus;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;

/**
 * Children and their cases: pseudonymised profiles, suggestions, the match, the reasoned proposal
 * to the family court, its withdrawal and the court's appointment. Each step changes the child's
 * {@link CaseStatus}, the step's {@link ProposalStatus} and the volunteer's stage in one
 * transaction. Rights, tenant, refusals and access log as described in {@link Volunteers}.
 */
public interface Cases {

    /** The identity; stays in the owning youth office's data space. */
    record ChildIdentity(String givenName, String familyName, LocalDate birthDate) {
    }

    /** placement: FOSTER_FAMILY, RESIDENTIAL_CARE, RELATIVES, OTHER. */
    record ChildInput(String ageBand, String needs, List<String> languages, String municipality,
                      Boolean unaccompaniedMinor, String placement, ChildIdentity identity) {
    }

    /**
     * A child profile, named by its pseudonym ({@code id}). {@code identity} is present only for
     * staff of the owning office.
     */
    record Child(String id, String office, String ageBand, String needs, List<String> languages, String municipality,
                 boolean unaccompaniedMinor, String placement, CaseStatus status, LocalDate createdOn,
                 ChildIdentity identity) {
    }

    /** A ranked volunteer with the reasons. */
    record Suggestion(String volunteerId, String volunteerName, String office, int score, List<String> reasons) {
    }

    /** One step of a child's case: the match of a volunteer and the proposal to the court. */
    record Proposal(String id, String childId, String volunteerId, LocalDate matchedOn, List<String> matchReasons,
                    String court, LocalDate proposedOn, String reasons, ProposalStatus status, LocalDate closedOn,
                    String closeReason) {
    }

    /** kind: GUARDIANSHIP (Vormundschaft, all areas) or CURATORSHIP (Pflegschaft, named areas). */
    record AppointmentInput(String court, String fileNumber, LocalDate appointedOn, String kind, List<String> areas,
                            String additionalPfleger, List<String> additionalPflegerAreas) {
    }

    List<Child> children(Caller caller, String tenantId);

    Child child(Caller caller, String tenantId, String id);

    /** Partner staff propose a child of their own office; the profile gets a fresh pseudonym (status OPEN). */
    Child createChild(Caller caller, String tenantId, ChildInput input);

    /** Suitable volunteers for the child, best first, with reasons. Coordinators and auditors. */
    List<Suggestion> suggestions(Caller caller, String tenantId, String childId);

    /** The case steps of a child, newest first: coordinators and auditors; partner staff for their own office's children. */
    List<Proposal> proposals(Caller caller, String tenantId, String childId);

    /** Matches a volunteer to an OPEN child (refused over capacity, untrained, wrong stage ...): child MATCHED. */
    Proposal match(Caller caller, String tenantId, String childId, String volunteerId, LocalDate on);

    /** The reasoned proposal of the matched volunteer to the family court (reasons required, SGB VIII § 53): child PROPOSED. */
    Proposal propose(Caller caller, String tenantId, String childId, String court, String reasons, LocalDate on);

    /** Drops the open match or proposal (the court chose someone else, ...): step DROPPED, child OPEN again. */
    Proposal withdraw(Caller caller, String tenantId, String childId, String reason, LocalDate on);

    /** Records the court's appointment of the proposed volunteer: step and child APPOINTED. */
    Appointment appoint(Caller caller, String tenantId, String childId, AppointmentInput input);
}
