package de.ikz.fruehehilfen.internal.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import de.ikz.api.persistence.Migration;
import de.ikz.fruehehilfen.internal.protection.FamilyTables.FamilyTable;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry against the migrated schema: nothing listed that does not exist, nothing with a family's rows left out. */
class FamilyTablesTest {

    @TempDir
    Path dir;

    @Test
    void everyTableWithAFamilysRowsIsRegisteredWithColumnsThatExist() throws Exception {
        DataSource ds = TestDatabases.derby(dir);
        new JdbcDatabase(ds).migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")));
        Map<String, Set<String>> columns = new HashMap<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getColumns(null, null, "FRUEHEHILFEN_%", "%")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), k -> new HashSet<>())
                        .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        Set<String> registered = new HashSet<>();
        for (FamilyTable t : FamilyTables.ALL) {
            assertThat(columns).as("table %s", t.table()).containsKey(t.table());
            Set<String> cols = columns.get(t.table());
            assertThat(cols).as("columns of %s", t.table()).contains("tenant_id", t.familyColumn())
                    .containsAll(t.keyColumns()).containsAll(t.sealed());
            assertThat(registered.add(t.table())).as("%s listed once", t.table()).isTrue();
        }
        columns.forEach((table, cols) -> {
            if (cols.contains("family_id") && !table.equals("fruehehilfen_retention")) {
                assertThat(registered).as("table %s holds a family's rows: add it to FamilyTables", table).contains(table);
            }
        });
        // the family's own row goes last: everything that refers to it is deleted before it
        assertThat(FamilyTables.ALL.get(FamilyTables.ALL.size() - 1).table()).isEqualTo("fruehehilfen_family");
    }
}
