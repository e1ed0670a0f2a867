package de.ikz.core.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Session;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log: one chain over all tenants. Entry n stores mac(n) = HMAC-SHA256(key, mac(n-1) |
 * fields of n) with a key kept outside the database ({@link AuditKey}); editing, deleting or
 * reordering an entry breaks the chain at that entry, and without the key nobody can recompute
 * it. Entries written before the keyed chain existed (chain version 1, unkeyed SHA-256) are
 * verified as before up to the anchor ({@code ikz_audit_anchor}, signed with the key), which
 * pins the legacy head that the first keyed entry links to. The head is checkpointed to a file
 * outside the database ({@link AuditCheckpoints}); removing the newest entries leaves a
 * checkpoint beyond the chain's end. Times are UTC epoch milliseconds. The chain is verified at
 * start and on a schedule; the newest result feeds the health report. The log has no update or
 * delete path.
 */
@Component(service = AuditLog.class, immediate = true, configurationPid = AuditLogImpl.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = AuditLogImpl.Config.class)
public final class AuditLogImpl implements AuditLog {

    static final String PID = "de.ikz.audit";
    static final String GENESIS = "0".repeat(64);
    static final String PLATFORM = "platform";
    static final String MODULE = "module";
    /**
     * Record types ("type/id") the platform itself writes; any other record belongs to a
     * cooperation module (modules name theirs "module-id/type/id") and is shown to the tenant's
     * auditors only. A new platform record type must be added here, or tenant admins do not see it.
     */
    static final Set<String> PLATFORM_RECORDS = Set.of("tenant", "tenants", "user", "users", "participant", "participants",
            "register", "agreement", "agreements", "allocation", "allocations", "audit", "database", "module", "modules",
            "platform", "login", "settlement", "settlements", "document", "documents", "grant", "grants", "role", "roles",
            "backup", "contact", "contacts", "jurisdiction", "jurisdictions", "figure", "figures", "run", "runs");
    private static final int LEGACY = 1;
    private static final int KEYED = 2;
    private static final int PAGE = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(AuditLogImpl.class);

    @ObjectClassDefinition(name = "IKZ access log", description = "Key, checkpoints and verification schedule of the access log")
    public @interface Config {
        @AttributeDefinition(description = "File with the access log's MAC key; empty: ikz-audit.key in Karaf's etc folder. "
                + "Created at first start, owner-only. Back it up: without it the access log cannot be verified.")
        String keyFile() default "";

        @AttributeDefinition(description = "Append-only file for signed checkpoints of the chain's head; empty: "
                + "audit/checkpoints.log in Karaf's data folder")
        String checkpointFile() default "";

        @AttributeDefinition(description = "Minutes between full verifications of the chain (one also runs at start); 0: only at start")
        long verifyIntervalMinutes() default 15;

        @AttributeDefinition(description = "Minutes between checkpoints of the chain's head; 0: only at start")
        long checkpointIntervalMinutes() default 5;
    }

    /** Where the keyed chain starts: the legacy head it links to, signed with the key. */
    record Anchor(long legacySeq, String legacyHash, String keyId, long createdMs, String mac) {
        static String body(long legacySeq, String legacyHash, String keyId, long createdMs) {
            return "ikz-audit-anchor|" + legacySeq + "|" + legacyHash + "|" + keyId + "|" + createdMs;
        }
    }

    /** The chain's head: the newest entry's sequence number and MAC. */
    private record Head(long seq, String hash) {
    }

    /** An entry as stored, with the columns the API does not show. */
    private record Row(AuditEntry entry, long ms, int version, String scope) {
    }

    private final Database db;
    private final AuditKey key;
    private final AuditCheckpoints checkpoints;
    private final ScheduledExecutorService scheduler;
    private volatile Verification last;
    private Checkpoint lastCheckpoint;

    /** The service: key and checkpoints from the configuration, verification at start and on a schedule. */
    @Activate
    public AuditLogImpl(@Reference Database db, @Reference CoreSchema schema, Config config) {
        this(db, AuditKey.loadOrCreate(keyFile(config)), new AuditCheckpoints(checkpointFile(config)), true);
        scheduler.schedule(() -> verifyAndCheckpoint(true), 0, TimeUnit.SECONDS);
        if (config.verifyIntervalMinutes() > 0) {
            scheduler.scheduleWithFixedDelay(() -> verifyAndCheckpoint(false), config.verifyIntervalMinutes(),
                    config.verifyIntervalMinutes(), TimeUnit.MINUTES);
        }
        if (config.checkpointIntervalMinutes() > 0) {
            scheduler.scheduleWithFixedDelay(this::scheduledCheckpoint, config.checkpointIntervalMinutes(),
                    config.checkpointIntervalMinutes(), TimeUnit.MINUTES);
        }
        LOG.info("access log: key {}, checkpoints in {}, verified every {} min", key.id(),
                checkpoints.file().toAbsolutePath(), config.verifyIntervalMinutes());
    }

    /**
     * For tools and benchmarks: a key held in memory only and no checkpoints, so what it writes
     * cannot be verified after the process ends. Never used by the running platform.
     */
    public AuditLogImpl(Database db, CoreSchema schema) {
        this(db, AuditKey.ephemeral(), null, false);
    }

    AuditLogImpl(Database db, AuditKey key, AuditCheckpoints checkpoints, boolean scheduled) {
        this.db = db;
        this.key = key;
        this.checkpoints = checkpoints;
        this.scheduler = scheduled ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ikz-audit-verify");
            t.setDaemon(true);
            return t;
        }) : null;
        start();
    }

    @Deactivate
    void deactivate() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    static Path keyFile(Config c) {
        return c.keyFile().isBlank() ? Path.of(System.getProperty("karaf.etc", "etc"), "ikz-audit.key") : Path.of(c.keyFile());
    }

    static Path checkpointFile(Config c) {
        return c.checkpointFile().isBlank() ? Path.of(System.getProperty("karaf.data", "data"), "audit", "checkpoints.log")
                : Path.of(c.checkpointFile());
    }

    // ---------------------------------------------------------------- start

    /**
     * Fills the UTC time and scope of legacy entries once, and creates the anchor on the first
     * start with a key; then writes the first checkpoint if there is none.
     */
    private void start() {
        boolean hadAnchor = db.inTransaction(s -> {
            s.update("UPDATE ikz_audit_head SET seq = seq WHERE id = 1"); // serialises with appenders and other nodes
            backfillLegacy(s);
            Optional<Anchor> anchor = anchor(s);
            if (anchor.isPresent()) {
                if (!anchorValid(anchor.get())) {
                    LOG.error("the access log's anchor was not signed with the key in use (anchor key id {}, this key {}): "
                            + "restore the key file from the backup", anchor.get().keyId(), key.id());
                }
                return true;
            }
            boolean keyed = s.queryOne("SELECT COUNT(*) FROM ikz_audit WHERE chain_version <> 1", rs -> rs.getLong(1))
                    .orElse(0L) > 0;
            if (keyed || (checkpoints != null && checkpoints.exists())) {
                LOG.error("the access log's anchor is missing from the database although the keyed chain has started: "
                        + "it was removed; the chain is reported broken");
                return true;
            }
            Head head = head(s);
            long now = System.currentTimeMillis();
            String body = Anchor.body(head.seq(), head.hash(), key.id(), now);
            s.update("INSERT INTO ikz_audit_anchor (id, legacy_seq, legacy_hash, key_id, created_ms, mac) VALUES (1, ?, ?, ?, ?, ?)",
                    head.seq(), head.hash(), key.id(), now, key.mac(body));
            LOG.info("access log: keyed chain starts after entry {}", head.seq());
            return false;
        });
        if (checkpoints != null) {
            try {
                if (newestCheckpoint().isEmpty()) {
                    if (hadAnchor) {
                        // not signed before the chain is verified (the first check at start does that)
                        LOG.warn("access-log checkpoint file {} is missing or empty: a new one starts after the next "
                                + "verification; entries removed at the end before that can no longer be found",
                                checkpoints.file().toAbsolutePath());
                    } else {
                        Head head = db.inTransaction(AuditLogImpl::head);
                        writeCheckpoint(head.seq(), head.hash());
                    }
                }
            } catch (AuditCheckpoints.Altered e) {
                LOG.error("access log: {}", e.getMessage());
            }
        }
    }

    private void backfillLegacy(Session s) {
        while (true) {
            List<Object[]> rows = s.query("SELECT seq, logged_at, username, audit_tenant, action, record, reason, address, "
                    + "prev_hash, hash FROM ikz_audit WHERE logged_ms IS NULL ORDER BY seq FETCH FIRST " + PAGE + " ROWS ONLY",
                    rs -> new Object[] {rs.getLong(1), rs.getTimestamp(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)});
            for (Object[] r : rows) {
                Timestamp ts = (Timestamp) r[1];
                // written with the JVM's zone: that zone first, then UTC; the legacy hash tells which one was meant
                Instant local = ts.toInstant();
                Instant utc = ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
                Instant at = local;
                for (Instant candidate : List.of(local, utc)) {
                    if (legacyHash((String) r[8], (long) r[0], candidate, (String) r[2], (String) r[3], (String) r[4],
                            (String) r[5], (String) r[6], (String) r[7]).equals(r[9])) {
                        at = candidate;
                        break;
                    }
                }
                s.update("UPDATE ikz_audit SET logged_ms = ?, audit_scope = ? WHERE seq = ?", at.toEpochMilli(),
                        scopeOf((String) r[5]), r[0]);
            }
            if (rows.size() < PAGE) {
                return;
            }
        }
    }

    // ---------------------------------------------------------------- writing

    @Override
    public AuditEntry append(Session s, Caller caller, String tenantId, String action, String record, String reason) {
        // taking the head row's lock first serialises appenders; the chain stays linear
        s.update("UPDATE ikz_audit_head SET seq = seq + 1 WHERE id = 1");
        Head head = head(s);
        long seq = head.seq();
        String prev = head.hash();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String user = truncate(caller.user(), 100);
        String act = truncate(action, 40);
        String rec = truncate(record, RECORD_MAX);
        String reasonText = reason == null ? null : truncate(reason, 500);
        String address = truncate(caller.address() == null ? "" : caller.address(), 100);
        String scope = scopeOf(rec);
        String mac = keyedHash(prev, seq, at.toEpochMilli(), user, tenantId, act, rec, reasonText, address, scope);
        s.update("INSERT INTO ikz_audit (seq, logged_at, logged_ms, username, audit_tenant, action, record, reason, address, "
                + "prev_hash, hash, chain_version, audit_scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seq, LocalDateTime.ofInstant(at, ZoneOffset.UTC), at.toEpochMilli(), user, tenantId, act, rec, reasonText,
                address, prev, mac, KEYED, scope);
        s.update("UPDATE ikz_audit_head SET hash = ? WHERE id = 1", mac);
        return new AuditEntry(seq, at, user, tenantId, act, rec, reasonText, address, prev, mac);
    }

    @Override
    public AuditEntry append(Caller caller, String tenantId, String action, String record, String reason) {
        return db.inTransaction(s -> append(s, caller, tenantId, action, record, reason));
    }

    /** "module" for records of cooperation modules (case data), "platform" for the platform's own. */
    static String scopeOf(String record) {
        if (record == null) {
            return PLATFORM;
        }
        int slash = record.indexOf('/');
        String type = (slash < 0 ? record : record.substring(0, slash)).toLowerCase(Locale.ROOT);
        return PLATFORM_RECORDS.contains(type) ? PLATFORM : MODULE;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public List<AuditEntry> list(Caller caller, String tenantId, int limit) {
        boolean platform = caller.isPlatformAdmin();
        boolean auditor = caller.has(PlatformRole.AUDITOR);
        if (!platform && !(auditor || caller.has(PlatformRole.TENANT_ADMIN))) {
            throw IkzException.forbidden("reading the access log needs the auditor or tenant-admin role");
        }
        String tenant = platform ? tenantId : caller.tenantId().orElseThrow(
                () -> IkzException.forbidden("user has no tenant"));
        if (!platform && tenantId != null && !tenantId.equals(tenant)) {
            throw IkzException.notFound("tenant", tenantId);
        }
        // entries of cooperation modules name case records: only the tenant's own auditors read them
        boolean modules = !platform && auditor;
        int n = Math.max(1, Math.min(limit, 1000));
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (tenant != null) {
            where.add("audit_tenant = ?");
            params.add(tenant);
        }
        if (!modules) {
            where.add("audit_scope = ?");
            params.add(PLATFORM);
        }
        String sql = "SELECT * FROM ikz_audit" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY seq DESC FETCH FIRST " + n + " ROWS ONLY";
        return db.inTransaction(s -> {
            List<AuditEntry> entries = s.query(sql, rs -> row(rs).entry(), params.toArray());
            // reading the access log is itself logged, in the same transaction
            append(s, caller, tenant, "READ", "audit/" + (tenant == null ? "all" : tenant),
                    entries.size() + " entries listed" + (modules ? " (with module entries)" : ""));
            return entries;
        });
    }

    // ---------------------------------------------------------------- verifying

    @Override
    public Optional<Verification> lastVerification() {
        return Optional.ofNullable(last);
    }

    @Override
    public Verification verify() {
        Verification v;
        List<Checkpoint> cps;
        try {
            cps = checkpoints == null ? List.of() : checkpoints.read(key);
        } catch (AuditCheckpoints.Altered e) {
            return untrusted(e);
        }
        v = db.inTransaction(s -> walk(s, 1, GENESIS, cps));
        return record(v);
    }

    /**
     * Checks the entries written since the newest checkpoint and, if they fit, writes a new
     * checkpoint of the head. Returns the new checkpoint, or empty if nothing changed or the
     * chain does not fit (then {@link #lastVerification()} says why).
     */
    synchronized Optional<Checkpoint> checkpoint() {
        if (checkpoints == null) {
            return Optional.empty();
        }
        Optional<Checkpoint> newest;
        try {
            newest = newestCheckpoint();
        } catch (AuditCheckpoints.Altered e) {
            untrusted(e);
            return Optional.empty();
        }
        if (newest.isEmpty()) {
            Verification full = verify();
            if (!full.intact()) {
                return Optional.empty();
            }
            long seq = full.entries();
            String hash = seq == 0 ? GENESIS : db.inTransaction(s -> s.queryOne("SELECT hash FROM ikz_audit WHERE seq = ?",
                    rs -> rs.getString(1), seq).orElseThrow());
            return Optional.of(writeCheckpoint(seq, hash));
        }
        Checkpoint cp = newest.get();
        Head head = db.inTransaction(AuditLogImpl::head);
        if (head.seq() == cp.seq() && cp.hash().equals(head.hash())) {
            return Optional.empty();
        }
        if (head.seq() < cp.seq()) {
            record(broken(0, head.seq() + 1, "the head is entry " + head.seq() + " but the checkpoint of " + cp.at()
                    + " recorded entry " + cp.seq() + " (entries were removed at the end)", newest));
            return Optional.empty();
        }
        Verification v = db.inTransaction(s -> walk(s, cp.seq() + 1, cp.hash(), List.of(cp)));
        if (!v.intact()) {
            record(v);
            return Optional.empty();
        }
        return Optional.of(writeCheckpoint(head.seq(), head.hash()));
    }

    private Optional<Checkpoint> newestCheckpoint() throws AuditCheckpoints.Altered {
        if (lastCheckpoint == null) {
            List<Checkpoint> all = checkpoints.read(key);
            lastCheckpoint = all.isEmpty() ? null : all.get(all.size() - 1);
        }
        return Optional.ofNullable(lastCheckpoint);
    }

    private Checkpoint writeCheckpoint(long seq, String head) {
        lastCheckpoint = checkpoints.append(key, seq, head, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return lastCheckpoint;
    }

    /** The checkpoint file was altered: the chain cannot be trusted against it. */
    private Verification untrusted(AuditCheckpoints.Altered e) {
        return record(new Verification(0, Optional.of(0L), e.getMessage() + " (the checkpoints cannot be trusted)",
                Optional.empty(), Instant.now()));
    }

    private Verification record(Verification v) {
        last = v;
        if (!v.intact()) {
            LOG.error("access log BROKEN at entry {}: {} ({} entries checked)", v.firstBroken().get(), v.reason(), v.entries());
        }
        return v;
    }

    /**
     * Walks the chain from entry {@code from} (whose predecessor has MAC {@code prev}) to the
     * head, against the anchor and the given checkpoints.
     */
    private Verification walk(Session s, long from, String prev, List<Checkpoint> cps) {
        Optional<Checkpoint> newestCp = cps.isEmpty() ? Optional.empty() : Optional.of(cps.get(cps.size() - 1));
        Head head = head(s); // read first: entries up to the head are committed, later ones are ignored
        long headSeq = head.seq();
        Optional<Anchor> maybeAnchor = anchor(s);
        if (maybeAnchor.isEmpty()) {
            return broken(0, 1, "the anchor of the keyed chain (ikz_audit_anchor) was removed from the database", newestCp);
        }
        Anchor anchor = maybeAnchor.get();
        if (!anchorValid(anchor)) {
            return broken(0, anchor.legacySeq() + 1, anchor.keyId().equals(key.id())
                    ? "the anchor of the keyed chain was altered"
                    : "the chain was started with another key (key id " + anchor.keyId() + ", this key " + key.id()
                    + "): restore the key file from the backup", newestCp);
        }
        Map<Long, Checkpoint> bySeq = new HashMap<>();
        for (Checkpoint cp : cps) {
            bySeq.put(cp.seq(), cp);
        }
        long expected = from;
        long checked = 0;
        while (expected <= headSeq) {
            List<Row> page = s.query("SELECT * FROM ikz_audit WHERE seq >= ? AND seq <= ? ORDER BY seq FETCH FIRST "
                    + PAGE + " ROWS ONLY", AuditLogImpl::row, expected, headSeq);
            if (page.isEmpty()) {
                break;
            }
            for (Row r : page) {
                AuditEntry e = r.entry();
                checked++;
                if (e.seq() != expected) {
                    return broken(checked, expected, "entry " + expected + " is missing", newestCp);
                }
                if (!e.prevHash().equals(prev)) {
                    return broken(checked, e.seq(), "does not link to the entry before it", newestCp);
                }
                if (e.seq() <= anchor.legacySeq()) {
                    String h = legacyHash(prev, e.seq(), Instant.ofEpochMilli(r.ms()), e.user(), e.tenantId(), e.action(),
                            e.record(), e.reason(), e.address());
                    if (r.version() != LEGACY || !h.equals(e.hash())) {
                        return broken(checked, e.seq(), "content does not match its hash (entry was altered)", newestCp);
                    }
                    if (e.seq() == anchor.legacySeq() && !e.hash().equals(anchor.legacyHash())) {
                        return broken(checked, e.seq(), "the entries before the keyed chain were rewritten (the anchor "
                                + "records another head)", newestCp);
                    }
                } else {
                    if (r.version() != KEYED) {
                        return broken(checked, e.seq(), "written without the key after the keyed chain started "
                                + "(entry was altered)", newestCp);
                    }
                    String h = keyedHash(prev, e.seq(), r.ms(), e.user(), e.tenantId(), e.action(), e.record(), e.reason(),
                            e.address(), r.scope());
                    if (!AuditKey.same(h, e.hash())) {
                        return broken(checked, e.seq(), "content does not match its MAC (entry was altered, or the "
                                + "chain was recomputed without the key)", newestCp);
                    }
                }
                Checkpoint cp = bySeq.get(e.seq());
                if (cp != null && !cp.hash().equals(e.hash())) {
                    return broken(checked, e.seq(), "differs from the checkpoint of " + cp.at() + " (entry was altered)",
                            newestCp);
                }
                prev = e.hash();
                expected++;
            }
        }
        long end = expected - 1;
        if (end < anchor.legacySeq()) {
            return broken(checked, end + 1, "the chain ends at entry " + end + " but the anchor records "
                    + anchor.legacySeq() + " entries before the keyed chain (entries were removed at the end)", newestCp);
        }
        if (end != headSeq || !prev.equals(head.hash())) {
            return broken(checked, end + 1, "the chain ends at entry " + end + " but the head says " + headSeq
                    + " (entries were removed at the end)", newestCp);
        }
        for (Checkpoint cp : cps) {
            if (cp.seq() > end) {
                return broken(checked, end + 1, "the chain ends at entry " + end + " but the checkpoint of " + cp.at()
                        + " recorded entry " + cp.seq() + " (entries were removed at the end)", newestCp);
            }
        }
        return new Verification(checked, Optional.empty(), "intact", newestCp, Instant.now());
    }

    private static Verification broken(long checked, long at, String reason, Optional<Checkpoint> cp) {
        return new Verification(checked, Optional.of(at), reason, cp, Instant.now());
    }

    private boolean anchorValid(Anchor a) {
        return a.keyId().equals(key.id())
                && AuditKey.same(key.mac(Anchor.body(a.legacySeq(), a.legacyHash(), a.keyId(), a.createdMs())), a.mac());
    }

    private static Optional<Anchor> anchor(Session s) {
        return s.queryOne("SELECT legacy_seq, legacy_hash, key_id, created_ms, mac FROM ikz_audit_anchor WHERE id = 1",
                rs -> new Anchor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
    }

    private static Head head(Session s) {
        return s.queryOne("SELECT seq, hash FROM ikz_audit_head WHERE id = 1",
                rs -> new Head(rs.getLong(1), rs.getString(2))).orElseThrow();
    }

    // ---------------------------------------------------------------- schedule

    /** Verifies the whole chain and, if it is intact, checkpoints the head: at start and on the schedule. */
    private void verifyAndCheckpoint(boolean atStart) {
        try {
            Verification v = verify();
            if (v.intact()) {
                if (atStart) {
                    LOG.info("access log intact: {} entries checked", v.entries());
                }
                checkpoint();
            }
        } catch (RuntimeException e) {
            LOG.warn("access log not verified{}: {}", atStart ? " at start" : "", e.getMessage(), e);
        }
    }

    private void scheduledCheckpoint() {
        try {
            checkpoint();
        } catch (RuntimeException e) {
            LOG.warn("access log checkpoint not written: {}", e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- rows and hashes

    private static Row row(ResultSet rs) throws SQLException {
        long ms = rs.getLong("logged_ms");
        if (rs.wasNull()) {
            ms = rs.getTimestamp("logged_at").toInstant().toEpochMilli();
        }
        AuditEntry e = new AuditEntry(rs.getLong("seq"), Instant.ofEpochMilli(ms), rs.getString("username"),
                rs.getString("audit_tenant"), rs.getString("action"), rs.getString("record"), rs.getString("reason"),
                rs.getString("address"), rs.getString("prev_hash"), rs.getString("hash"));
        return new Row(e, ms, rs.getInt("chain_version"), rs.getString("audit_scope"));
    }

    /** Chain version 2: HMAC-SHA256 over length-prefixed fields, so no content can move between fields. */
    String keyedHash(String prev, long seq, long atMs, String user, String tenant, String action, String record,
                     String reason, String address, String scope) {
        StringBuilder sb = new StringBuilder("ikz-audit-v2");
        for (String f : new String[] {prev, Long.toString(seq), Long.toString(atMs), user, tenant, action, record, reason,
                address, scope}) {
            sb.append('|');
            if (f == null) {
                sb.append('-');
            } else {
                sb.append(f.length()).append(':').append(f);
            }
        }
        return key.mac(sb.toString());
    }

    /** Chain version 1 (entries written before the keyed chain): unkeyed SHA-256, unchanged. */
    static String legacyHash(String prev, long seq, Instant at, String user, String tenant, String action, String record,
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
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
