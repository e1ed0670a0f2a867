package de.ikz.fruehehilfen.internal.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;

import de.ikz.testkit.TestTenants;

import org.junit.jupiter.api.Test;

/** The DS side of retention: the daily job is scheduled from the settings and stopped with the component; bad settings refuse to start. */
class RetentionJobTest {

    static RetentionSettings settings(int years, String mode, String runAt, boolean enabled) {
        return new RetentionSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return RetentionSettings.class;
            }

            @Override
            public int years() {
                return years;
            }

            @Override
            public String mode() {
                return mode;
            }

            @Override
            public String runAt() {
                return runAt;
            }

            @Override
            public boolean enabled() {
                return enabled;
            }
        };
    }

    @Test
    void theDailyJobIsScheduledAndStopsWithTheComponent() {
        Retention r = new Retention(settings(3, "erase", "02:30", true), null, null, new TestTenants(), null);
        assertThat(r.jobScheduled()).isTrue();
        assertThat(r.mode()).isEqualTo(Retention.Mode.ERASE);

        r.stop();

        assertThat(r.jobScheduled()).isFalse();
        Retention off = new Retention(settings(3, "anonymise", "02:30", false), null, null, new TestTenants(), null);
        assertThat(off.jobScheduled()).isFalse();
    }

    @Test
    void badSettingsRefuseToStartNamingThePid() {
        assertThatThrownBy(() -> new Retention(settings(3, "shred", "02:30", true), null, null, new TestTenants(), null))
                .hasMessageContaining("shred").hasMessageContaining(RetentionSettings.PID);
        assertThatThrownBy(() -> new Retention(settings(3, "erase", "half past two", true), null, null, new TestTenants(), null))
                .hasMessageContaining("HH:mm");
        assertThatThrownBy(() -> new Retention(settings(31, "erase", "02:30", true), null, null, new TestTenants(), null))
                .hasMessageContaining("31");
    }
}
