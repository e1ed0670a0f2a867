package de.ikz.fruehehilfen.internal.families;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.input.Input;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Session;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.kit.input.Fields;
import de.ikz.kit.input.Ids;
import de.ikz.kit.text.GermanFormat;

/**
 * Staff, families, identities, consents and assignments on the platform database; the module's
 * {@link FamilyAccess}. Every change runs in one transaction with its access-log entry; input is
 * checked before anything is written. The identity is sealed with the protection part's cipher
 * ({@link Sealer}) before it reaches the database and opened only for a caller who may see it.
 * The DS component is {@link FamilyComponent}.
 */
public class FamilyServiceImpl implements FamilyService {

    static final String RECORD_STAFF = "fruehehilfen/staff/";

    /** Longest contract a staff record accepts, hours per week. */
    static final BigDecimal MAX_HOURS = new BigDecimal("48");

    /** How far ahead an expected birth date may lie (the service starts in pregnancy). */
    static final int MAX_EXPECTED_DAYS = 300;

    private static final String FAMILY_COLUMNS = "f.id, f.pseudonym, f.ags, f.owner_id, f.opened_on, f.referred_by, f.closed_on, "
            + "f.closing_reason, (SELECT a.staff_id FROM fruehehilfen_assignment a WHERE a.tenant_id = :tenant "
            + "AND a.family_id = f.id AND (a.to_on IS NULL OR a.to_on = f.closed_on)) AS staff_id";
    private static final String STAFF_COLUMNS = "id, kind, staff_name, nzfh_completed, nzfh_on, hours_per_week, active_from, "
            + "active_to, username";

    private final Database db;
    private final AuditLog audit;
    private final Offices offices;
    private final Sealer sealer;
    private final Clock clock;

    public FamilyServiceImpl(Database db, AuditLog audit, Offices offices, Sealer sealer, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.offices = offices;
        this.sealer = sealer;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ================================================================== roles

    static boolean coordinator(Caller c) {
        return FamilyRoles.coordinator(c);
    }

    static boolean professional(Caller c) {
        return FamilyRoles.professional(c);
    }

    static boolean partner(Caller c) {
        return FamilyRoles.partner(c);
    }

    static boolean auditor(Caller c) {
        return FamilyRoles.auditor(c);
    }

    private static void requireCoordinator(Caller caller, String tenantId) {
        caller.requireReadable(tenantId);
        if (!coordinator(caller)) {
            throw IkzException.forbidden("only the coordination of module " + ModuleDefinition.ID + " may do this");
        }
    }

    // ================================================================== FamilyAccess

    @Override
    public Level level(Caller caller, Family family) {
        return db.inTransaction(s -> level(s, caller, tenantOf(caller), family));
    }

    private static String tenantOf(Caller caller) {
        return caller.tenantId().orElse(null);
    }

    private Level level(Session s, Caller caller, String tenantId, Family family) {
        if (caller == null || caller.isPlatformAdmin() || tenantId == null || !tenantId.equals(caller.tenantId().orElse(null))) {
            return Level.NONE;
        }
        if (coordinator(caller)) {
            return Level.WRITE;
        }
        if (professional(caller) && family.staffId().isPresent()
                && staffOf(s, caller, tenantId).map(st -> st.id().equals(family.staffId().get())).orElse(false)) {
            return Level.WRITE;
        }
        if (partner(caller) && caller.participantId().map(family.ownerId()::equals).orElse(false)) {
            return Level.IDENTITY;
        }
        if (auditor(caller)) {
            return Level.PSEUDONYM;
        }
        return Level.NONE;
    }

    @Override
    public Family requireWritable(Caller caller, String tenantId, String familyId) {
        return db.inTransaction(s -> requireWritable(s, caller, tenantId, familyId));
    }

    @Override
    public Family requireWritable(Session s, Caller caller, String tenantId, String familyId) {
        Family f = requireReadable(s, caller, tenantId, familyId);
        if (level(s, caller, tenantId, f) != Level.WRITE) {
            throw IkzException.forbidden("Die Familie " + f.pseudonym() + " wird nur gelesen: Änderungen nehmen die "
                    + "Koordination und die zugeordnete Fachkraft vor.");
        }
        return f;
    }

    @Override
    public Family requireReadable(Caller caller, String tenantId, String familyId) {
        return db.inTransaction(s -> requireReadable(s, caller, tenantId, familyId));
    }

    @Override
    public Family requireReadable(Session s, Caller caller, String tenantId, String familyId) {
        caller.requireReadable(tenantId);
        String id = Ids.id("familyId", familyId);
        Family f = find(s.tenant(tenantId), id).orElseThrow(() -> IkzException.notFound("family", id));
        if (level(s, caller, tenantId, f) != Level.NONE) {
            return f;
        }
        if (professional(caller) && !caller.isPlatformAdmin()) {
            throw IkzException.forbidden("Die Familie " + f.pseudonym() + " ist nicht Ihnen zugeordnet: "
                    + "Sie dokumentieren nur für Ihre eigenen Familien.");
        }
        throw IkzException.notFound("family", id);
    }

    @Override
    public List<Family> ownFamilies(Caller caller, String tenantId) {
        return db.inTransaction(s -> ownFamilies(s, caller, tenantId));
    }

    @Override
    public List<Family> ownFamilies(Session s, Caller caller, String tenantId) {
        caller.requireReadable(tenantId);
        if (caller.isPlatformAdmin()) {
            return List.of();
        }
        List<Family> out = new ArrayList<>();
        for (Family f : allFamilies(s, tenantId)) {
            if (level(s, caller, tenantId, f) != Level.NONE) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    public List<Family> allFamilies(Session s, String tenantId) {
        return s.tenant(tenantId).query("SELECT " + FAMILY_COLUMNS + " FROM fruehehilfen_family f WHERE f.tenant_id = :tenant "
                + "ORDER BY f.pseudonym", FamilyServiceImpl::family);
    }

    @Override
    public Optional<Staff> staffOf(Caller caller, String tenantId) {
        return db.inTransaction(s -> staffOf(s, caller, tenantId));
    }

    @Override
    public Optional<Staff> staffOf(Session s, Caller caller, String tenantId) {
        if (caller == null || caller.isPlatformAdmin() || !tenantId.equals(caller.tenantId().orElse(null))) {
            return Optional.empty();
        }
        return s.tenant(tenantId).query("SELECT " + STAFF_COLUMNS + " FROM fruehehilfen_staff WHERE tenant_id = :tenant "
                + "AND username = ? ORDER BY id", FamilyServiceImpl::staff, caller.user()).stream().findFirst();
    }

    @Override
    public Optional<Staff> staff(Session s, String tenantId, String staffId) {
        return s.tenant(tenantId).queryOne("SELECT " + STAFF_COLUMNS + " FROM fruehehilfen_staff WHERE tenant_id = :tenant "
                + "AND id = ?", FamilyServiceImpl::staff, staffId);
    }

    @Override
    public List<Staff> allStaff(Session s, String tenantId) {
        return s.tenant(tenantId).query("SELECT " + STAFF_COLUMNS + " FROM fruehehilfen_staff WHERE tenant_id = :tenant "
                + "ORDER BY staff_name, id", FamilyServiceImpl::staff);
    }

    @Override
    public boolean hasHealthConsent(Session s, String tenantId, String familyId, LocalDate day) {
        return consents(s.tenant(tenantId), familyId).stream().anyMatch(c -> c.covers(ConsentScope.HEALTH_DATA, day));
    }

    @Override
    public void requireHealthConsent(Session s, String tenantId, String familyId, LocalDate day, String field) {
        if (!hasHealthConsent(s, tenantId, familyId, day)) {
            throw IkzException.invalid(field, "Für diese Familie liegt am " + GermanFormat.date(day)
                    + " keine gültige Einwilligung in die Verarbeitung von Gesundheitsdaten vor; "
                    + "erfassen Sie zuerst die Einwilligung.");
        }
    }

    // ================================================================== staff

    @Override
    public List<Staff> staffList(Caller caller, String tenantId) {
        requireStaffReader(caller, tenantId);
        return db.inTransaction(s -> {
            List<Staff> list = allStaff(s, tenantId);
            audit.append(s, caller, tenantId, "READ", AuditLog.listRecord(RECORD_STAFF.substring(0, RECORD_STAFF.length() - 1),
                    list.stream().map(Staff::id).toList()), list.size() + " staff listed");
            return list;
        });
    }

    private static void requireStaffReader(Caller caller, String tenantId) {
        caller.requireReadable(tenantId);
        if (!(coordinator(caller) || auditor(caller) || professional(caller))) {
            throw IkzException.forbidden("staff records are read by the coordination, the professionals and the auditor");
        }
    }

    @Override
    public Staff staffMember(Caller caller, String tenantId, String staffId) {
        requireStaffReader(caller, tenantId);
        String id = Ids.id("staffId", staffId);
        return db.inTransaction(s -> {
            Staff st = staff(s, tenantId, id).orElseThrow(() -> IkzException.notFound("staff", id));
            audit.append(s, caller, tenantId, "READ", RECORD_STAFF + id, "staff record shown");
            return st;
        });
    }

    @Override
    public Staff createStaff(Caller caller, String tenantId, StaffInput in) {
        requireCoordinator(caller, tenantId);
        Staff checked = checkStaff(null, in);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Staff st = checked.withId(Ids.unused(ts, "fruehehilfen_staff", "S"));
            requireFreeUsername(ts, st);
            ts.update("INSERT INTO fruehehilfen_staff (tenant_id, " + STAFF_COLUMNS + ") VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    st.id(), st.kind().name(), st.name(), st.nzfhCompleted(), date(st.nzfhOn()), st.hoursPerWeek(),
                    Date.valueOf(st.activeFrom()), date(st.activeTo()), st.username().orElse(null));
            audit.append(s, caller, tenantId, "CREATE", RECORD_STAFF + st.id(), "staff member " + st.kind().name());
            return st;
        });
    }

    @Override
    public Staff updateStaff(Caller caller, String tenantId, String staffId, StaffInput in) {
        requireCoordinator(caller, tenantId);
        String id = Ids.id("staffId", staffId);
        Staff st = checkStaff(id, in);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            staff(s, tenantId, id).orElseThrow(() -> IkzException.notFound("staff", id));
            requireFreeUsername(ts, st);
            ts.update("UPDATE fruehehilfen_staff SET kind = ?, staff_name = ?, nzfh_completed = ?, nzfh_on = ?, hours_per_week = ?, "
                            + "active_from = ?, active_to = ?, username = ? WHERE tenant_id = :tenant AND id = ?",
                    st.kind().name(), st.name(), st.nzfhCompleted(), date(st.nzfhOn()), st.hoursPerWeek(),
                    Date.valueOf(st.activeFrom()), date(st.activeTo()), st.username().orElse(null), id);
            audit.append(s, caller, tenantId, "UPDATE", RECORD_STAFF + id, "staff record replaced");
            return st;
        });
    }

    private static void requireFreeUsername(TenantSession ts, Staff st) {
        if (st.username().isPresent()) {
            List<String> holders = ts.query("SELECT id FROM fruehehilfen_staff WHERE tenant_id = :tenant AND username = ? AND id <> ?",
                    rs -> rs.getString(1), st.username().get(), st.id());
            if (!holders.isEmpty()) {
                throw IkzException.conflict("username", "Die Anmeldung " + st.username().get()
                        + " gehört bereits zur Fachkraft " + holders.get(0) + ".");
            }
        }
    }

    private Staff checkStaff(String id, StaffInput in) {
        if (in == null) {
            throw IkzException.invalid(null, "staff data required");
        }
        StaffKind kind = Fields.choice("kind", in.kind(), StaffKind.class, null);
        String name = Fields.line("name", in.name(), 200, true);
        boolean nzfh = Boolean.TRUE.equals(in.nzfhCompleted());
        LocalDate nzfhOn = Input.optionalDate("nzfhOn", in.nzfhOn());
        if (nzfh && nzfhOn == null) {
            throw IkzException.invalid("nzfhOn", "Bitte geben Sie an, wann das NZFH-Kompetenzprofil abgeschlossen wurde.");
        }
        if (!nzfh && nzfhOn != null) {
            throw IkzException.invalid("nzfhOn", "Ein Abschlussdatum gibt es nur, wenn das NZFH-Kompetenzprofil abgeschlossen ist.");
        }
        if (nzfhOn != null) {
            Fields.notFuture("nzfhOn", nzfhOn, today());
        }
        if (in.hoursPerWeek() == null || in.hoursPerWeek().isBlank()) {
            throw IkzException.invalid("hoursPerWeek", "hoursPerWeek is required");
        }
        BigDecimal hours = Input.decimal("hoursPerWeek", Input.typed(in.hoursPerWeek()));
        if (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 2) {
            throw IkzException.invalid("hoursPerWeek", "Die Wochenstunden liegen zwischen 0 und 48, mit höchstens zwei Nachkommastellen.");
        }
        LocalDate from = in.activeFrom() == null ? today() : Input.date("activeFrom", in.activeFrom());
        LocalDate to = Input.optionalDate("activeTo", in.activeTo());
        if (to != null) {
            Fields.notBefore("activeTo", to, from, "activeFrom");
        }
        String username = Fields.line("username", in.username(), 100, false);
        if (username != null && !username.matches("[A-Za-z0-9._@-]+")) {
            throw IkzException.invalid("username", "username must be a login name (letters, digits, '.', '_', '@', '-')");
        }
        return new Staff(id, kind, name, nzfh, Optional.ofNullable(nzfhOn), hours.setScale(2), from, Optional.ofNullable(to),
                Optional.ofNullable(username));
    }

    // ================================================================== families

    @Override
    public List<Family> families(Caller caller, String tenantId, FamilyFilter filter) {
        FamilyFilter f = filter == null ? FamilyFilter.ALL : filter;
        String owner = f.ownerId() == null || f.ownerId().isBlank() ? null : Ids.id("owner", f.ownerId());
        return db.inTransaction(s -> {
            List<Family> list = ownFamilies(s, caller, tenantId).stream()
                    .filter(x -> f.open() == null || f.open() != x.closed())
                    .filter(x -> owner == null || owner.equals(x.ownerId()))
                    .toList();
            if (!caller.isPlatformAdmin()) {
                audit.append(s, caller, tenantId, "READ", AuditLog.listRecord("fruehehilfen/family", list.stream().map(Family::id).toList()),
                        list.size() + " families listed (pseudonyms)");
            }
            return list;
        });
    }

    @Override
    public FamilyDetails family(Caller caller, String tenantId, String familyId) {
        return db.inTransaction(s -> {
            Family f = requireReadable(s, caller, tenantId, familyId);
            TenantSession ts = s.tenant(tenantId);
            FamilyDetails d = new FamilyDetails(f, consents(ts, f.id()), assignments(ts, f.id()),
                    hasHealthConsent(s, tenantId, f.id(), today()), seesIdentity(s, caller, tenantId, f));
            audit.append(s, caller, tenantId, "READ", f.record(), "case shown (pseudonymised)");
            return d;
        });
    }

    @Override
    public boolean seesIdentity(Session s, Caller caller, String tenantId, Family f) {
        Level l = level(s, caller, tenantId, f);
        return l == Level.IDENTITY || l == Level.WRITE;
    }

    @Override
    public Family createFamily(Caller caller, String tenantId, FamilyInput in) {
        requireCoordinator(caller, tenantId);
        if (in == null) {
            throw IkzException.invalid(null, "family data required");
        }
        String ags = Fields.ags("ags", in.ags(), true);
        LocalDate opened = Fields.notFuture("openedOn", Input.optionalDate("openedOn", in.openedOn()), today());
        Referral referral = Fields.choice("referredBy", in.referredBy(), Referral.class, null);
        String staffId = in.staffId() == null || in.staffId().isBlank() ? null : Ids.id("staffId", in.staffId());
        Identity identity = in.identity() == null ? null : checkIdentity(in.identity());
        String owner = offices.ownerOf(caller, tenantId, ags, opened, "ags");
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String id = Ids.unused(ts, "fruehehilfen_family", "F");
            if (staffId != null) {
                assignable(s, tenantId, staffId, opened, "staffId");
            }
            String pseudonym = nextPseudonym(ts, opened.getYear());
            ts.update("INSERT INTO fruehehilfen_family (tenant_id, id, pseudonym, ags, owner_id, opened_on, referred_by) "
                    + "VALUES (:tenant, ?, ?, ?, ?, ?, ?)", id, pseudonym, ags, owner, Date.valueOf(opened), referral.name());
            if (staffId != null) {
                ts.update("INSERT INTO fruehehilfen_assignment (tenant_id, id, family_id, staff_id, from_on) VALUES (:tenant, ?, ?, ?, ?)",
                        Ids.unused(ts, "fruehehilfen_assignment", "A"), id, staffId, Date.valueOf(opened));
            }
            if (identity != null) {
                writeIdentity(ts, tenantId, id, identity);
            }
            audit.append(s, caller, tenantId, "CREATE", RECORD_FAMILY + id, "case " + pseudonym + " opened"
                    + (staffId == null ? "" : ", assigned to " + staffId) + (identity == null ? "" : ", identity recorded"));
            return find(ts, id).orElseThrow();
        });
    }

    private String nextPseudonym(TenantSession ts, int year) {
        String prefix = "FH-" + year + "-";
        int max = ts.query("SELECT pseudonym FROM fruehehilfen_family WHERE tenant_id = :tenant AND pseudonym LIKE ?",
                        rs -> rs.getString(1), prefix + "%").stream()
                .mapToInt(p -> {
                    try {
                        return Integer.parseInt(p.substring(prefix.length()));
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }).max().orElse(0);
        return prefix + String.format("%04d", max + 1);
    }

    /** The staff member exists, looks after families (not coordination) and works in the service on the day. */
    private Staff assignable(Session s, String tenantId, String staffId, LocalDate on, String field) {
        Staff st = staff(s, tenantId, staffId).orElseThrow(() -> IkzException.invalid(field, "Die Fachkraft " + staffId
                + " gibt es nicht."));
        if (st.kind() == StaffKind.COORDINATION) {
            throw IkzException.invalid(field, st.name() + " ist in der Koordination tätig; zugeordnet werden Familienhebammen "
                    + "und FGKiKP.");
        }
        if (!st.activeOn(on)) {
            throw IkzException.invalid(field, st.name() + " ist am " + GermanFormat.date(on) + " nicht im Dienst.");
        }
        return st;
    }

    // ------------------------------------------------------------------ identity

    @Override
    public Optional<Identity> identity(Caller caller, String tenantId, String familyId) {
        return db.inTransaction(s -> {
            Family f = requireReadable(s, caller, tenantId, familyId);
            if (!seesIdentity(s, caller, tenantId, f)) {
                throw IkzException.forbidden("Die Identität der Familie " + f.pseudonym() + " sehen nur die zugeordnete Fachkraft, "
                        + "die Koordination und das zuständige Jugendamt.");
            }
            Optional<Identity> id = readIdentity(s.tenant(tenantId), tenantId, f.id());
            audit.append(s, caller, tenantId, "READ", f.record() + "/identity", id.isPresent() ? "identity shown" : "no identity recorded");
            return id;
        });
    }

    @Override
    public Identity putIdentity(Caller caller, String tenantId, String familyId, IdentityInput in) {
        if (in == null) {
            throw IkzException.invalid(null, "identity data required");
        }
        Identity identity = checkIdentity(in);
        return db.inTransaction(s -> {
            Family f = requireWritable(s, caller, tenantId, familyId);
            TenantSession ts = s.tenant(tenantId);
            ts.update("DELETE FROM fruehehilfen_family_identity WHERE tenant_id = :tenant AND family_id = ?", f.id());
            writeIdentity(ts, tenantId, f.id(), identity);
            audit.append(s, caller, tenantId, "UPDATE", f.record() + "/identity", "identity replaced");
            return identity;
        });
    }

    private Identity checkIdentity(IdentityInput in) {
        String mother = Fields.line("motherName", in.motherName(), 200, true);
        String child = Fields.line("childName", in.childName(), 200, false);
        LocalDate birth = Input.optionalDate("childBirthDate", in.childBirthDate());
        if (birth != null && birth.isAfter(today().plusDays(MAX_EXPECTED_DAYS))) {
            throw IkzException.invalid("childBirthDate", "Das (errechnete) Geburtsdatum liegt mehr als " + MAX_EXPECTED_DAYS
                    + " Tage in der Zukunft.");
        }
        String address = Fields.text("address", in.address(), 500, false);
        String phone = Fields.line("phone", in.phone(), 40, false);
        if (phone != null && !phone.matches("[0-9 +()/.-]+")) {
            throw IkzException.invalid("phone", "Die Telefonnummer enthält nur Ziffern, Leerzeichen und + ( ) / . -");
        }
        return new Identity(mother, child, birth, address, phone);
    }

    private void writeIdentity(TenantSession ts, String tenantId, String familyId, Identity i) {
        ts.update("INSERT INTO fruehehilfen_family_identity (tenant_id, family_id, mother_name, child_name, child_birth, address, phone) "
                        + "VALUES (:tenant, ?, ?, ?, ?, ?, ?)", familyId,
                sealer.seal(tenantId, i.motherName()), sealer.seal(tenantId, i.childName()),
                sealer.seal(tenantId, i.childBirthDate() == null ? null : i.childBirthDate().toString()),
                sealer.seal(tenantId, i.address()), sealer.seal(tenantId, i.phone()));
    }

    private Optional<Identity> readIdentity(TenantSession ts, String tenantId, String familyId) {
        return ts.queryOne("SELECT mother_name, child_name, child_birth, address, phone FROM fruehehilfen_family_identity "
                + "WHERE tenant_id = :tenant AND family_id = ?", rs -> {
                    String birth = sealer.open(tenantId, rs.getString(3));
                    return new Identity(sealer.open(tenantId, rs.getString(1)), sealer.open(tenantId, rs.getString(2)),
                            birth == null ? null : LocalDate.parse(birth), sealer.open(tenantId, rs.getString(4)),
                            sealer.open(tenantId, rs.getString(5)));
                }, familyId);
    }

    // ------------------------------------------------------------------ consent

    @Override
    public Consent addConsent(Caller caller, String tenantId, String familyId, ConsentInput in) {
        if (in == null) {
            throw IkzException.invalid(null, "consent data required");
        }
        LocalDate given = Fields.notFuture("givenOn", Input.optionalDate("givenOn", in.givenOn()), today());
        List<String> names = Fields.list("scopes", in.scopes(), 40);
        if (names.isEmpty()) {
            throw IkzException.invalid("scopes", "scopes is required: one or more of " + Fields.names(ConsentScope.class));
        }
        Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        for (String n : names) {
            scopes.add(Fields.choice("scopes", n, ConsentScope.class, null));
        }
        return db.inTransaction(s -> {
            Family f = requireWritable(s, caller, tenantId, familyId);
            Consent c = new Consent(Ids.unused(s.tenant(tenantId), "fruehehilfen_consent", "C"), null, given, scopes, Optional.empty());
            s.tenant(tenantId).update("INSERT INTO fruehehilfen_consent (tenant_id, id, family_id, given_on, scopes) VALUES (:tenant, ?, ?, ?, ?)",
                    c.id(), f.id(), Date.valueOf(given), joinScopes(scopes));
            audit.append(s, caller, tenantId, "CREATE", f.record() + "/consent/" + c.id(), "consent recorded: " + joinScopes(scopes));
            return new Consent(c.id(), f.id(), given, scopes, Optional.empty());
        });
    }

    @Override
    public Consent withdrawConsent(Caller caller, String tenantId, String familyId, String consentId, LocalDate withdrawnOn) {
        String cid = Ids.id("consentId", consentId);
        LocalDate on = Fields.notFuture("withdrawnOn", Input.optionalDate("withdrawnOn", withdrawnOn), today());
        return db.inTransaction(s -> {
            Family f = requireWritable(s, caller, tenantId, familyId);
            TenantSession ts = s.tenant(tenantId);
            Consent c = consents(ts, f.id()).stream().filter(x -> x.id().equals(cid)).findFirst()
                    .orElseThrow(() -> IkzException.notFound("consent", cid));
            if (c.withdrawnOn().isPresent()) {
                throw IkzException.conflict("withdrawnOn", "Die Einwilligung wurde bereits am "
                        + GermanFormat.date(c.withdrawnOn().get()) + " widerrufen.");
            }
            Fields.notBefore("withdrawnOn", on, c.givenOn(), "the consent was given");
            ts.update("UPDATE fruehehilfen_consent SET withdrawn_on = ? WHERE tenant_id = :tenant AND id = ?", Date.valueOf(on), cid);
            audit.append(s, caller, tenantId, "UPDATE", f.record() + "/consent/" + cid, "consent withdrawn");
            return new Consent(cid, f.id(), c.givenOn(), c.scopes(), Optional.of(on));
        });
    }

    private static String joinScopes(Set<ConsentScope> scopes) {
        return scopes.stream().sorted().map(Enum::name).collect(Collectors.joining("|"));
    }

    private static List<Consent> consents(TenantSession ts, String familyId) {
        return ts.query("SELECT id, family_id, given_on, scopes, withdrawn_on FROM fruehehilfen_consent WHERE tenant_id = :tenant "
                + "AND family_id = ? ORDER BY given_on, id", rs -> {
                    Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
                    for (String n : Fields.split(rs.getString(4))) {
                        scopes.add(ConsentScope.valueOf(n));
                    }
                    return new Consent(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), scopes,
                            Optional.ofNullable(rs.getDate(5)).map(Date::toLocalDate));
                }, familyId);
    }

    // ------------------------------------------------------------------ assignment and closing

    @Override
    public Assignment assign(Caller caller, String tenantId, String familyId, AssignmentInput in) {
        requireCoordinator(caller, tenantId);
        if (in == null) {
            throw IkzException.invalid(null, "assignment data required");
        }
        String staffId = Ids.id("staffId", in.staffId());
        LocalDate from = Input.optionalDate("from", in.from());
        return db.inTransaction(s -> {
            Family f = requireWritable(s, caller, tenantId, familyId);
            LocalDate day = from == null ? today() : from;
            if (f.closed()) {
                throw IkzException.conflict("staffId", "Die Familie " + f.pseudonym() + " ist abgeschlossen.");
            }
            Fields.notBefore("from", day, f.openedOn(), "the case opened");
            Staff st = assignable(s, tenantId, staffId, day, "staffId");
            TenantSession ts = s.tenant(tenantId);
            Optional<Assignment> current = assignments(ts, f.id()).stream().filter(a -> a.to().isEmpty()).findFirst();
            if (current.isPresent()) {
                if (current.get().staffId().equals(staffId)) {
                    throw IkzException.conflict("staffId", "Die Familie " + f.pseudonym() + " ist " + st.name() + " bereits zugeordnet.");
                }
                if (!day.isAfter(current.get().from())) {
                    throw IkzException.invalid("from", "Die neue Zuordnung muss nach dem Beginn der bisherigen ("
                            + GermanFormat.date(current.get().from()) + ") beginnen.");
                }
                ts.update("UPDATE fruehehilfen_assignment SET to_on = ? WHERE tenant_id = :tenant AND id = ?",
                        Date.valueOf(day.minusDays(1)), current.get().id());
            }
            Assignment a = new Assignment(Ids.unused(ts, "fruehehilfen_assignment", "A"), f.id(), staffId, day, Optional.empty());
            ts.update("INSERT INTO fruehehilfen_assignment (tenant_id, id, family_id, staff_id, from_on) VALUES (:tenant, ?, ?, ?, ?)",
                    a.id(), f.id(), staffId, Date.valueOf(day));
            audit.append(s, caller, tenantId, "UPDATE", f.record(), "assigned to staff " + staffId + " from " + day);
            return a;
        });
    }

    @Override
    public Family close(Caller caller, String tenantId, String familyId, ClosingInput in) {
        if (in == null) {
            throw IkzException.invalid(null, "closing data required");
        }
        LocalDate closed = Fields.notFuture("closedOn", Input.optionalDate("closedOn", in.closedOn()), today());
        ClosingReason reason = Fields.choice("reason", in.reason(), ClosingReason.class, null);
        return db.inTransaction(s -> {
            Family f = requireWritable(s, caller, tenantId, familyId);
            if (f.closed()) {
                throw IkzException.conflict("closedOn", "Die Familie " + f.pseudonym() + " wurde bereits am "
                        + GermanFormat.date(f.closedOn().get()) + " abgeschlossen.");
            }
            Fields.notBefore("closedOn", closed, f.openedOn(), "the case opened");
            TenantSession ts = s.tenant(tenantId);
            // the visits part's contacts: a case never closes before a contact it documents
            Optional<LocalDate> lastContact = ts.query("SELECT MAX(contact_on) FROM fruehehilfen_contact WHERE tenant_id = :tenant "
                    + "AND family_id = ?", rs -> Optional.ofNullable(rs.getDate(1)).map(Date::toLocalDate), f.id()).get(0);
            if (lastContact.isPresent() && closed.isBefore(lastContact.get())) {
                throw IkzException.invalid("closedOn", "Der letzte Kontakt mit der Familie war am " + GermanFormat.date(lastContact.get())
                        + "; die Begleitung kann nicht davor abgeschlossen werden.");
            }
            Optional<Assignment> current = assignments(ts, f.id()).stream().filter(a -> a.to().isEmpty()).findFirst();
            if (current.isPresent()) {
                Fields.notBefore("closedOn", closed, current.get().from(), "the current assignment began");
                ts.update("UPDATE fruehehilfen_assignment SET to_on = ? WHERE tenant_id = :tenant AND id = ?",
                        Date.valueOf(closed), current.get().id());
            }
            ts.update("UPDATE fruehehilfen_family SET closed_on = ?, closing_reason = ? WHERE tenant_id = :tenant AND id = ?",
                    Date.valueOf(closed), reason.name(), f.id());
            audit.append(s, caller, tenantId, "UPDATE", f.record(), "case closed: " + reason.name());
            return new Family(f.id(), f.pseudonym(), f.ags(), f.ownerId(), f.openedOn(), f.referredBy(), Optional.of(closed),
                    Optional.of(reason), f.staffId());
        });
    }

    static List<Assignment> assignments(TenantSession ts, String familyId) {
        return ts.query("SELECT id, family_id, staff_id, from_on, to_on FROM fruehehilfen_assignment WHERE tenant_id = :tenant "
                        + "AND family_id = ? ORDER BY from_on, id",
                rs -> new Assignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        Optional.ofNullable(rs.getDate(5)).map(Date::toLocalDate)), familyId);
    }

    // ================================================================== rows

    private static Optional<Family> find(TenantSession ts, String id) {
        return ts.queryOne("SELECT " + FAMILY_COLUMNS + " FROM fruehehilfen_family f WHERE f.tenant_id = :tenant AND f.id = ?",
                FamilyServiceImpl::family, id);
    }

    private static Family family(ResultSet rs) throws SQLException {
        return new Family(rs.getString("id"), rs.getString("pseudonym"), rs.getString("ags"), rs.getString("owner_id"),
                rs.getDate("opened_on").toLocalDate(), Referral.valueOf(rs.getString("referred_by")),
                Optional.ofNullable(rs.getDate("closed_on")).map(Date::toLocalDate),
                Optional.ofNullable(rs.getString("closing_reason")).map(ClosingReason::valueOf),
                Optional.ofNullable(rs.getString("staff_id")));
    }

    private static Staff staff(ResultSet rs) throws SQLException {
        return new Staff(rs.getString("id"), StaffKind.valueOf(rs.getString("kind")), rs.getString("staff_name"),
                rs.getBoolean("nzfh_completed"), Optional.ofNullable(rs.getDate("nzfh_on")).map(Date::toLocalDate),
                rs.getBigDecimal("hours_per_week").setScale(2), rs.getDate("active_from").toLocalDate(),
                Optional.ofNullable(rs.getDate("active_to")).map(Date::toLocalDate), Optional.ofNullable(rs.getString("username")));
    }

    private static Date date(Optional<LocalDate> d) {
        return d.map(Date::valueOf).orElse(null);
    }
}
