package ${package}.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.RowMapper;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.input.Fields;
import de.ikz.kit.input.Ids;
import ${package}.internal.ModuleDefinition;
import ${package}.internal.domain.Entry;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Entries in the table {@code ${tablePrefix}_entries}, reached only through
 * {@code Session.tenant(id)} with the {@code :tenant} marker. Every change and every read writes
 * its access-log entry inside the same transaction: both commit or neither does.
 */
@Component(service = Entries.class)
public final class EntriesImpl implements Entries {

    /** Access-log record of one entry: {@code ${moduleId}/entry/<id>}. */
    static final String RECORD = ModuleDefinition.ID + "/entry";

    private static final RowMapper<Entry> ROW = rs -> new Entry(rs.getString("id"), rs.getString("title"),
            rs.getString("note"), rs.getDate("recorded_on").toLocalDate(), rs.getString("created_by"));

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public EntriesImpl(@Reference Schema schema, @Reference Database db, @Reference AuditLog audit) {
        this(db, audit, Clock.systemDefaultZone());
    }

    /** For tests: a clock of their own. */
    public EntriesImpl(Database db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Entry> list(Caller caller, String tenantId) {
        caller.requireReadable(tenantId);
        return db.inTransaction(s -> {
            List<Entry> entries = s.tenant(tenantId).query(
                    "SELECT * FROM ${tablePrefix}_entries WHERE tenant_id = :tenant ORDER BY recorded_on DESC, id", ROW);
            audit.append(s, caller, tenantId, "READ", AuditLog.listRecord(RECORD, entries.stream().map(Entry::id).toList()),
                    null);
            return entries;
        });
    }

    @Override
    public Entry get(Caller caller, String tenantId, String id) {
        caller.requireReadable(tenantId);
        String entryId = Ids.id("id", id);
        return db.inTransaction(s -> {
            Entry e = s.tenant(tenantId).queryOne(
                    "SELECT * FROM ${tablePrefix}_entries WHERE tenant_id = :tenant AND id = ?", ROW, entryId)
                    .orElseThrow(() -> IkzException.notFound("entry", entryId));
            audit.append(s, caller, tenantId, "READ", RECORD + "/" + e.id(), null);
            return e;
        });
    }

    @Override
    public Entry create(Caller caller, String tenantId, Entry.Input input) {
        caller.requireReadable(tenantId);
        if (input == null) {
            throw IkzException.invalid("body", "a JSON body with the entry is required");
        }
        // check everything before changing anything
        String title = Fields.line("title", input.title(), Entry.TITLE_MAX, true);
        String note = Fields.text("note", input.note(), Entry.NOTE_MAX, false);
        return db.inTransaction(s -> {
            // the id is drawn in the transaction that inserts the row: Ids.unused draws again while the table has it
            Entry e = new Entry(Ids.unused(s.tenant(tenantId), "${tablePrefix}_entries", "E"), title, note, LocalDate.now(clock),
                    caller.user());
            s.tenant(tenantId).update("INSERT INTO ${tablePrefix}_entries (tenant_id, id, title, note, recorded_on, created_by) "
                    + "VALUES (:tenant, ?, ?, ?, ?, ?)", e.id(), e.title(), e.note(), e.recordedOn(),
                    e.createdBy());
            audit.append(s, caller, tenantId, "CREATE", RECORD + "/" + e.id(), null);
            return e;
        });
    }
}
