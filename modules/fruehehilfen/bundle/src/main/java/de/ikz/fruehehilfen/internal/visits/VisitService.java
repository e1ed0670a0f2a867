package de.ikz.fruehehilfen.internal.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.tenant.Caller;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The work of the family-midwife service with a family: every contact, the checklist of resources
 * and burdens, and the assessment on the six areas of the national template. REST, screens and
 * console pass what the user gave (null when absent); defaults and checks live here.
 * <p>
 * Who (the row rules are the families part's {@code FamilyAccess}): the coordinator books for any
 * family and any staff member; a professional only for the families currently assigned to her and
 * only for herself (another professional's family: FORBIDDEN, nothing written); partner staff of the
 * owning office and the auditor read; nobody else sees anything. Every change and every read writes
 * its access-log entry in the same transaction. A refusal changes nothing.
 */
public interface VisitService {

    /**
     * A contact to book. Every component may be null for the service (REST requires the date; the defaults: the caller's own staff record for a
     * professional, the family's assigned staff member for the coordinator; today; {@code contact.defaultMinutes};
     * HOME_VISIT; HOME, or PHONE for a phone call).
     *
     * @param staffId    who had the contact
     * @param date       the day (not in the future; the case open on it)
     * @param minutes    duration, 1 to {@code contact.maxMinutes} (12 h)
     * @param place      a {@link ContactPlace} name
     * @param kind       a {@link ContactKind} name
     * @param categories {@link ContentCategory} names
     * @param referrals  {@link ReferralService} names: services the family was referred to
     */
    @Schema(name = "fruehehilfenContactInput")
    record ContactInput(@Schema(requiredMode = RequiredMode.NOT_REQUIRED) String staffId,
                        LocalDate date,
                        @Schema(requiredMode = RequiredMode.NOT_REQUIRED) Integer minutes,
                        @Schema(requiredMode = RequiredMode.NOT_REQUIRED) String place,
                        @Schema(requiredMode = RequiredMode.NOT_REQUIRED) String kind,
                        @Schema(requiredMode = RequiredMode.NOT_REQUIRED) List<String> categories,
                        @Schema(requiredMode = RequiredMode.NOT_REQUIRED) List<String> referrals) {
    }

    /**
     * A booked contact.
     *
     * @param familyPseudonym the family's pseudonym (no identity)
     * @param staffName       who had the contact, as colleagues call her at work
     */
    @Schema(name = "fruehehilfenContact")
    record Contact(String id, String familyId, String familyPseudonym, String staffId, String staffName, LocalDate date,
                   int minutes, ContactPlace place, ContactKind kind, List<ContentCategory> categories,
                   List<ReferralService> referrals, String recordedBy, Instant recordedAt) {
        public Contact {
            categories = List.copyOf(categories);
            referrals = List.copyOf(referrals);
        }
    }

    /**
     * An assessment to record: the phase, the day and a rating of 1 to 5 for each of the six areas
     * ({@link AssessmentArea}; the component names are the areas' field names).
     */
    @Schema(name = "fruehehilfenAssessmentInput")
    record AssessmentInput(String phase, @Schema(requiredMode = RequiredMode.NOT_REQUIRED) LocalDate date,
                           Integer household, Integer externalSupport, Integer internalSupport, Integer selfCare,
                           Integer childCare, Integer interaction) {

        /** The rating given for the area, or null. */
        public Integer rating(AssessmentArea area) {
            return switch (area) {
                case HOUSEHOLD -> household;
                case EXTERNAL_SUPPORT -> externalSupport;
                case INTERNAL_SUPPORT -> internalSupport;
                case SELF_CARE -> selfCare;
                case CHILD_CARE -> childCare;
                case INTERACTION -> interaction;
            };
        }
    }

    /** A recorded assessment: ratings by area (every area present, 1 to 5). */
    @Schema(name = "fruehehilfenAssessment")
    record Assessment(String id, String familyId, AssessmentPhase phase, LocalDate date, Map<AssessmentArea, Integer> ratings,
                      String recordedBy, Instant recordedAt) {
        public Assessment {
            ratings = Map.copyOf(ratings);
        }
    }

    /**
     * The checklist of resources and burdens to record on a day: the {@link Factor} names that apply.
     * A health-related factor needs a consent covering health data on that day (field {@code factors}).
     */
    @Schema(name = "fruehehilfenResourcesInput")
    record ResourcesInput(@Schema(requiredMode = RequiredMode.NOT_REQUIRED) LocalDate date, List<String> factors) {
    }

    /**
     * A recorded checklist. {@code factors} holds what the reader may see: health-related factors only for a
     * reader of the family's identity (coordinator, assigned professional, owning office); {@code hiddenHealthFactors}
     * counts those left out for the others.
     */
    @Schema(name = "fruehehilfenResources")
    record Resources(String id, String familyId, LocalDate date, List<Factor> factors, int hiddenHealthFactors,
                     String recordedBy, Instant recordedAt) {
        public Resources {
            factors = List.copyOf(factors);
        }
    }

    /** Books a contact of the family (coordinator, assigned professional). */
    Contact addContact(Caller caller, String tenantId, String familyId, ContactInput input);

    /** The family's contacts, newest first (every reader of the family). */
    List<Contact> contacts(Caller caller, String tenantId, String familyId);

    /**
     * Contacts of every family the caller works with ({@code FamilyAccess.ownFamilies}) in the period, newest first;
     * {@code from}/{@code to} null: the last 12 months up to today. A professional gets those of her own families.
     */
    List<Contact> contacts(Caller caller, String tenantId, LocalDate from, LocalDate to);

    /** Records an assessment (coordinator, assigned professional): one START and one END per case. */
    Assessment addAssessment(Caller caller, String tenantId, String familyId, AssessmentInput input);

    /** The family's assessments, oldest first. */
    List<Assessment> assessments(Caller caller, String tenantId, String familyId);

    /** Records the checklist of resources and burdens (coordinator, assigned professional). */
    Resources addResources(Caller caller, String tenantId, String familyId, ResourcesInput input);

    /** The family's checklists, newest first. */
    List<Resources> resources(Caller caller, String tenantId, String familyId);

    /**
     * A family on the visit log: its pseudonym, when the case opened, the last contact and the contacts in the
     * current month.
     */
    @Schema(name = "fruehehilfenLogFamily")
    record LogFamily(String familyId, String pseudonym, LocalDate openedOn,
                     @Schema(requiredMode = RequiredMode.NOT_REQUIRED) LocalDate lastContact, int contactsThisMonth) {
    }

    /**
     * The professional's visit log: the open families she works with (a coordinator: every open family), by
     * pseudonym, the most recently contacted first; and her own recent contacts, newest first, at most
     * {@link VisitLimits#recent()}.
     */
    record VisitLog(List<LogFamily> families, List<Contact> recent) {
        public VisitLog {
            families = List.copyOf(families);
            recent = List.copyOf(recent);
        }
    }

    /** What the family page shows of the visits part: contacts (newest first), assessments (oldest first), checklists. */
    record FamilyVisits(List<Contact> contacts, List<Assessment> assessments, List<Resources> resources) {
        public FamilyVisits {
            contacts = List.copyOf(contacts);
            assessments = List.copyOf(assessments);
            resources = List.copyOf(resources);
        }
    }

    /** The caller's visit log (coordinator, professional); one access-log entry. */
    VisitLog visitLog(Caller caller, String tenantId);

    /** Contacts, assessments and checklists of one family in one read (one access-log entry): the family page. */
    FamilyVisits familyVisits(Caller caller, String tenantId, String familyId);

    /** The bounds and defaults in force (PID {@value VisitSettings#PID}). */
    VisitLimits limits();
}
