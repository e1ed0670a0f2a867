package de.ikz.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.PostgresTestServer;

import org.junit.jupiter.api.Test;

class PostgresDatabaseUserStoreTest extends DatabaseUserStoreContract {

    @Override
    protected DataSource freshDataSource() throws Exception {
        return PostgresTestServer.shared().freshDatabase();
    }

    /**
     * Two nodes on one database (issue 14: a user created through node A answered 401 on node B, and the same name
     * could be created again on B).
     */
    @Test
    void aUserCreatedOnOneNodeIsThereOnTheOtherAndItsGenerationMovesThere() throws Exception {
        JdbcDatabase otherDb = new JdbcDatabase(dataSource);
        UserGeneration otherGeneration = new UserGeneration(otherDb);
        try {
            DatabaseUserStore other = new DatabaseUserStore(otherDb, JaasUserStore.Crypt.of(SETTINGS), otherGeneration);
            long seenOnB = otherGeneration.current();
            store.putUser("dora", "correct horse battery");
            assertThat(other.exists("dora")).isTrue();
            assertThat(other.checkPassword("dora", "correct horse battery")).isTrue();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (otherGeneration.current() == seenOnB && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L); // poll until the deadline
            }
            assertThat(otherGeneration.current()).as("node B heard of the change").isGreaterThan(seenOnB);
            assertThat(otherGeneration.current()).isEqualTo(generation.current());
        } finally {
            otherGeneration.close();
            otherDb.close();
        }
    }
}
