package de.ikz.persistence.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same contract on a real PostgreSQL 17 server (embedded binaries, loopback only). */
class PostgresDatabaseTest extends DatabaseContract {

    private static PostgresTestServer pg;

    @BeforeAll
    static void start() throws Exception {
        pg = PostgresTestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    protected DataSource freshDataSource() throws Exception {
        return pg.freshDatabase();
    }

    @Test
    void backupIsLeftToPostgresTools() {
        assertThatThrownBy(() -> db().backup(java.nio.file.Path.of("target/nope")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("pg_dump");
    }
}
