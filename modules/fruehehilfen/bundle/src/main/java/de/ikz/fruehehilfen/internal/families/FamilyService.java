package de.ikz.fruehehilfen.internal.families;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.ikz.api.tenant.Caller;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Staff, families (pseudonymised cases), their identity, consents, assignment and closing: what
 * REST, console and screens of this part call. Row rules as in {@link FamilyAccess}. Every change
 * runs in one transaction with its access-log entry; every read of personal data writes one READ
 * entry; a refusal changes nothing.
 */
public interface FamilyService extends FamilyAccess {

    // ------------------------------------------------------------------ staff

    /** Body of a staff record (create or replace). Dates ISO (activeFrom default today); hoursPerWeek a decimal string ("19.5"). */
    @Schema(name = "fruehehilfenStaffInput")
    record StaffInput(String kind, String name,
                      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) Boolean nzfhCompleted,
                      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate nzfhOn,
                      String hoursPerWeek,
                      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate activeFrom,
                      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate activeTo,
                      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String username) {
    }

    /** Every staff member (coordinator, auditor; a professional sees the list too: work contacts). */
    List<Staff> staffList(Caller caller, String tenantId);

    Staff staffMember(Caller caller, String tenantId, String staffId);

    /** Coordinator only. */
    Staff createStaff(Caller caller, String tenantId, StaffInput input);

    /** Coordinator only; replaces every field. */
    Staff updateStaff(Caller caller, String tenantId, String staffId, StaffInput input);

    // ------------------------------------------------------------------ families

    /**
     * Body of a new family. ags: municipality of residence; openedOn default today; referredBy one of
     * {@link Referral}; staffId (optional) assigns at once from openedOn; identity (optional) recorded sealed.
     */
    @Schema(name = "fruehehilfenFamilyInput")
    record FamilyInput(String ags,
                       @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate openedOn,
                       String referredBy,
                       @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String staffId,
                       @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) IdentityInput identity) {
    }

    /** Body of the identity (replaces all of it): the mother's (or main carer's) name is required, the rest optional. childBirthDate ISO. */
    @Schema(name = "fruehehilfenIdentityInput")
    record IdentityInput(String motherName,
                         @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String childName,
                         @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate childBirthDate,
                         @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String address,
                         @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String phone) {
    }

    /** Body of a consent: givenOn default today; scopes names of {@link ConsentScope}. */
    @Schema(name = "fruehehilfenConsentInput")
    record ConsentInput(@Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate givenOn, List<String> scopes) {
    }

    /** Body of an assignment: the staff member from the day (default today). */
    @Schema(name = "fruehehilfenAssignmentInput")
    record AssignmentInput(String staffId, @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate from) {
    }

    /** Body of closing a case: closedOn default today. */
    @Schema(name = "fruehehilfenClosingInput")
    record ClosingInput(@Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate closedOn, String reason) {
    }

    /** Filter of the families list: open (true), closed (false) or all (null); one owning office or all (null). */
    record FamilyFilter(Boolean open, String ownerId) {
        public static final FamilyFilter ALL = new FamilyFilter(null, null);
    }

    /** One family with what the case page shows besides the identity: consents and assignment history. */
    record FamilyDetails(Family family, List<Consent> consents, List<Assignment> assignments, boolean healthConsent,
                         boolean identityVisible) {
    }

    /** The families the caller works with ({@link #ownFamilies}), filtered; pseudonyms only. One READ list entry. */
    List<Family> families(Caller caller, String tenantId, FamilyFilter filter);

    /** One family (pseudonymised), its consents and assignments. One READ entry. */
    FamilyDetails family(Caller caller, String tenantId, String familyId);

    /** Coordinator only. Checks the AGS against the register and finds the owning youth office. */
    Family createFamily(Caller caller, String tenantId, FamilyInput input);

    /** The identity, if the caller may see it (else NOT_FOUND/FORBIDDEN); each read writes a READ entry. Empty if none recorded. */
    Optional<Identity> identity(Caller caller, String tenantId, String familyId);

    /** Replaces the identity (coordinator, assigned professional). */
    Identity putIdentity(Caller caller, String tenantId, String familyId, IdentityInput input);

    /** Records a consent (coordinator, assigned professional). */
    Consent addConsent(Caller caller, String tenantId, String familyId, ConsentInput input);

    /** Records the withdrawal of a consent on a day (default today). */
    Consent withdrawConsent(Caller caller, String tenantId, String familyId, String consentId, LocalDate withdrawnOn);

    /** Assigns the family to a staff member from a day, ending the current assignment the day before (coordinator only). */
    Assignment assign(Caller caller, String tenantId, String familyId, AssignmentInput input);

    /** Closes the case (coordinator, assigned professional); ends the current assignment on that day. */
    Family close(Caller caller, String tenantId, String familyId, ClosingInput input);
}
