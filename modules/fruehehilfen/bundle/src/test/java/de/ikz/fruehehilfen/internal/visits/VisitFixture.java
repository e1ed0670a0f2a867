package de.ikz.fruehehilfen.internal.visits;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.StaffInput;
import de.ikz.fruehehilfen.internal.families.FamilyServiceImpl;
import de.ikz.fruehehilfen.internal.families.Offices;
import de.ikz.fruehehilfen.internal.families.Sealer;
import de.ikz.fruehehilfen.internal.families.Staff;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.Callers;
import de.ikz.testkit.MovableClock;

/**
 * The services of the visits part over a migrated database, with the families part's real service,
 * two youth offices (Erkelenz, the district) and a stand-in cipher; for the contract and the screens.
 */
public final class VisitFixture {

    public static final String T = "kreis-hs";
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    public static final String ERKELENZ = "05370004";
    public static final String GANGELT = "05370012";
    public static final String JA_ERKELENZ = "ja-erkelenz";
    public static final String JA_KREIS = "ja-kreis";

    public static final Caller COORDINATOR = Callers.coordinator(T, ModuleDefinition.ID);
    public static final Caller HANNA = Callers.moduleRole(T, "hanna", ModuleDefinition.ID, ModuleDefinition.PROFESSIONAL);
    public static final Caller PETRA = Callers.moduleRole(T, "petra", ModuleDefinition.ID, ModuleDefinition.PROFESSIONAL);

    /**
     * Stands in for the protection part's AES-GCM cipher: hex of the tenant and the text, so the stored value is never the
     * plain text and opens only for its tenant.
     */
    static final Sealer HEX_SEALER = new Sealer() {
        @Override
        public String seal(String tenantId, String plain) {
            return plain == null ? null : "hex:" + HexFormat.of().formatHex((tenantId + "/" + plain).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String open(String tenantId, String sealed) {
            if (sealed == null) {
                return null;
            }
            String s = new String(HexFormat.of().parseHex(sealed.substring(4)), StandardCharsets.UTF_8);
            if (!s.startsWith(tenantId + "/")) {
                throw new IllegalStateException("not sealed for this tenant");
            }
            return s.substring(tenantId.length() + 1);
        }
    };

    static final Offices OFFICES = new Offices() {
        private final Map<String, String> owners = Map.of(ERKELENZ, JA_ERKELENZ, GANGELT, JA_KREIS);

        @Override
        public String ownerOf(Caller caller, String tenantId, String ags, LocalDate on, String field) {
            String o = owners.get(ags);
            if (o == null) {
                throw IkzException.invalid(field, "no youth office for " + ags);
            }
            return o;
        }

        @Override
        public List<Participant> offices(Caller caller, String tenantId) {
            return List.of(new Participant(JA_ERKELENZ, ParticipantKind.YOUTH_OFFICE, "Stadtjugendamt Erkelenz", null, null, List.of()),
                    new Participant(JA_KREIS, ParticipantKind.YOUTH_OFFICE, "Kreisjugendamt Heinsberg", null, null, List.of()));
        }
    };

    final TableAuditLog audit;
    final FamilyServiceImpl families;
    final VisitServiceImpl visits;

    public VisitFixture(JdbcDatabase db, MovableClock clock) {
        audit = new TableAuditLog(db);
        families = new FamilyServiceImpl(db, audit, OFFICES, HEX_SEALER, clock);
        visits = new VisitServiceImpl(db, audit, families, HEX_SEALER, clock, VisitLimits.DEFAULTS);
    }

    public Staff staff(String kind, String name, String username) {
        return families.createStaff(COORDINATOR, T, new StaffInput(kind, name, true, TODAY.minusYears(1), "19.5",
                TODAY.minusYears(3), null, username));
    }

    public VisitServiceImpl visits() {
        return visits;
    }

    public FamilyServiceImpl families() {
        return families;
    }

    /** The families part's row rules (its service). */
    public de.ikz.fruehehilfen.internal.families.FamilyAccess access() {
        return families;
    }

    /** A family referred by the clinic. */
    public Family family(String ags, LocalDate openedOn, Staff staff) {
        return family(ags, openedOn, "CLINIC", staff);
    }

    public Family family(String ags, LocalDate openedOn, String referredBy, Staff staff) {
        return families.createFamily(COORDINATOR, T, new FamilyInput(ags, openedOn, referredBy, staff == null ? null : staff.id(),
                null));
    }
}
