package de.ikz.persistence.internal;

import java.time.Instant;
import java.util.List;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Session;
import de.ikz.api.tenant.Caller;

/**
 * The access log as far as bundle tests need it (shared through this test jar): entries go into a table inside the
 * caller's transaction, so a rolled-back change leaves no entry (as with the core's log).
 */
public final class TableAuditLog implements AuditLog {

    private final Database db;

    public TableAuditLog(Database db) {
        this.db = db;
        db.inTransaction(s -> s.update("CREATE TABLE test_audit (seq INTEGER NOT NULL, username VARCHAR(100) NOT NULL, "
                + "audit_tenant VARCHAR(40), action VARCHAR(40) NOT NULL, record VARCHAR(300) NOT NULL, reason VARCHAR(2000))"));
    }

    @Override
    public AuditEntry append(Session s, Caller caller, String tenantId, String action, String record, String reason) {
        int seq = s.queryOne("SELECT COUNT(*) FROM test_audit", rs -> rs.getInt(1)).orElse(0) + 1;
        s.update("INSERT INTO test_audit (seq, username, audit_tenant, action, record, reason) VALUES (?, ?, ?, ?, ?, ?)",
                seq, caller.user(), tenantId, action, record, reason);
        return new AuditEntry(seq, Instant.now(), caller.user(), tenantId, action, record, reason, caller.address(), "", "");
    }

    @Override
    public AuditEntry append(Caller caller, String tenantId, String action, String record, String reason) {
        return db.inTransaction(s -> append(s, caller, tenantId, action, record, reason));
    }

    @Override
    public List<AuditEntry> list(Caller caller, String tenantId, int limit) {
        return db.inTransaction(s -> s.query("SELECT seq, username, audit_tenant, action, record, reason FROM test_audit ORDER BY seq",
                rs -> new AuditEntry(rs.getInt(1), Instant.EPOCH, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), "test", "", "")));
    }

    /** Every entry, oldest first. */
    public List<AuditEntry> all() {
        return list(null, null, Integer.MAX_VALUE);
    }

    @Override
    public Verification verify() {
        throw new UnsupportedOperationException("the test log has no chain");
    }
}
