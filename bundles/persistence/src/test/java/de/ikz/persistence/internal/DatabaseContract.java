package de.ikz.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javax.sql.DataSource;

import de.ikz.api.persistence.DataAccessException;
import de.ikz.api.persistence.Migration;
import de.ikz.api.persistence.MigrationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same behaviour, proven on every supported database: subclasses supply a fresh, empty database. */
abstract class DatabaseContract {

    protected abstract DataSource freshDataSource() throws Exception;

    private JdbcDatabase db;

    private static final Migration V1 = new Migration(1, "init", null, """
            -- a tenant table and a platform table
            CREATE TABLE t_note (tenant_id VARCHAR(40) NOT NULL, id INTEGER NOT NULL, text VARCHAR(100),
              PRIMARY KEY (tenant_id, id));
            CREATE TABLE t_setting (name VARCHAR(40) PRIMARY KEY, val VARCHAR(100));
            """);

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDatabase(freshDataSource());
    }

    @org.junit.jupiter.api.AfterEach
    void stopListening() {
        db.close();
    }

    /** Waits until the queue holds the value, at most 10 s. */
    static void awaitSignal(java.util.concurrent.BlockingQueue<String> got, String value) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            String v = got.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (value.equals(v)) {
                return;
            }
            if (v != null) {
                throw new AssertionError("signal '" + v + "' arrived before '" + value + "'");
            }
        }
        throw new AssertionError("signal '" + value + "' did not arrive within 10 s");
    }

    @Test
    void aSignalReachesTheListenersAfterTheCommitAndNeverAfterARollback() throws Exception {
        var got = new java.util.concurrent.LinkedBlockingQueue<String>();
        AutoCloseable listening = db.listen("t_changed", p -> got.add(String.valueOf(p)));
        assertThatThrownBy(() -> db.inTransaction(s -> {
            s.signal("t_changed", "rolled back");
            throw new IllegalStateException("fails after the signal");
        })).isInstanceOf(IllegalStateException.class);
        db.inTransaction(s -> {
            s.signal("t_changed", "committed");
            return null;
        });
        awaitSignal(got, "committed"); // fails if "rolled back" arrives first
        listening.close();
        db.inTransaction(s -> {
            s.signal("t_changed", "after close");
            return null;
        });
        db.inTransaction(s -> {
            s.signal("t_other", "x");
            return null;
        });
        assertThat(got).isEmpty();
    }

    @Test
    void aSignalChannelOrPayloadThatCouldNotBeSentIsRefusedAndTheTransactionRollsBack() {
        db.migrate("core", List.of(V1));
        assertThatThrownBy(() -> db.inTransaction(s -> {
            s.update("INSERT INTO t_setting (name, val) VALUES ('sig', 'x')");
            s.signal("Bad; NOTIFY x", "");
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signal channel");
        assertThatThrownBy(() -> db.inTransaction(s -> {
            s.signal("ok", "p".repeat(Signals.MAX_PAYLOAD + 1));
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payload");
        assertThat(strings(db, "SELECT name FROM t_setting WHERE name = 'sig'")).isEmpty();
    }

    @Test
    void aTransactionInsideATransactionOnTheSameThreadIsRefusedAndTheOuterOneRollsBack() {
        db.migrate("core", List.of(V1));
        assertThatThrownBy(() -> db.inTransaction(s -> {
            s.update("INSERT INTO t_setting (name, val) VALUES ('outer', 'x')");
            return db.inTransaction(inner -> inner.query("SELECT name FROM t_setting", rs -> rs.getString(1)));
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");
        assertThat(strings(db, "SELECT name FROM t_setting WHERE name = 'outer'")).isEmpty();
        // the thread is free again: the next transaction runs
        int inserted = db.inTransaction(s -> s.update("INSERT INTO t_setting (name, val) VALUES ('after', 'y')"));
        assertThat(inserted).isEqualTo(1);
    }

    @Test
    void migrationsAreAppliedOnceInOrderAndRecordedPerOwner() {
        Migration v2 = new Migration(2, "more", null, "INSERT INTO t_setting (name, val) VALUES ('a', 'b');");
        assertThat(db.migrate("core", List.of(v2, V1))).containsExactly(1, 2);
        assertThat(db.migrate("core", List.of(V1, v2))).isEmpty();
        // another owner has its own history: the same version number is applied for it
        Migration other = new Migration(1, "other", null, "CREATE TABLE t_other (id INTEGER PRIMARY KEY);");
        assertThat(db.migrate("module-x", List.of(other))).containsExactly(1);
        long rows = db.inTransaction(s -> s.queryOne("SELECT COUNT(*) FROM " + JdbcDatabase.HISTORY,
                rs -> rs.getLong(1)).orElseThrow());
        assertThat(rows).isEqualTo(3);
    }

    @Test
    void failingMigrationLeavesTheDatabaseAsItWasAndNamesTheScript() {
        db.migrate("core", List.of(V1));
        Migration bad = new Migration(2, "broken", null, """
                CREATE TABLE t_half (id INTEGER PRIMARY KEY);
                INSERT INTO t_setting (name, val) VALUES ('x', 'y');
                INSERT INTO no_such_table VALUES (1);
                """);
        assertThatThrownBy(() -> db.migrate("core", List.of(V1, bad)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V2__broken.sql")
                .hasMessageContaining("statement 3");
        // nothing of script 2: no row, no table, no history entry
        assertThat(strings("SELECT name FROM t_setting")).isEmpty();
        assertThatThrownBy(() -> db.inTransaction(s -> s.query("SELECT id FROM t_half", rs -> rs.getInt(1))))
                .isInstanceOf(DataAccessException.class);
        assertThat(strings("SELECT description FROM " + JdbcDatabase.HISTORY)).containsExactly("init");
    }

    @Test
    void anAppliedScriptThatWasEditedIsRefused() {
        db.migrate("core", List.of(V1));
        Migration edited = new Migration(1, "init", null, V1.sql() + "\nCREATE TABLE t_extra (id INTEGER);");
        assertThatThrownBy(() -> db.migrate("core", List.of(edited)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("changed after it was applied");
    }

    @Test
    void aDialectVariantReplacesTheCommonScript() {
        String other = "derby".equals(db.dialect()) ? "postgresql" : "derby";
        Migration common = new Migration(1, "init", null, "CREATE TABLE t_x (v VARCHAR(10));");
        Migration mine = new Migration(1, "init", db.dialect(), "CREATE TABLE t_x (v VARCHAR(20));");
        Migration theirs = new Migration(1, "init", other, "THIS IS NOT SQL;");
        assertThat(db.migrate("core", List.of(common, theirs, mine))).containsExactly(1);
        db.inTransaction(s -> s.update("INSERT INTO t_x (v) VALUES (?)", "exactly 20 chars....".substring(0, 20)));
    }

    @Test
    void tenantTablesAreOnlyReachableThroughATenantSession() {
        db.migrate("core", List.of(V1));
        assertThat(db.tenantTables()).containsExactly("T_NOTE");
        assertThatThrownBy(() -> db.inTransaction(s -> s.query("SELECT text FROM t_note", rs -> rs.getString(1))))
                .hasMessageContaining("tenant table");
        assertThatThrownBy(() -> db.inTransaction(s -> s.tenant("a").query("SELECT text FROM t_note", rs -> rs.getString(1))))
                .hasMessageContaining(":tenant");
        // a join over two tenant tables needs the marker twice
        assertThatThrownBy(() -> db.inTransaction(s -> s.tenant("a").query(
                "SELECT x.text FROM t_note x JOIN t_note y ON x.id = y.id WHERE x.tenant_id = :tenant",
                rs -> rs.getString(1)))).hasMessageContaining("2 tenant tables");
    }

    @Test
    void aTenantSeesOnlyItsOwnRows() {
        db.migrate("core", List.of(V1));
        db.inTransaction(s -> {
            s.tenant("a").update("INSERT INTO t_note (tenant_id, id, text) VALUES (:tenant, ?, ?)", 1, "of a");
            s.tenant("b").update("INSERT INTO t_note (tenant_id, id, text) VALUES (:tenant, ?, ?)", 1, "of b");
            return null;
        });
        List<String> seenByA = db.inTransaction(s -> s.tenant("a").query(
                "SELECT text FROM t_note WHERE tenant_id = :tenant AND id = ?", rs -> rs.getString(1), 1));
        assertThat(seenByA).containsExactly("of a");
        int deletedByB = db.inTransaction(s -> s.tenant("b").update("DELETE FROM t_note WHERE tenant_id = :tenant AND text = ?", "of a"));
        assertThat(deletedByB).isZero();
    }

    @Test
    void aTransactionThatThrowsLeavesNothingBehind() {
        db.migrate("core", List.of(V1));
        assertThatThrownBy(() -> db.inTransaction(s -> {
            s.update("INSERT INTO t_setting (name, val) VALUES (?, ?)", "k", "v");
            s.update("INSERT INTO t_setting (name, val) VALUES (?, ?)", "k", "duplicate");
            return null;
        })).isInstanceOfSatisfying(DataAccessException.class, e -> assertThat(e.isConstraintViolation()).isTrue());
        assertThat(strings("SELECT name FROM t_setting")).isEmpty();
    }

    @Test
    void nullsAndTypesRoundTrip() {
        db.migrate("core", List.of(V1));
        db.inTransaction(s -> s.update("INSERT INTO t_setting (name, val) VALUES (?, ?)", "n", null));
        List<String> vals = strings("SELECT val FROM t_setting WHERE name = 'n'");
        assertThat(vals).hasSize(1);
        assertThat(vals.get(0)).isNull();
    }

    @Test
    void pingAnswers() {
        assertThat(db.ping()).isTrue();
    }

    protected List<String> strings(String sql) {
        return strings(db, sql);
    }

    static List<String> strings(JdbcDatabase db, String sql) {
        return db.inTransaction(s -> s.query(sql, rs -> rs.getString(1)));
    }

    protected JdbcDatabase db() {
        return db;
    }

    @Test
    void aStatementBeyondTheQueryTimeoutIsCancelledAndTheTransactionRolledBack() throws Exception {
        JdbcDatabase limited = new JdbcDatabase(freshDataSource(), java.time.Duration.ofSeconds(1), java.time.Duration.ZERO);
        limited.migrate("core", List.of(V1));
        // a statement that would run for minutes: a four-fold cross join (Derby), a sleep (PostgreSQL)
        String slow = "derby".equals(limited.dialect())
                ? "SELECT COUNT(*) FROM SYS.SYSCOLUMNS a, SYS.SYSCOLUMNS b, SYS.SYSCOLUMNS c, SYS.SYSCOLUMNS d"
                : "SELECT CAST(pg_sleep(600) AS VARCHAR)";
        assertThatThrownBy(() -> limited.inTransaction(s -> {
            s.update("INSERT INTO t_setting (name, val) VALUES (?, ?)", "before", "the slow statement");
            return s.query(slow, rs -> rs.getString(1));
        })).isInstanceOfSatisfying(DataAccessException.class, e -> assertThat(((java.sql.SQLException) e.getCause()).getSQLState())
                .as("cancelled by the timeout: XCL52 (Derby), 57014 (PostgreSQL)").isIn("XCL52", "57014"));
        assertThat(strings(limited, "SELECT name FROM t_setting")).isEmpty();
    }

    @Test
    void aTransactionThatUsedUpItsBudgetGetsNoFurtherStatementAndIsRolledBack() throws Exception {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        JdbcDatabase limited = new JdbcDatabase(freshDataSource(), java.time.Duration.ofSeconds(30),
                java.time.Duration.ofSeconds(60), now::get);
        limited.migrate("core", List.of(V1));
        assertThatThrownBy(() -> limited.inTransaction(s -> {
            s.update("INSERT INTO t_setting (name, val) VALUES (?, ?)", "first", "in time");
            now.addAndGet(java.time.Duration.ofSeconds(61).toNanos());
            return s.update("INSERT INTO t_setting (name, val) VALUES (?, ?)", "second", "too late");
        })).isInstanceOfSatisfying(DataAccessException.class, e -> assertThat(e.getMessage()).contains("time budget"));
        assertThat(strings(limited, "SELECT name FROM t_setting")).isEmpty();
        // a new transaction has its own budget
        limited.inTransaction(s -> s.update("INSERT INTO t_setting (name, val) VALUES (?, ?)", "third", "in time"));
        assertThat(strings(limited, "SELECT name FROM t_setting")).containsExactly("third");
    }
}
