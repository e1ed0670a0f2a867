package de.ikz.persistence.internal;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import de.ikz.api.persistence.DataAccessException;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Migration;
import de.ikz.api.persistence.OwnerOnly;
import de.ikz.api.persistence.MigrationException;
import de.ikz.api.persistence.RowMapper;
import de.ikz.api.persistence.Session;
import de.ikz.api.persistence.TenantSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Database} over any JDBC DataSource; plain Java, unit-tested on Derby and PostgreSQL.
 *
 * <p>Time budget: every statement of a transaction runs with a JDBC query timeout
 * ({@code queryTimeout}, default 30 s), and a transaction as a whole may use at most
 * {@code transactionBudget} (default 120 s): a statement gets the smaller of the two as its
 * timeout, and a statement that would start after the budget is used up is refused. Either way
 * the transaction is rolled back and the caller gets a {@link DataAccessException} with SQLState
 * class 57 (operator intervention: query cancelled), so one slow request cannot hold a connection
 * and its locks for ever. Migrations and backups are not limited. Zero switches a limit off.
 */
public final class JdbcDatabase implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDatabase.class);
    static final String HISTORY = "ikz_schema_history";

    /** Default limit of one statement. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    /** Default limit of one transaction (all its statements together). */
    public static final Duration DEFAULT_TRANSACTION_BUDGET = Duration.ofSeconds(120);

    private final String url;
    private final DataSource dataSource;
    private final String dialect;
    private final AtomicReference<Set<String>> tenantTables = new AtomicReference<>(Set.of());
    private final int queryTimeoutSeconds;
    private final long transactionBudgetNanos;
    private final LongSupplier nanoTime;
    private final Signals signals;

    public JdbcDatabase(DataSource dataSource) {
        this(dataSource, DEFAULT_QUERY_TIMEOUT, DEFAULT_TRANSACTION_BUDGET);
    }

    /**
     * @param queryTimeout      limit of one statement (whole seconds; zero: none)
     * @param transactionBudget limit of one transaction (zero: none)
     */
    public JdbcDatabase(DataSource dataSource, Duration queryTimeout, Duration transactionBudget) {
        this(dataSource, queryTimeout, transactionBudget, System::nanoTime);
    }

    JdbcDatabase(DataSource dataSource, Duration queryTimeout, Duration transactionBudget, LongSupplier nanoTime) {
        if (queryTimeout.isNegative() || transactionBudget.isNegative()) {
            throw new IllegalArgumentException("time limits must not be negative");
        }
        this.queryTimeoutSeconds = (int) Math.min(Integer.MAX_VALUE, (queryTimeout.toMillis() + 999) / 1000);
        this.transactionBudgetNanos = transactionBudget.toNanos();
        this.nanoTime = nanoTime;
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            url = String.valueOf(c.getMetaData().getURL()) + " as " + c.getMetaData().getUserName();
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("derby")) {
                dialect = "derby";
            } else if (product.contains("postgres")) {
                dialect = "postgresql";
            } else {
                throw new IllegalStateException("unsupported database: " + product + " (Derby and PostgreSQL are supported)");
            }
            ensureHistoryTable(c);
            refreshTenantTables(c);
            signals = new Signals(dataSource, dialect);
        } catch (SQLException e) {
            throw new IllegalStateException("database not reachable: " + e.getMessage(), e);
        }
    }

    @Override
    public String dialect() {
        return dialect;
    }

    /** The database this one is connected to: the JDBC URL and the user, as the driver reports them. */
    String url() {
        return url;
    }

    /** Upper-case names of the tables with a TENANT_ID column. */
    public Set<String> tenantTables() {
        return tenantTables.get();
    }

    /**
     * Whether this thread is inside {@link #inTransaction} of this database. A second transaction on the same
     * thread takes a second connection while holding the first: under load every pooled connection is held by
     * a thread waiting for another one and the whole platform stops (found by the directory benchmark, issue 13:
     * the public search named municipalities through the register inside its transaction). So nesting is refused
     * at once, in every test, instead of deadlocking in production.
     */
    private final ThreadLocal<Boolean> open = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Work<T> work) {
        if (open.get() != null) {
            throw new IllegalStateException("a transaction inside a transaction on the same thread: it would hold two pooled "
                    + "connections at once and can exhaust the pool under load; read what you need before or after, or use the session you have");
        }
        open.set(Boolean.TRUE);
        try {
            return transaction(work);
        } finally {
            open.remove();
        }
    }

    private <T> T transaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                JdbcSession session = new JdbcSession(c, new Budget(nanoTime.getAsLong()));
                T result = work.run(session);
                c.commit();
                if (session.sent != null) {
                    signals.committed(session.sent);
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c);
                if (e instanceof SQLException se) {
                    throw new DataAccessException(se);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException re) {
            LOG.warn("rollback failed", re);
        }
    }

    @Override
    public boolean ping() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("derby".equals(dialect) ? "VALUES 1" : "SELECT 1");
            return true;
        } catch (SQLException e) {
            LOG.warn("database ping failed: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public Path backup(Path folder) {
        if (!"derby".equals(dialect)) {
            throw new UnsupportedOperationException(
                    "online backup is built in for embedded Derby only; back up PostgreSQL with pg_dump or pg_basebackup (see docs/operator-guide.md)");
        }
        try (Connection c = dataSource.getConnection()) {
            Files.createDirectories(folder);
            OwnerOnly.restrict(folder);
            try (PreparedStatement ps = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                ps.setString(1, folder.toAbsolutePath().toString());
                ps.execute();
            }
            // a backup holds all personal data: only the platform's own user may read it
            OwnerOnly.restrictTree(folder);
            return folder.toAbsolutePath();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot create backup folder " + folder + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- migrations

    @Override
    public synchronized List<Integer> migrate(String owner, List<Migration> migrations) {
        Map<Integer, Migration> chosen = choose(owner, migrations);
        List<Integer> applied = new ArrayList<>();
        for (Migration m : chosen.values().stream().sorted(Comparator.comparingInt(Migration::version)).toList()) {
            if (applyOne(owner, m)) {
                applied.add(m.version());
            }
        }
        if (!applied.isEmpty()) {
            LOG.info("migrations of '{}' applied: {}", owner, applied);
        }
        return applied;
    }

    private Map<Integer, Migration> choose(String owner, List<Migration> migrations) {
        Map<Integer, Migration> chosen = new HashMap<>();
        for (Migration m : migrations) {
            if (m.dialect() != null && !m.dialect().equals(dialect)) {
                continue;
            }
            Migration other = chosen.get(m.version());
            if (other == null || (other.dialect() == null && m.dialect() != null)) {
                chosen.put(m.version(), m);
            } else if ((other.dialect() == null) == (m.dialect() == null)) {
                throw new MigrationException(owner, m.version(), "owner '" + owner + "' has two scripts for version "
                        + m.version() + ": " + other.description() + " and " + m.description(), null);
            }
        }
        return chosen;
    }

    private boolean applyOne(String owner, Migration m) {
        String script = "V" + m.version() + "__" + m.description() + (m.dialect() == null ? "" : "." + m.dialect()) + ".sql";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    // serialises migrations of several nodes sharing one database
                    s.execute("LOCK TABLE " + HISTORY + " IN EXCLUSIVE MODE");
                }
                String recorded = recordedChecksum(c, owner, m.version());
                if (recorded != null) {
                    c.rollback();
                    if (!recorded.equals(m.checksum())) {
                        throw new MigrationException(owner, m.version(), "migration " + script + " of '" + owner
                                + "' was changed after it was applied (released migrations must never be edited)", null);
                    }
                    return false;
                }
                int n = 0;
                for (String statement : splitStatements(m.sql())) {
                    n++;
                    try (Statement s = c.createStatement()) {
                        s.execute(statement);
                    } catch (SQLException e) {
                        throw new MigrationException(owner, m.version(), "migration " + script + " of '" + owner
                                + "' failed at statement " + n + ": " + e.getMessage() + " — nothing of it was applied", e);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + HISTORY
                        + " (owner, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, owner);
                    ps.setInt(2, m.version());
                    ps.setString(3, m.description());
                    ps.setString(4, m.checksum());
                    ps.setTimestamp(5, Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                }
                refreshTenantTables(c);
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                if (e instanceof MigrationException me) {
                    throw me;
                }
                throw new MigrationException(owner, m.version(), "migration " + script + " of '" + owner + "' failed: "
                        + e.getMessage() + " — nothing of it was applied", e);
            }
        } catch (SQLException e) {
            throw new MigrationException(owner, m.version(), "database not reachable: " + e.getMessage(), e);
        }
    }

    private static String recordedChecksum(Connection c, String owner, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT checksum FROM " + HISTORY + " WHERE owner = ? AND version = ?")) {
            ps.setString(1, owner);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Splits a script at semicolons that end a line; drops comment-only lines. */
    static List<String> splitStatements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.replace("\r\n", "\n").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private void ensureHistoryTable(Connection c) throws SQLException {
        if (tableExists(c, HISTORY)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + HISTORY + " (owner VARCHAR(100) NOT NULL, version INTEGER NOT NULL, "
                    + "description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL, "
                    + "PRIMARY KEY (owner, version))");
        } catch (SQLException e) {
            if (!tableExists(c, HISTORY)) { // another node may have created it meanwhile
                throw e;
            }
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void refreshTenantTables(Connection c) throws SQLException {
        String sql = "derby".equals(dialect)
                ? "SELECT t.TABLENAME FROM SYS.SYSTABLES t JOIN SYS.SYSCOLUMNS c ON c.REFERENCEID = t.TABLEID "
                        + "JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID "
                        + "WHERE c.COLUMNNAME = 'TENANT_ID' AND s.SCHEMANAME = CURRENT SCHEMA"
                : "SELECT table_name FROM information_schema.columns WHERE column_name = 'tenant_id' "
                        + "AND table_schema = current_schema()";
        Set<String> names = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1).toUpperCase(Locale.ROOT));
            }
        }
        tenantTables.set(Set.copyOf(names));
    }

    // ---------------------------------------------------------------- sessions

    /** The time budget of one transaction, started when it began. */
    private final class Budget {
        private final long started;

        Budget(long started) {
            this.started = started;
        }

        /** The timeout (seconds) for the next statement, or an exception if the transaction's budget is used up. */
        int nextTimeout() {
            if (transactionBudgetNanos == 0) {
                return queryTimeoutSeconds;
            }
            long left = transactionBudgetNanos - (nanoTime.getAsLong() - started);
            if (left <= 0) {
                throw new DataAccessException(new SQLTimeoutException("the transaction used up its time budget of "
                        + Duration.ofNanos(transactionBudgetNanos).toSeconds() + " s; rolled back", "57014"));
            }
            int leftSeconds = (int) Math.min(Integer.MAX_VALUE, (left + 999_999_999L) / 1_000_000_000L);
            return queryTimeoutSeconds == 0 ? leftSeconds : Math.min(queryTimeoutSeconds, leftSeconds);
        }
    }

    @Override
    public AutoCloseable listen(String channel, java.util.function.Consumer<String> listener) {
        return signals.listen(channel, listener);
    }

    /** The data source (tests: a second node on the same database). */
    DataSource dataSourceForTests() {
        return dataSource;
    }

    /** Stops listening for signals (the component's deactivation). */
    public void close() {
        signals.close();
    }

    private final class JdbcSession implements Session {
        private final Connection connection;
        private final Budget budget;
        /** Signals sent in this transaction (channel, payload), or null. */
        private List<String[]> sent;

        JdbcSession(Connection connection, Budget budget) {
            this.connection = connection;
            this.budget = budget;
        }

        @Override
        public int update(String sql, Object... params) {
            return execUpdate(connection, SqlGuard.forPlatform(sql, tenantTables.get()), null, params, budget.nextTimeout());
        }

        @Override
        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
            return execQuery(connection, SqlGuard.forPlatform(sql, tenantTables.get()), null, mapper, params, budget.nextTimeout());
        }

        @Override
        public TenantSession tenant(String tenantId) {
            if (tenantId == null || tenantId.isBlank()) {
                throw new IllegalArgumentException("tenant id required");
            }
            return new JdbcTenantSession(connection, tenantId, budget);
        }

        @Override
        public String dialect() {
            return dialect;
        }

        @Override
        public void signal(String channel, String payload) {
            String ch = Signals.checkChannel(channel);
            String p = Signals.checkPayload(payload);
            try {
                signals.send(connection, ch, p);
            } catch (SQLException e) {
                throw new DataAccessException(e);
            }
            if (sent == null) {
                sent = new java.util.ArrayList<>();
            }
            sent.add(new String[] {ch, p});
        }
    }

    private final class JdbcTenantSession implements TenantSession {
        private final Connection connection;
        private final String tenantId;
        private final Budget budget;

        JdbcTenantSession(Connection connection, String tenantId, Budget budget) {
            this.connection = connection;
            this.tenantId = tenantId;
            this.budget = budget;
        }

        @Override
        public String tenantId() {
            return tenantId;
        }

        @Override
        public int update(String sql, Object... params) {
            return execUpdate(connection, SqlGuard.forTenant(sql, tenantTables.get()), tenantId, params, budget.nextTimeout());
        }

        @Override
        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
            return execQuery(connection, SqlGuard.forTenant(sql, tenantTables.get()), tenantId, mapper, params,
                    budget.nextTimeout());
        }
    }

    private static int execUpdate(Connection c, SqlGuard.Prepared p, String tenantId, Object[] params, int timeoutSeconds) {
        try (PreparedStatement ps = c.prepareStatement(p.sql())) {
            ps.setQueryTimeout(timeoutSeconds);
            bind(ps, p, tenantId, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    private static <T> List<T> execQuery(Connection c, SqlGuard.Prepared p, String tenantId, RowMapper<T> mapper,
                                         Object[] params, int timeoutSeconds) {
        try (PreparedStatement ps = c.prepareStatement(p.sql())) {
            ps.setQueryTimeout(timeoutSeconds);
            bind(ps, p, tenantId, params);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    private static void bind(PreparedStatement ps, SqlGuard.Prepared p, String tenantId, Object[] params)
            throws SQLException {
        int expected = p.placeholders() - p.markerPositions().size();
        if (params.length != expected) {
            throw new IllegalArgumentException("statement has " + expected + " parameters, got " + params.length);
        }
        int next = 0;
        for (int pos = 1; pos <= p.placeholders(); pos++) {
            Object value = p.markerPositions().contains(pos) ? tenantId : params[next++];
            setParam(ps, pos, value);
        }
    }

    private static void setParam(PreparedStatement ps, int pos, Object value) throws SQLException {
        if (value == null) {
            int type = Types.VARCHAR;
            try {
                ParameterMetaData md = ps.getParameterMetaData();
                type = md.getParameterType(pos);
            } catch (SQLException e) {
                // driver cannot tell: VARCHAR is accepted for NULL by both databases
            }
            ps.setNull(pos, type);
        } else if (value instanceof Instant i) {
            ps.setTimestamp(pos, Timestamp.from(i));
        } else if (value instanceof LocalDate d) {
            ps.setDate(pos, java.sql.Date.valueOf(d));
        } else if (value instanceof LocalDateTime dt) {
            ps.setTimestamp(pos, Timestamp.valueOf(dt));
        } else if (value instanceof BigDecimal b) {
            ps.setBigDecimal(pos, b);
        } else if (value instanceof Enum<?> e) {
            ps.setString(pos, e.name());
        } else {
            ps.setObject(pos, value);
        }
    }
}
