package de.ikz.kit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.RowMapper;
import de.ikz.api.persistence.TenantSession;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void aNewIdHasThePrefixAndSixUnambiguousCharacters() {
        String id = Ids.newId("K");
        assertThat(id).matches("K-[A-HJ-NP-Z2-9]{6}");
        assertThat(id).doesNotContain("0").doesNotContain("O").doesNotContain("1").doesNotContain("I");
    }

    @Test
    void newIdsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(Ids.newId("V"));
        }
        // 1000 draws out of about a billion: a repeat would mean the generator is broken
        assertThat(ids).hasSize(1000);
    }

    @Test
    void anIdFromOutsideIsShortAndPlain() {
        assertThat(Ids.id("id", " K-7F3Q2M ")).isEqualTo("K-7F3Q2M");
        assertThat(Ids.id("id", "vormundschaft-altkreis_aachen.2")).isNotNull();
        for (String bad : new String[] {null, " ", "a/b", "../x", "a b", "x".repeat(65), "ä"}) {
            assertThatThrownBy(() -> Ids.id("id", bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("id"));
        }
    }

    @Test
    void anUnusedIdIsDrawnAgainWhileTheTablesRowsHaveIt() {
        Rows rows = new Rows(Set.of("K-AAAAAA", "K-BBBBBB"));
        Iterator<String> draws = List.of("K-AAAAAA", "K-BBBBBB", "K-CCCCCC").iterator();
        assertThat(Ids.unused(rows, "fh_contact", draws::next)).isEqualTo("K-CCCCCC");
        assertThat(rows.sql).hasSize(3).allSatisfy(q -> assertThat(q).contains("FROM fh_contact").contains("tenant_id = :tenant"));
        assertThat(rows.params).containsExactly("K-AAAAAA", "K-BBBBBB", "K-CCCCCC");
    }

    @Test
    void aFreshIdIsTakenAtTheFirstDrawAndHasThePrefix() {
        Rows rows = new Rows(Set.of());
        assertThat(Ids.unused(rows, "fh_contact", "K")).matches("K-[A-HJ-NP-Z2-9]{6}");
        assertThat(rows.sql).hasSize(1);
    }

    @Test
    void aDrawThatKeepsHittingTakenIdsEndsWithAnErrorNamingTheTable() {
        Rows rows = new Rows(Set.of("K-AAAAAA"));
        assertThatThrownBy(() -> Ids.unused(rows, "fh_contact", () -> "K-AAAAAA"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fh_contact");
        assertThat(rows.sql).hasSize(Ids.DRAWS);
    }

    /** A tenant's table holding the given ids. */
    private static final class Rows implements TenantSession {
        final Set<String> ids;
        final List<String> sql = new ArrayList<>();
        final List<Object> params = new ArrayList<>();

        Rows(Set<String> ids) {
            this.ids = ids;
        }

        @Override
        public String tenantId() {
            return "t1";
        }

        @Override
        public int update(String statement, Object... p) {
            throw new UnsupportedOperationException(statement);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> List<T> query(String statement, RowMapper<T> mapper, Object... p) {
            sql.add(statement);
            params.add(p[0]);
            return ids.contains(p[0]) ? List.of((T) p[0]) : List.of();
        }
    }
}
