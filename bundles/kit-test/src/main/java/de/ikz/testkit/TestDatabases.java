package de.ikz.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import de.ikz.persistence.internal.DerbyTestDatabase;
import de.ikz.persistence.internal.PostgresTestServer;

/**
 * The two databases a module's persistence code is tested on, from the persistence bundle's test
 * jar (this kit depends on it, so a module needs only {@code ikz-kit-test}). The house rule: an
 * abstract contract class with the tests, one subclass per database that only says where its
 * database comes from:
 *
 * <pre>{@code
 * class DerbyOfficeTest extends OfficeContract {
 *     @TempDir Path dir;
 *     protected DataSource dataSource() { return TestDatabases.derby(dir); }
 * }
 * class PostgresOfficeTest extends OfficeContract {
 *     protected DataSource dataSource() throws Exception { return TestDatabases.postgres(); }
 * }
 * }</pre>
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A new, empty embedded Derby database in {@code dir} (a JUnit {@code @TempDir}). */
    public static DataSource derby(Path dir) {
        return DerbyTestDatabase.fresh(dir);
    }

    /**
     * A new, empty database on the one embedded PostgreSQL of this test JVM (started on first use,
     * loopback only, stopped when the JVM ends).
     */
    public static DataSource postgres() throws IOException, SQLException {
        return PostgresTestServer.shared().freshDatabase();
    }
}
