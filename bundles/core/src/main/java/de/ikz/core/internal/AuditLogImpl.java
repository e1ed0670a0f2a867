package de.ikz.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Session;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Hash-chained access log: entry n stores hash(n) = SHA-256(hash(n-1) | fields of n). Editing,
 * deleting or reordering any committed entry breaks the chain at that entry, which
 * {@link #verify()} reports. The log has no update or delete path.
 */
@Component(service = AuditLog.class)
public final class AuditLogImpl implements AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 1000;

    private final Database db;

    @Activate
    public AuditLogImpl(@Reference Database db, @Reference CoreSchema schema) {
        this.db = db;
    }

    @Override
    public AuditEntry append(Session s, Caller caller, String tenantId, String action, String record, String reason) {
        // taking the head row's lock first serialises appenders; the chain stays linear
        s.update("UPDATE ikz_audit_head SET seq = seq + 1 WHERE id = 1");
        long seq = s.queryOne("SELECT seq FROM ikz_audit_head WHERE id = 1", rs -> rs.getLong(1)).orElseThrow();
        String prev = s.queryOne("SELECT hash FROM ikz_audit_head WHERE id = 1", rs -> rs.getString(1)).orElseThrow();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String reasonText = reason == null ? null : truncate(reason, 500);
        String address = truncate(caller.address() == null ? "" : caller.address(), 100);
        String hash = hash(prev, seq, at, caller.user(), tenantId, action, record, reasonText, address);
        s.update("INSERT INTO ikz_audit (seq, logged_at, username, audit_tenant, action, record, reason, address, prev_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seq, at, caller.user(), tenantId, action, truncate(record, 300),
                reasonText, address, prev, hash);
        s.update("UPDATE ikz_audit_head SET hash = ? WHERE id = 1", hash);
        return new AuditEntry(seq, at, caller.user(), tenantId, action, record, reasonText, address, prev, hash);
    }

    @Override
    public AuditEntry append(Caller caller, String tenantId, String action, String record, String reason) {
        return db.inTransaction(s -> append(s, caller, tenantId, action, record, reason));
    }

    @Override
    public List<AuditEntry> list(Caller caller, String tenantId, int limit) {
        boolean platform = caller.isPlatformAdmin();
        if (!platform && !(caller.has(PlatformRole.AUDITOR) || caller.has(PlatformRole.TENANT_ADMIN))) {
            throw IkzException.forbidden("reading the access log needs the auditor or tenant-admin role");
        }
        String tenant = platform ? tenantId : caller.tenantId().orElseThrow(
                () -> IkzException.forbidden("user has no tenant"));
        if (!platform && tenantId != null && !tenantId.equals(tenant)) {
            throw IkzException.notFound("tenant", tenantId);
        }
        int n = Math.max(1, Math.min(limit, 1000));
        String where = tenant == null ? "" : " WHERE audit_tenant = ?";
        Object[] params = tenant == null ? new Object[0] : new Object[] {tenant};
        return db.inTransaction(s -> s.query("SELECT * FROM ikz_audit" + where + " ORDER BY seq DESC FETCH FIRST "
                + n + " ROWS ONLY", AuditLogImpl::map, params));
    }

    @Override
    public Verification verify() {
        return db.inTransaction(s -> {
            String prev = GENESIS;
            long expected = 1;
            long checked = 0;
            while (true) {
                List<AuditEntry> page = s.query("SELECT * FROM ikz_audit WHERE seq >= ? ORDER BY seq FETCH FIRST "
                        + PAGE + " ROWS ONLY", AuditLogImpl::map, expected);
                for (AuditEntry e : page) {
                    checked++;
                    if (e.seq() != expected) {
                        return new Verification(checked, Optional.of(expected), "entry " + expected + " is missing");
                    }
                    if (!e.prevHash().equals(prev)) {
                        return new Verification(checked, Optional.of(e.seq()), "does not link to the entry before it");
                    }
                    String h = hash(prev, e.seq(), e.at(), e.user(), e.tenantId(), e.action(), e.record(), e.reason(), e.address());
                    if (!h.equals(e.hash())) {
                        return new Verification(checked, Optional.of(e.seq()), "content does not match its hash (entry was altered)");
                    }
                    prev = e.hash();
                    expected++;
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            long last = expected - 1;
            String lastHash = prev;
            var head = s.queryOne("SELECT seq, hash FROM ikz_audit_head WHERE id = 1",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)}).orElseThrow();
            if ((long) head[0] != last || !lastHash.equals(head[1])) {
                return new Verification(checked, Optional.of(last + 1),
                        "the chain ends at entry " + last + " but the head says " + head[0] + " (entries were removed at the end)");
            }
            return new Verification(checked, Optional.empty(), "intact");
        });
    }

    static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("logged_at").toInstant(), rs.getString("username"),
                rs.getString("audit_tenant"), rs.getString("action"), rs.getString("record"), rs.getString("reason"),
                rs.getString("address"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    static String hash(String prev, long seq, Instant at, String user, String tenant, String action, String record,
                       String reason, String address) {
        String canonical = String.join("\u001f", prev, Long.toString(seq), at.toString(), nz(user), nz(tenant),
                nz(action), nz(record), nz(reason), nz(address));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
