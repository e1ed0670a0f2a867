package de.ikz.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import de.ikz.api.persistence.Migration;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyDatabaseTest extends DatabaseContract {

    @TempDir
    static Path dir;

    @Override
    protected DataSource freshDataSource() {
        return DerbyTestDatabase.fresh(dir);
    }

    @Test
    void onlineBackupWritesACopyThatOpens() throws Exception {
        db().migrate("core", List.of(new Migration(1, "init", null, "CREATE TABLE t_b (v VARCHAR(5));\nINSERT INTO t_b VALUES ('kept');")));
        Path target = dir.resolve("backup-" + UUID.randomUUID());
        Path written = db().backup(target);
        try (var list = Files.list(written)) {
            Path copy = list.findFirst().orElseThrow();
            EmbeddedDataSource restored = new EmbeddedDataSource();
            restored.setDatabaseName(copy.toString());
            JdbcDatabase reopened = new JdbcDatabase(restored);
            assertThat(strings(reopened, "SELECT v FROM t_b")).containsExactly("kept");
        }
    }
}
