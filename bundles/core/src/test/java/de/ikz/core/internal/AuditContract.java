package de.ikz.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.persistence.Migration;
import de.ikz.api.platform.PlatformHealth;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.persistence.internal.JdbcDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access log against an insider who can write the database (not the key file, not the
 * checkpoint file, not syslog); subclasses supply Derby or PostgreSQL.
 */
abstract class AuditContract {

    protected abstract DataSource freshDataSource() throws Exception;

    @TempDir
    Path home;

    JdbcDatabase db;
    Path keyFile;
    Path checkpointFile;
    AuditLogImpl audit;
    final Caller platform = new Caller("admin", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(),
            Set.of(), "test");

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDatabase(freshDataSource());
        db.migrate(CoreSchema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        keyFile = home.resolve("etc/ikz-audit.key");
        checkpointFile = home.resolve("data/audit/checkpoints.log");
        audit = restart();
    }

    /** The platform as after a restart: same database, same key file, same checkpoint file. */
    AuditLogImpl restart() {
        return new AuditLogImpl(db, AuditKey.loadOrCreate(keyFile), new AuditCheckpoints(checkpointFile), false);
    }

    Caller user(String name, String tenant, PlatformRole... roles) {
        return new Caller(name, Set.of(roles), Optional.of(tenant), Optional.empty(), Set.of(), "test");
    }

    void write(int n) {
        for (int i = 0; i < n; i++) {
            audit.append(platform, "t" + (i % 2), "UPDATE", "participant/p-" + i, "change " + i);
        }
    }

    /**
     * What an insider's program does with the platform stopped: change entry {@code from}, then
     * recompute every hash from there with the published unkeyed algorithm and fix the head.
     */
    void rewriteFrom(long from, boolean markAsLegacy) {
        db.inTransaction(s -> {
            s.update("UPDATE ikz_audit SET record = 'thing/forged' WHERE seq = ?", from);
            List<Object[]> rows = s.query("SELECT seq, logged_ms, username, audit_tenant, action, record, reason, address "
                    + "FROM ikz_audit WHERE seq >= ? ORDER BY seq", rs -> new Object[] {rs.getLong(1), rs.getLong(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)}, from);
            String prev = s.queryOne("SELECT hash FROM ikz_audit WHERE seq = ?", rs -> rs.getString(1), from - 1)
                    .orElse(AuditLogImpl.GENESIS);
            for (Object[] r : rows) {
                String h = AuditLogImpl.legacyHash(prev, (long) r[0], Instant.ofEpochMilli((long) r[1]), (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7]);
                s.update("UPDATE ikz_audit SET prev_hash = ?, hash = ?" + (markAsLegacy ? ", chain_version = 1" : "")
                        + " WHERE seq = ?", prev, h, r[0]);
                prev = h;
            }
            s.update("UPDATE ikz_audit_head SET hash = ? WHERE id = 1", prev);
            return null;
        });
    }

    /** Removes the entries from {@code from} on and sets the head to the entry before, as an insider would. */
    void removeFrom(long from) {
        db.inTransaction(s -> {
            s.update("DELETE FROM ikz_audit WHERE seq >= ?", from);
            String prev = s.queryOne("SELECT hash FROM ikz_audit WHERE seq = ?", rs -> rs.getString(1), from - 1)
                    .orElse(AuditLogImpl.GENESIS);
            return s.update("UPDATE ikz_audit_head SET seq = ?, hash = ? WHERE id = 1", from - 1, prev);
        });
    }

    /**
     * Reads of personal data append their entries from many request threads at once (issue 14's read load): every
     * caller gets its own entry back, every entry is there once, in one unbroken chain.
     */
    @Test
    void entriesAppendedByManyThreadsAtOnceAreEachWrittenOnceAndReturnedToTheirCaller() throws Exception {
        int threads = 8;
        int each = 40;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<List<AuditEntry>>> results = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<AuditEntry> mine = new java.util.ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(audit.append(platform, "t" + thread, "READ", "participant/p-" + thread + "-" + i, null));
                    }
                    return mine;
                }));
            }
            start.countDown();
            java.util.Set<Long> seqs = new java.util.HashSet<>();
            for (int t = 0; t < threads; t++) {
                List<AuditEntry> mine = results.get(t).get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(mine).hasSize(each);
                for (int i = 0; i < each; i++) {
                    AuditEntry e = mine.get(i);
                    assertThat(e.record()).as("the entry returned to its own caller").isEqualTo("participant/p-" + t + "-" + i);
                    assertThat(seqs.add(e.seq())).as("sequence number " + e.seq() + " given once").isTrue();
                    String stored = db.inTransaction(s -> s.queryOne("SELECT record FROM ikz_audit WHERE seq = ?",
                            rs -> rs.getString(1), e.seq())).orElseThrow();
                    assertThat(stored).isEqualTo(e.record());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        AuditLog.Verification v = audit.verify();
        assertThat(v.intact()).as(v.reason()).isTrue();
        assertThat(v.entries()).isEqualTo(threads * each);
    }

    /** While the database fails an append fails (nothing is acknowledged unwritten) and takes no place in the chain. */
    @Test
    void whenTheDatabaseFailsAnAppendFailsAndNothingIsAcknowledged() {
        SwitchedDatabase switched = new SwitchedDatabase(db);
        AuditLogImpl log = new AuditLogImpl(switched, AuditKey.loadOrCreate(keyFile), new AuditCheckpoints(checkpointFile), false);
        log.append(platform, "t1", "READ", "participant/p-0", null);
        switched.down = true;
        assertThatThrownBy(() -> log.append(platform, "t1", "READ", "participant/p-1", null))
                .isInstanceOf(de.ikz.api.persistence.DataAccessException.class);
        switched.down = false;
        AuditEntry after = log.append(platform, "t1", "READ", "participant/p-2", null);
        assertThat(after.seq()).as("the failed entry took no place in the chain").isEqualTo(2);
    }

    @Test
    void entriesAreChainedWithTheKeyAndVerify() {
        write(5);
        AuditLog.Verification v = audit.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(audit.lastVerification()).contains(v);
        List<String> hashes = db.inTransaction(s -> s.query("SELECT hash FROM ikz_audit ORDER BY seq", rs -> rs.getString(1)));
        assertThat(hashes).doesNotHaveDuplicates().allSatisfy(h -> assertThat(h).hasSize(64));
        // an unkeyed recomputation gives other values: the stored ones are MACs
        AuditEntry first = db.inTransaction(s -> s.queryOne("SELECT seq, logged_ms, username, audit_tenant, action, record, "
                + "reason, address, prev_hash, hash FROM ikz_audit WHERE seq = 1", rs -> new AuditEntry(rs.getLong(1),
                Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)))).orElseThrow();
        assertThat(AuditLogImpl.legacyHash(first.prevHash(), 1, first.at(), first.user(), first.tenantId(), first.action(),
                first.record(), first.reason(), first.address())).isNotEqualTo(first.hash());
    }

    @Test
    void anInsiderWhoEditsAnEntryAndRecomputesTheUnkeyedChainAndHeadIsFound() {
        write(5);
        rewriteFrom(3, false);
        AuditLog.Verification v = restart().verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).contains(3L);
        assertThat(v.reason()).contains("altered");
    }

    @Test
    void anInsiderWhoRewritesTheChainAsLegacyEntriesIsFound() {
        write(5);
        rewriteFrom(1, true);
        AuditLog.Verification v = restart().verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).contains(1L);
        // and with the anchor removed as well, so that everything looks like an old unkeyed log
        db.inTransaction(s -> s.update("DELETE FROM ikz_audit_anchor"));
        AuditLog.Verification again = restart().verify();
        assertThat(again.intact()).isFalse();
        assertThat(again.reason()).contains("anchor");
    }

    @Test
    void deletingTheNewestEntriesAndFixingTheHeadIsFoundByTheCheckpoints() throws Exception {
        write(4);
        assertThat(audit.checkpoint()).hasValueSatisfying(cp -> assertThat(cp.seq()).isEqualTo(4));
        assertThat(audit.checkpoint()).isEmpty(); // nothing new since
        write(2);
        removeFrom(3);
        // the running platform's next checkpoint finds the head behind the last checkpoint
        assertThat(audit.checkpoint()).isEmpty();
        assertThat(audit.lastVerification()).hasValueSatisfying(last -> {
            assertThat(last.firstBroken()).contains(3L);
            assertThat(last.reason()).contains("removed at the end");
        });
        // the chain itself is consistent again: only the checkpoint outside the database tells
        AuditLog.Verification v = restart().verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).contains(3L);
        assertThat(v.reason()).contains("checkpoint").contains("removed at the end");
        assertThat(v.lastCheckpoint()).hasValueSatisfying(cp -> assertThat(cp.seq()).isEqualTo(4));
        // the checkpoint line is signed and owner-only
        assertThat(Files.readAllLines(checkpointFile)).last().asString()
                .startsWith("ikz-audit-checkpoint seq=4 ").contains(" mac=");
        assertThat(Files.getPosixFilePermissions(checkpointFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aCheckpointIsNotWrittenOverABrokenChain() {
        write(3);
        audit.checkpoint();
        write(2);
        rewriteFrom(4, false);
        assertThat(audit.checkpoint()).isEmpty();
        assertThat(audit.lastVerification()).hasValueSatisfying(v -> assertThat(v.firstBroken()).contains(4L));
    }

    @Test
    void anAlteredCheckpointFileIsReported() throws Exception {
        write(2);
        audit.checkpoint();
        List<String> lines = Files.readAllLines(checkpointFile);
        String forged = lines.get(lines.size() - 1).replace("seq=2 ", "seq=1 ");
        Files.writeString(checkpointFile, forged + "\n", java.nio.file.StandardOpenOption.APPEND);
        AuditLog.Verification v = audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.reason()).contains("checkpoint file, line " + (lines.size() + 1)).contains("signature");
    }

    @Test
    void anotherKeyCannotVerifyTheChain() throws Exception {
        write(2);
        Files.delete(keyFile);
        AuditLog.Verification v = restart().verify(); // a new key was created: the old chain cannot be verified
        assertThat(v.intact()).isFalse();
        assertThat(v.reason()).contains("key");
    }

    @Test
    void aChangeOfTheJvmTimeZoneBreaksNothing() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            write(3);
            AuditEntry written = audit.append(platform, "t0", "READ", "participant/x", null);
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
            AuditLogImpl restarted = restart();
            AuditLog.Verification v = restarted.verify();
            assertThat(v.intact()).as(v.reason()).isTrue();
            assertThat(v.entries()).isEqualTo(4);
            assertThat(restarted.list(platform, "t0", 1)).first()
                    .satisfies(e -> assertThat(e.at()).isEqualTo(written.at()));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void entriesFromBeforeTheKeyedChainStayVerifiableAndLinkToIt() {
        // three entries as the platform wrote them before (unkeyed, local wall-clock time, no UTC column)
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
            db.inTransaction(s -> {
                String prev = AuditLogImpl.GENESIS;
                for (long seq = 1; seq <= 3; seq++) {
                    Instant at = Instant.parse("2026-03-29T00:30:00Z").plus(seq, ChronoUnit.HOURS);
                    String h = AuditLogImpl.legacyHash(prev, seq, at, "admin", "t0", "UPDATE", "thing/" + seq, null, "console");
                    s.update("INSERT INTO ikz_audit (seq, logged_at, username, audit_tenant, action, record, reason, address, "
                            + "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seq, Timestamp.from(at), "admin", "t0",
                            "UPDATE", "thing/" + seq, null, "console", prev, h);
                    prev = h;
                }
                s.update("DELETE FROM ikz_audit_anchor"); // as if V2 had just been applied to an old database
                return s.update("UPDATE ikz_audit_head SET seq = 3, hash = ? WHERE id = 1", prev);
            });
            AuditLogImpl upgraded = new AuditLogImpl(db, AuditKey.loadOrCreate(home.resolve("etc2/k")),
                    new AuditCheckpoints(home.resolve("cp2.log")), false);
            AuditEntry firstKeyed = upgraded.append(platform, "t0", "READ", "thing/4", null);
            String legacyHead = db.inTransaction(s -> s.queryOne("SELECT hash FROM ikz_audit WHERE seq = 3",
                    rs -> rs.getString(1))).orElseThrow();
            assertThat(firstKeyed.prevHash()).isEqualTo(legacyHead);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            AuditLog.Verification v = upgraded.verify();
            assertThat(v.intact()).as(v.reason()).isTrue();
            assertThat(v.entries()).isEqualTo(4);
            // a legacy entry edited and the legacy chain recomputed: the signed anchor no longer fits
            db.inTransaction(s -> s.update("UPDATE ikz_audit SET reason = 'x' WHERE seq = 2"));
            assertThat(upgraded.verify().firstBroken()).contains(2L);
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void theKeyFileIsCreatedOwnerOnlyOnceAndKeptAfterwards() throws Exception {
        assertThat(keyFile).exists();
        assertThat(Files.getPosixFilePermissions(keyFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String content = Files.readString(keyFile);
        assertThat(AuditKey.loadOrCreate(keyFile).id()).isEqualTo(AuditKey.load(keyFile).id());
        assertThat(Files.readString(keyFile)).isEqualTo(content);
        assertThat(content).doesNotContain(AuditKey.load(keyFile).id()); // the id is not the key
        Files.writeString(keyFile, "# broken\nabc\n");
        assertThatThrownBy(() -> AuditKey.load(keyFile)).hasMessageContaining(keyFile.toString());
    }

    @Test
    void aBrokenChainMakesHealthDegraded() {
        ModuleRegistry none = new ModuleRegistry() {
            @Override
            public List<ModuleInfo> modules() {
                return List.of();
            }

            @Override
            public Optional<CooperationModule> module(String id) {
                return Optional.empty();
            }
        };
        PlatformHealthImpl health = new PlatformHealthImpl(db, none, audit, "test");
        write(3);
        assertThat(health.check().audit().status()).isEqualTo("UNKNOWN");
        audit.verify();
        assertThat(health.check().status()).isEqualTo("UP");
        assertThat(health.check().audit().status()).isEqualTo("INTACT");
        rewriteFrom(2, false);
        audit.verify();
        PlatformHealth.Report r = health.check();
        assertThat(r.status()).isEqualTo("DEGRADED");
        assertThat(r.audit().status()).isEqualTo("BROKEN");
        assertThat(r.database().status()).isEqualTo("UP");
    }

    @Test
    void theServiceVerifiesAtStartOnItsOwnSchedule() {
        write(3);
        audit.checkpoint();
        removeFrom(2);
        AuditLogImpl.Config config = config(keyFile, checkpointFile);
        AuditLogImpl service = new AuditLogImpl(db, null, config);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (service.lastVerification().isEmpty() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            assertThat(service.lastVerification()).hasValueSatisfying(v -> {
                assertThat(v.intact()).isFalse();
                assertThat(v.firstBroken()).contains(2L);
            });
        } finally {
            service.deactivate();
        }
    }

    @Test
    void moduleEntriesAreReadByTheTenantsAuditorsOnlyAndEveryReadIsLogged() {
        audit.append(platform, "ta", "CREATE", "participant/jugendamt-a", null);
        audit.append(user("coord", "ta", PlatformRole.PARTNER_STAFF), "ta", "READ", "vormundschaft/child/c-1", "identity");
        audit.append(user("coord", "tb", PlatformRole.PARTNER_STAFF), "tb", "READ", "vormundschaft/child/c-2", "identity");
        Caller tenantAdmin = user("ta-admin", "ta", PlatformRole.TENANT_ADMIN);
        Caller auditor = user("ta-auditor", "ta", PlatformRole.AUDITOR);

        assertThat(audit.list(tenantAdmin, null, 100)).extracting(AuditEntry::record)
                .contains("participant/jugendamt-a").noneMatch(r -> r.startsWith("vormundschaft/"));
        assertThat(audit.list(platform, null, 100)).extracting(AuditEntry::record)
                .noneMatch(r -> r.startsWith("vormundschaft/"));
        assertThat(audit.list(auditor, null, 100)).extracting(AuditEntry::record)
                .contains("participant/jugendamt-a", "vormundschaft/child/c-1").doesNotContain("vormundschaft/child/c-2");
        assertThatThrownBy(() -> audit.list(user("coord", "ta", PlatformRole.PARTNER_STAFF), null, 10))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.FORBIDDEN));

        // each of the three reads above wrote an entry, in its tenant (the platform admin's in none)
        List<AuditEntry> reads = audit.list(auditor, null, 100).stream().filter(e -> e.record().startsWith("audit/")).toList();
        assertThat(reads).extracting(AuditEntry::user).containsExactly("ta-auditor", "ta-admin");
        assertThat(audit.list(platform, null, 100)).extracting(AuditEntry::record).contains("audit/all", "audit/ta");
        assertThat(audit.verify().intact()).isTrue();
    }

    static AuditLogImpl.Config config(Path key, Path checkpoints) {
        return new AuditLogImpl.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AuditLogImpl.Config.class;
            }

            @Override
            public String keyFile() {
                return key.toString();
            }

            @Override
            public String checkpointFile() {
                return checkpoints.toString();
            }

            @Override
            public long verifyIntervalMinutes() {
                return 0;
            }

            @Override
            public long checkpointIntervalMinutes() {
                return 0;
            }
        };
    }

    /** The test's database, or, while {@code down}, one that does not answer (connection refused). */
    static final class SwitchedDatabase implements de.ikz.api.persistence.Database {
        private final de.ikz.api.persistence.Database real;
        volatile boolean down;

        SwitchedDatabase(de.ikz.api.persistence.Database real) {
            this.real = real;
        }

        @Override
        public String dialect() {
            return real.dialect();
        }

        @Override
        public <T> T inTransaction(Work<T> work) {
            if (down) {
                throw new de.ikz.api.persistence.DataAccessException(new java.sql.SQLException("Connection refused", "08001"));
            }
            return real.inTransaction(work);
        }

        @Override
        public List<Integer> migrate(String owner, List<de.ikz.api.persistence.Migration> migrations) {
            return real.migrate(owner, migrations);
        }

        @Override
        public boolean ping() {
            return !down && real.ping();
        }

        @Override
        public Path backup(Path folder) {
            return real.backup(folder);
        }
    }
}
