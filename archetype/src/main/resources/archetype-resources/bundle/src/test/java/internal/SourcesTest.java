package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import de.ikz.testkit.IdCheck;

import org.junit.jupiter.api.Test;

/** House rule: a new record's id comes from Ids.unused in the inserting transaction, never a bare Ids.newId ({@link IdCheck}). */
class SourcesTest {

    @Test
    void everyNewRecordsIdIsDrawnUnusedInItsTable() throws Exception {
        assertThat(IdCheck.directDraws(Path.of("src/main/java"))).isEmpty();
    }
}
