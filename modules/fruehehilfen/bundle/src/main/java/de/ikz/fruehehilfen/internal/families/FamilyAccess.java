package de.ikz.fruehehilfen.internal.families;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.ikz.api.persistence.Session;
import de.ikz.api.tenant.Caller;

/**
 * Who may do what with a family of the service: the one place the row rules live, used by every
 * part that keeps data about a family (contacts, assessments, the export). A DS service
 * ({@link FamilyServiceImpl}).
 * <p>
 * The rules:
 * <ul>
 * <li><b>coordinator</b> (of this module): reads and changes every family of the tenant, sees identities;</li>
 * <li><b>professional</b>: reads and changes the families currently assigned to her or his staff record
 * (the staff record whose {@code username} is the login), sees their identities; another
 * professional's family is FORBIDDEN with a reason;</li>
 * <li><b>partner-staff</b>: reads the families its office owns, with identities; changes nothing;
 * another office's family is NOT_FOUND;</li>
 * <li><b>auditor</b>: reads every family, pseudonym only; changes nothing;</li>
 * <li>a platform admin and everybody else: NOT_FOUND (no case data at all).</li>
 * </ul>
 * An unknown family, or one of another tenant, is NOT_FOUND.
 * <p>
 * Methods taking a {@link Session} run inside the caller's transaction (check and write in one);
 * the others open their own. None of them writes an access-log entry: the read or change the
 * caller then does writes its own.
 */
public interface FamilyAccess {

    /** Access-log record prefix of a family: {@code fruehehilfen/family/<id>}. */
    String RECORD_FAMILY = "fruehehilfen/family/";

    /** What a caller may do with one family. */
    enum Level {
        /** Nothing: the family does not exist for the caller. */
        NONE,
        /** Read the pseudonymised case (auditor). */
        PSEUDONYM,
        /** Read the case and the identity (owning office's partner staff). */
        IDENTITY,
        /** Read everything and change (coordinator, assigned professional). */
        WRITE
    }

    /**
     * The family, if the caller may change its records (book a contact, an assessment, …):
     * the coordinator, or the currently assigned professional.
     *
     * @throws de.ikz.api.error.IkzException NOT_FOUND (unknown, other tenant, not visible), FORBIDDEN (visible but
     *                                       not changeable by the caller: another professional's family, a reader role)
     */
    Family requireWritable(Caller caller, String tenantId, String familyId);

    /** As {@link #requireWritable(Caller, String, String)}, inside the caller's transaction. */
    Family requireWritable(Session session, Caller caller, String tenantId, String familyId);

    /**
     * The family, if the caller may read its (pseudonymised) records.
     *
     * @throws de.ikz.api.error.IkzException NOT_FOUND or FORBIDDEN as for {@link #requireWritable}
     */
    Family requireReadable(Caller caller, String tenantId, String familyId);

    /** As {@link #requireReadable(Caller, String, String)}, inside the caller's transaction. */
    Family requireReadable(Session session, Caller caller, String tenantId, String familyId);

    /** What the caller may do with the family. */
    Level level(Caller caller, Family family);

    /** May the caller see the family's identity (and its health fields)? Coordinator, assigned professional, owning office. */
    default boolean seesIdentity(Caller caller, Family family) {
        Level l = level(caller, family);
        return l == Level.IDENTITY || l == Level.WRITE;
    }

    /** As {@link #seesIdentity(Caller, Family)}, inside the caller's transaction (the one rule for identity and health fields). */
    boolean seesIdentity(Session session, Caller caller, String tenantId, Family family);

    /**
     * The families the caller works with, open and closed, by pseudonym: a professional her currently assigned
     * ones, partner staff its office's, a coordinator and an auditor all of the tenant; nobody else any.
     */
    List<Family> ownFamilies(Caller caller, String tenantId);

    /** As {@link #ownFamilies(Caller, String)}, inside the caller's transaction. */
    List<Family> ownFamilies(Session session, Caller caller, String tenantId);

    /**
     * Every family of the tenant, unfiltered, for aggregate figures (reports, measures) that a caller's own
     * service has already authorised. Pseudonymised data only; writes no access-log entry.
     */
    List<Family> allFamilies(Session session, String tenantId);

    /** The staff record of the logged-in professional (its {@code username} is the caller's login), if any. */
    Optional<Staff> staffOf(Caller caller, String tenantId);

    /** As {@link #staffOf(Caller, String)}, inside the caller's transaction. */
    Optional<Staff> staffOf(Session session, Caller caller, String tenantId);

    /** The staff member, if the tenant has it (no rights check: staff records hold work contacts only). */
    Optional<Staff> staff(Session session, String tenantId, String staffId);

    /** Every staff member of the tenant. */
    List<Staff> allStaff(Session session, String tenantId);

    /**
     * Refuses (INVALID on the field) unless the family has a consent covering health data on the day
     * (given on or before, not withdrawn on or before it). Call it before writing any health field.
     *
     * @param field the field named in the refusal, e.g. {@code "burdens"}
     */
    void requireHealthConsent(Session session, String tenantId, String familyId, LocalDate day, String field);

    /** Does the family have a consent covering health data on the day? */
    boolean hasHealthConsent(Session session, String tenantId, String familyId, LocalDate day);
}
