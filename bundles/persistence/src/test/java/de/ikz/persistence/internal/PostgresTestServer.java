package de.ikz.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (embedded binaries, loopback only), handing out an empty database per
 * test. {@link #shared()} is the one server of a test JVM, so the contract tests of a bundle start
 * PostgreSQL once, not once per class. Shared with the other bundles' tests through this bundle's
 * test jar.
 */
public final class PostgresTestServer implements AutoCloseable {

    private static PostgresTestServer shared;

    private final EmbeddedPostgres pg;
    private final AtomicInteger counter = new AtomicInteger();

    private PostgresTestServer(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    public static PostgresTestServer start() throws java.io.IOException {
        return new PostgresTestServer(EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start());
    }

    /** The server of this test JVM: started on first use, stopped when the JVM ends. */
    public static synchronized PostgresTestServer shared() throws java.io.IOException {
        if (shared == null) {
            PostgresTestServer server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (java.io.IOException e) {
                    // the JVM ends anyway; the embedded server's folder is temporary
                }
            }, "postgres-test-server-stop"));
            shared = server;
        }
        return shared;
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
