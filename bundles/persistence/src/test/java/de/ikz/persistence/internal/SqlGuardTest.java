package de.ikz.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SqlGuardTest {

    private static final Set<String> TENANT = Set.of("T_NOTE");

    @Test
    void markersBecomePositionalParametersInOrder() {
        SqlGuard.Prepared p = SqlGuard.forTenant("SELECT * FROM t_note WHERE id = ? AND tenant_id = :tenant AND x = ?", TENANT);
        assertThat(p.sql()).isEqualTo("SELECT * FROM t_note WHERE id = ? AND tenant_id = ? AND x = ?");
        assertThat(p.markerPositions()).containsExactly(2);
        assertThat(p.placeholders()).isEqualTo(3);
    }

    @Test
    void literalsAndCommentsAreNotRead() {
        SqlGuard.Prepared p = SqlGuard.prepare("SELECT 'from t_note ? :tenant' /* t_note */ -- t_note :tenant\nFROM other", TENANT);
        assertThat(p.tenantTableRefs()).isZero();
        assertThat(p.markerPositions()).isEmpty();
        assertThat(p.placeholders()).isZero();
    }

    @Test
    void tableNamesAreCaseInsensitiveAndAliasesDoNotCount() {
        assertThat(SqlGuard.prepare("select n.text from T_Note n where n.tenant_id = :tenant", TENANT).tenantTableRefs()).isEqualTo(1);
    }

    @Test
    void platformStatementsMayNotTouchTenantTables() {
        assertThatThrownBy(() -> SqlGuard.forPlatform("DELETE FROM t_note", TENANT)).hasMessageContaining("tenant table");
        assertThatThrownBy(() -> SqlGuard.forPlatform("SELECT 1 FROM x WHERE a = :tenant", TENANT)).hasMessageContaining("only allowed");
        assertThat(SqlGuard.forPlatform("SELECT * FROM t_notes", TENANT).tenantTableRefs()).isZero();
    }

    @Test
    void aLongerWordStartingWithTheMarkerIsNotAMarker() {
        assertThat(SqlGuard.prepare("SELECT :tenants FROM x", Set.of()).markerPositions()).isEqualTo(List.of());
    }

    @Test
    void scriptsSplitAtLineEndingSemicolons() {
        assertThat(JdbcDatabase.splitStatements("-- c\nCREATE TABLE a (x VARCHAR(3) DEFAULT ';');\n\nINSERT INTO a\n VALUES ('b');\n"))
                .containsExactly("CREATE TABLE a (x VARCHAR(3) DEFAULT ';')", "INSERT INTO a\nVALUES ('b')");
    }
}
