package de.ikz.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kill while Derby creates the database must not brick the installation (issue 14). */
class DerbyFolderRecoveryTest {

    /** Each test is a start of its own (a new JVM for the data source guard of DatabaseComponent). */
    @org.junit.jupiter.api.BeforeEach
    void asAFreshStart() {
        DatabaseComponent.forgetStart();
    }


    @TempDir
    Path tmp;

    @Test
    void halfCreatedDerbyFolderIsMovedAsideAndTheDatabaseCreatedAnew() throws Exception {
        Path folder = tmp.resolve("ikz/derby");
        halfCreated(folder);
        // what every start saw before the fix: XBM0A, for good
        assertThatThrownBy(() -> new JdbcDatabase(dataSource(folder)))
                .isInstanceOf(IllegalStateException.class)
                .hasStackTraceContaining("service.properties");

        DatabaseComponent db = new DatabaseComponent(dataSource(folder), config(), folder);

        assertThat(db.ping()).isTrue();
        assertThat(folder.resolve("service.properties")).exists();
        try (Stream<Path> s = Files.list(folder.getParent())) {
            List<Path> aside = s.filter(p -> p.getFileName().toString().startsWith("derby.incomplete-")).toList();
            assertThat(aside).hasSize(1);
            assertThat(aside.get(0).resolve("seg0")).isDirectory(); // moved, never deleted
        }
        shutdown(folder);
    }

    @Test
    void completeDatabaseIsLeftAloneWithItsData() throws Exception {
        Path folder = tmp.resolve("ikz/derby");
        new DatabaseComponent(dataSource(folder), config(), folder).inTransaction(s -> {
            s.update("CREATE TABLE kept (id INT)");
            return s.update("INSERT INTO kept VALUES (1)");
        });
        shutdown(folder);

        DatabaseComponent again = new DatabaseComponent(dataSource(folder), config(), folder);

        List<Integer> kept = again.inTransaction(s -> s.query("SELECT id FROM kept", r -> r.getInt(1)));
        assertThat(kept).containsExactly(1);
        try (Stream<Path> s = Files.list(folder.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("derby");
        }
        shutdown(folder);
    }

    @Test
    void folderWhileDerbyRewritesItsPropertiesIsNotTakenAsIncomplete() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("derby"));
        Files.writeString(folder.resolve("service.propertiesold"), "x");
        assertThat(DerbyFolderRecovery.isIncomplete(folder)).isFalse();
        assertThat(DerbyFolderRecovery.isIncomplete(tmp.resolve("missing"))).isFalse();
    }

    /** A database whose creation was cut short: Derby's files without service.properties (written last). */
    private void halfCreated(Path folder) throws Exception {
        dataSource(folder).getConnection().close();
        shutdown(folder);
        Files.delete(folder.resolve("service.properties"));
    }

    private static EmbeddedDataSource dataSource(Path folder) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(folder.toString());
        ds.setCreateDatabase("create");
        return ds;
    }

    private static void shutdown(Path folder) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(folder.toString());
        ds.setShutdownDatabase("shutdown");
        try (Connection c = ds.getConnection()) {
            throw new AssertionError("Derby did not shut down");
        } catch (SQLException expected) {
            // 08006: database shut down
        }
    }

    /** The persistence settings at their defaults (also for {@link DatabaseSwitchTest}). */
    static DatabaseComponent.Config config() {
        return new DatabaseComponent.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DatabaseComponent.Config.class;
            }

            @Override
            public long query_timeout_seconds() {
                return 30;
            }

            @Override
            public long transaction_budget_seconds() {
                return 120;
            }
        };
    }
}
