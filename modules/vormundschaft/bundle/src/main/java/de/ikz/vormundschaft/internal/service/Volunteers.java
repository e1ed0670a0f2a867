package de.ikz.vormundschaft.internal.service;

import java.time.LocalDate;
import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;

/**
 * Volunteers of the coordination office: their pipeline, the certificate of good conduct and the
 * stage history. Like every service of the module, each method checks the caller's rights
 * ({@link Access}), works in the caller's tenant ({@code tenantId} as returned by
 * {@code caller.tenantFor(...)}), refuses bad input with an {@code IkzException} naming the field
 * (nothing is changed then) and writes the access log in the same transaction as a change.
 *
 * <p>Rights, in short: the office's coordinators (platform role {@code coordinator} with module
 * {@code vormundschaft}) do all the work on volunteers and cases but see children only by their
 * pseudonym; partner staff ({@code partner-staff} of a youth office) create and see their own
 * office's children, with identities, and read reports; auditors read everything pseudonymised
 * and change nothing. Dates "on" default to today; none may lie in the future.
 */
public interface Volunteers {

    /** Input for a new volunteer or a change of one; null = not given (on change: unchanged). */
    record VolunteerInput(String name, String reach, String office, String forChild, List<String> languages,
                          String ageBand, Boolean unaccompaniedExperience, String municipality, String travel,
                          Integer capacity, LocalDate recheckDue) {
    }

    /**
     * A volunteer. {@code active} = open matches, proposals and appointments; {@code free} =
     * capacity − active; {@code travel}: MUNICIPALITY (only children in the volunteer's own
     * municipality), DISTRICT (the same district) or ANY.
     */
    record Volunteer(String id, String name, String reach, String office, VolunteerStage stage, LocalDate stageSince,
                     String forChild, List<String> languages, String ageBand, boolean unaccompaniedExperience,
                     String municipality, String travel, int capacity, int active, int free, LocalDate recheckDue,
                     LocalDate conductSeen, Boolean conductClear, List<String> completedModules,
                     List<String> missingModules, boolean trainingComplete, LocalDate createdOn) {
    }

    /** One move in the pipeline. */
    record StageChange(VolunteerStage from, VolunteerStage to, LocalDate on, String note, String by) {
    }

    List<Volunteer> volunteers(Caller caller, String tenantId, VolunteerStage stage);

    Volunteer volunteer(Caller caller, String tenantId, String id);

    /** A new volunteer starts in stage ENQUIRY. Coordinators only. */
    Volunteer createVolunteer(Caller caller, String tenantId, VolunteerInput input);

    /** Changes the given fields (preferences, capacity, re-check date, ...). Coordinators only. */
    Volunteer updateVolunteer(Caller caller, String tenantId, String id, VolunteerInput change);

    /**
     * Moves a volunteer to another stage by the pipeline rules. MATCHED, PROPOSED_TO_COURT and
     * APPOINTED are reached only through {@link Cases#match}, {@link Cases#propose} and
     * {@link Cases#appoint}. Leaving CONDUCT_CERTIFICATE needs a clear certificate seen at most 3
     * months ago; leaving TRAINING needs every required training module attended.
     */
    Volunteer moveVolunteer(Caller caller, String tenantId, String id, VolunteerStage to, LocalDate on, String note);

    /** Records the certificate of good conduct: only the date it was seen and whether it was clear. */
    Volunteer recordConductCheck(Caller caller, String tenantId, String id, LocalDate seen, Boolean clear);

    List<StageChange> stageHistory(Caller caller, String tenantId, String id);
}
