package de.ikz.vormundschaft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import de.ikz.testkit.DsCheck;
import de.ikz.testkit.IdCheck;

import org.junit.jupiter.api.Test;

/** Every DS component of the module can be constructed by SCR: one public constructor of the arity its description names. */
class ComponentsTest {

    @Test
    void everyComponentHasOneActivationConstructor() throws Exception {
        assertThat(DsCheck.findings(Path.of("target/classes/OSGI-INF"), getClass().getClassLoader())).isEmpty();
    }

    @Test
    void everyNewRecordsIdIsDrawnUnusedInItsTable() throws Exception {
        assertThat(IdCheck.directDraws(Path.of("src/main/java"))).isEmpty();
    }
}
