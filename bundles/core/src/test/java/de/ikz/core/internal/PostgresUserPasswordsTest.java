package de.ikz.core.internal;

import javax.sql.DataSource;

import de.ikz.persistence.internal.PostgresTestServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresUserPasswordsTest extends UserPasswordsContract {

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
}
