package de.ikz.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for one test class (embedded binaries, loopback only), handing out an
 * empty database per test. Shared with the other bundles' tests through this bundle's test jar.
 */
public final class PostgresTestServer implements AutoCloseable {

    private final EmbeddedPostgres pg;
    private final AtomicInteger counter = new AtomicInteger();

    private PostgresTestServer(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    public static PostgresTestServer start() throws java.io.IOException {
        return new PostgresTestServer(EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start());
    }

    /** A new, empty database on the server. */
    public DataSource freshDatabase() throws SQLException {
        String name = "t" + counter.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return pg.getDatabase("postgres", name);
    }

    @Override
    public void close() throws java.io.IOException {
        pg.close();
    }
}
