package de.ikz.kit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import de.ikz.api.error.IkzException;

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
}
