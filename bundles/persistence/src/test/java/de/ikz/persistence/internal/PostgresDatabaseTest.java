package de.ikz.persistence.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/** The same contract on a real PostgreSQL 17 server (embedded binaries, loopback only). */
class PostgresDatabaseTest extends DatabaseContract {

    @Override
    protected DataSource freshDataSource() throws Exception {
        return PostgresTestServer.shared().freshDatabase();
    }

    @Test
    void aSignalOfOneNodeReachesTheOtherNodeOnTheSameDatabase() throws Exception {
        JdbcDatabase other = new JdbcDatabase(db().dataSourceForTests());
        try {
            var got = new java.util.concurrent.LinkedBlockingQueue<String>();
            other.listen("users_changed", p -> got.add(String.valueOf(p)));
            db().inTransaction(s -> {
                s.signal("users_changed", "42");
                return null;
            });
            awaitSignal(got, "42");
        } finally {
            other.close();
        }
    }

    @Test
    void backupIsLeftToPostgresTools() {
        assertThatThrownBy(() -> db().backup(java.nio.file.Path.of("target/nope")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("pg_dump");
    }
}
