package de.ikz.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running platform does not switch databases when the data source file is replaced; a restart does. */
class DatabaseSwitchTest {

    @TempDir
    Path dir;

    @BeforeEach
    @AfterEach
    void asAfterARestart() {
        DatabaseComponent.forgetStart();
    }

    @Test
    void anotherDataSourceWhileRunningIsRefusedTheSameOneAgainIsTakenAndARestartTakesTheNewOne() {
        DataSource first = DerbyTestDatabase.fresh(dir);
        DataSource other = DerbyTestDatabase.fresh(dir);
        new DatabaseComponent(first, config(), null);
        // the persistence settings changed: the component comes again with the same data source
        assertThat(new DatabaseComponent(first, config(), null).dialect()).isEqualTo("derby");
        assertThatThrownBy(() -> new DatabaseComponent(other, config(), null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changed while the platform runs").hasMessageContaining("restart");
        DatabaseComponent.forgetStart();
        assertThat(new DatabaseComponent(other, config(), null).dialect()).isEqualTo("derby");
    }

    private static DatabaseComponent.Config config() {
        return DerbyFolderRecoveryTest.config();
    }
}
