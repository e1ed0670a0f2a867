package de.ikz.fruehehilfen.internal.protection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.document.Block;
import de.ikz.api.document.DocumentInfo;
import de.ikz.api.document.DocumentService;
import de.ikz.api.document.Field;
import de.ikz.api.document.Report;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleRoles;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.db.Schema;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyAccess;
import de.ikz.fruehehilfen.internal.protection.FamilyTables.FamilyTable;
import de.ikz.kit.text.GermanFormat;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the module holds about one family, for the owning youth office (GDPR Art. 15): every
 * row of every table in {@link FamilyTables} with its sealed fields opened, as data (JSON) or as a
 * PDF/A report through the platform's {@link DocumentService}. Generic over the registry: a table a
 * part adds there is exported without a change here. Only the coordination and the owning office's
 * partner staff (the row rule of the families part's {@link FamilyAccess}, then the export's own);
 * the export is one READ entry in the access log, in the transaction that reads it.
 */
@Component(service = FamilyExport.class)
public class FamilyExport {

    private static final Logger LOG = LoggerFactory.getLogger(FamilyExport.class);
    /** Shown in place of a sealed value that does not open (the reason is in the log, with the row). */
    static final String UNREADABLE = "(nicht lesbar)";

    /** The rows of one table: column name to value as text (ISO dates and instants, decimals as written). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "fruehehilfenExportTable")
    public record TableRows(String table, String title, List<Map<String, String>> rows) {
    }

    /** The export of one family. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "fruehehilfenFamilyExport")
    public record Export(String familyId, String pseudonym, String ownerId, Instant exportedAt, List<TableRows> tables) {
    }

    /** The name of a youth office for the document's author line. */
    @FunctionalInterface
    public interface OfficeNames {
        String nameOf(Caller caller, String tenantId, String participantId);
    }

    private final Database db;
    private final AuditLog audit;
    private final FamilyAccess access;
    private final FieldCipher cipher;
    private final DocumentService documents;
    private final OfficeNames offices;
    private final Clock clock;

    @Activate
    public FamilyExport(@Reference Database db, @Reference AuditLog audit, @Reference FamilyAccess access,
                        @Reference FieldCipher cipher, @Reference DocumentService documents,
                        @Reference ParticipantService participants, @Reference Schema schema) {
        this(db, audit, access, cipher, documents, (caller, tenantId, id) -> {
            try {
                return participants.find(caller, tenantId, id).map(Participant::name).orElse(id);
            } catch (IkzException e) {
                return id;
            }
        }, Clock.systemDefaultZone());
    }

    FamilyExport(Database db, AuditLog audit, FamilyAccess access, FieldCipher cipher, DocumentService documents,
                        OfficeNames offices, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.cipher = cipher;
        this.documents = documents;
        this.offices = offices;
        this.clock = clock;
    }

    /**
     * The export as data.
     *
     * @param format what it is for, named in the access-log entry ("json", "pdf")
     * @throws IkzException NOT_FOUND (unknown, another tenant's, another office's family), FORBIDDEN (a caller who may
     *                      read the case but not export it: professional, auditor)
     */
    public Export export(Caller caller, String tenantId, String familyId, String format) {
        return db.inTransaction(s -> {
            Family family = access.requireReadable(s, caller, tenantId, familyId);
            boolean coordinator = ModuleRoles.holds(caller, ModuleDefinition.ID, ModuleDefinition.COORDINATOR);
            boolean owningOffice = ModuleRoles.holds(caller, ModuleDefinition.ID, ModuleDefinition.PARTNER_STAFF)
                    && caller.participantId().map(family.ownerId()::equals).orElse(false);
            if (!coordinator && !owningOffice) {
                throw IkzException.forbidden("the export of everything held about a family (GDPR Art. 15) is for the "
                        + "coordination and the staff of the family's youth office");
            }
            TenantSession ts = s.tenant(tenantId);
            List<TableRows> tables = new ArrayList<>();
            int rows = 0;
            for (int i = FamilyTables.ALL.size() - 1; i >= 0; i--) {
                FamilyTable t = FamilyTables.ALL.get(i);
                List<Map<String, String>> r = rows(ts, tenantId, t, family.id());
                rows += r.size();
                tables.add(new TableRows(t.table(), t.title(), r));
            }
            audit.append(s, caller, tenantId, "READ", family.record(), "GDPR Art. 15 export (" + format + "): " + rows
                    + " row(s) of " + tables.size() + " table(s)");
            return new Export(family.id(), family.pseudonym(), family.ownerId(), Instant.now(clock), tables);
        });
    }

    private List<Map<String, String>> rows(TenantSession ts, String tenantId, FamilyTable t, String familyId) {
        return ts.query("SELECT * FROM " + t.table() + " WHERE tenant_id = :tenant AND " + t.familyColumn() + " = ? ORDER BY "
                + String.join(", ", t.keyColumns()), rs -> row(rs, tenantId, t), familyId);
    }

    private Map<String, String> row(ResultSet rs, String tenantId, FamilyTable t) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 1; c <= md.getColumnCount(); c++) {
            String name = md.getColumnLabel(c).toLowerCase(Locale.ROOT);
            if (name.equals("tenant_id")) {
                continue;
            }
            String value = text(rs.getObject(c));
            if (value != null && t.sealed().contains(name)) {
                try {
                    value = cipher.open(tenantId, value);
                } catch (SealedValueException e) {
                    LOG.error("Frühe Hilfen export: tenant {}, table {}, column {} of family {}: {}", tenantId, t.table(), name,
                            rs.getString(t.familyColumn()), e.getMessage());
                    value = UNREADABLE;
                }
            }
            row.put(name, value);
        }
        return row;
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return v.toString();
    }

    /** The export as a PDF/A report (one READ entry, as for JSON). */
    public byte[] pdf(Caller caller, String tenantId, String familyId) {
        Export e = export(caller, tenantId, familyId, "pdf");
        String office = offices.nameOf(caller, tenantId, e.ownerId());
        return documents.render(report(e, office), DocumentService.Format.PDF);
    }

    /** German labels of the columns the PDF shows; a column not listed keeps its name (the export stays complete). */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("id", "Kennung"), Map.entry("family_id", "Fall"), Map.entry("pseudonym", "Pseudonym"),
            Map.entry("ags", "Gemeinde (AGS)"), Map.entry("owner_id", "Zuständiges Jugendamt"), Map.entry("opened_on", "Beginn"),
            Map.entry("referred_by", "Zugang über"), Map.entry("closed_on", "Abschluss"), Map.entry("closing_reason", "Abschlussgrund"),
            Map.entry("mother_name", "Name der Mutter"), Map.entry("child_name", "Name des Kindes"),
            Map.entry("child_birth", "Geburtsdatum des Kindes"), Map.entry("address", "Anschrift"), Map.entry("phone", "Telefon"),
            Map.entry("given_on", "Erteilt am"), Map.entry("scopes", "Umfang"), Map.entry("withdrawn_on", "Widerrufen am"),
            Map.entry("staff_id", "Fachkraft"), Map.entry("from_on", "Von"), Map.entry("to_on", "Bis"),
            Map.entry("contact_on", "Datum"), Map.entry("minutes", "Dauer (Minuten)"), Map.entry("place", "Ort"),
            Map.entry("kind", "Art"), Map.entry("categories", "Inhalte"), Map.entry("referrals", "Vermittlungen"),
            Map.entry("recorded_by", "Erfasst von"), Map.entry("recorded_at", "Erfasst am"), Map.entry("recorded_on", "Stand"),
            Map.entry("factors", "Ressourcen und Belastungen"), Map.entry("phase", "Zeitpunkt"),
            Map.entry("assessed_on", "Datum der Einschätzung"), Map.entry("household", "Haushaltsführung"),
            Map.entry("external_support", "Externe Unterstützung"), Map.entry("internal_support", "Familiäre Unterstützung"),
            Map.entry("self_care", "Selbstfürsorge"), Map.entry("child_care", "Versorgung des Kindes"),
            Map.entry("interaction", "Eltern-Kind-Interaktion"));

    /** The document: one section per table, one block of fields per row, empty tables said so. */
    static Report report(Export e, String office) {
        String day = GermanFormat.date(e.exportedAt().atZone(ZoneId.systemDefault()).toLocalDate());
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph("Diese Auskunft enthält alle Daten, die das Modul Frühe Hilfen zu der Familie "
                + e.pseudonym() + " speichert (Art. 15 DSGVO), Stand " + day + ". Verschlüsselt gespeicherte Angaben "
                + "(Identität, Gesundheitsdaten) sind entschlüsselt wiedergegeben. Die Zugriffe auf die Daten der Familie "
                + "verzeichnet das Zugriffsprotokoll der Plattform."));
        body.add(Block.fields(List.of(new Field("Pseudonym", e.pseudonym()), new Field("Fall", e.familyId()),
                new Field("Zuständiges Jugendamt", office), new Field("Stand", day))));
        for (TableRows t : e.tables()) {
            body.add(Block.heading(t.title() + " (" + t.rows().size() + ")"));
            if (t.rows().isEmpty()) {
                body.add(Block.paragraph("Keine Einträge."));
            }
            int n = 0;
            for (Map<String, String> row : t.rows()) {
                n++;
                if (t.rows().size() > 1) {
                    body.add(Block.paragraph("Eintrag " + n + " von " + t.rows().size()));
                }
                List<Field> fields = new ArrayList<>();
                row.forEach((k, v) -> fields.add(new Field(LABELS.getOrDefault(k, k), v == null ? "–" : v)));
                body.add(Block.fields(fields));
            }
        }
        String file = "auskunft-" + e.pseudonym().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        DocumentInfo info = new DocumentInfo("Auskunft nach Art. 15 DSGVO – Familie " + e.pseudonym(), office, e.exportedAt(),
                "de", file);
        return new Report(info, null, "Auskunft nach Art. 15 DSGVO", "Familie " + e.pseudonym() + ", Fall " + e.familyId()
                + ", Stand " + day, false, body, "Vertraulich: enthält Gesundheitsdaten (Art. 9 DSGVO)", null);
    }
}
