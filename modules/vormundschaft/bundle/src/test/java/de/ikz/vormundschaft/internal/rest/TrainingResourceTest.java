package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ikz.api.error.IkzException;
import de.ikz.testkit.Refusals;

import org.junit.jupiter.api.Test;

class TrainingResourceTest {

    private final FakeOffice office = new FakeOffice();
    private final TrainingResource resource = new TrainingResource(office);

    @Test
    void theCatalogueIsTheServices() {
        assertThat(resource.trainingModules(Callers.coordinator(), null)).isSameAs(office.modules);
        assertThat(office.only().method()).isEqualTo("trainingModules");
    }

    @Test
    void theTenantIsStillChecked() {
        assertThatThrownBy(() -> resource.trainingModules(Callers.coordinator(), "kreis-b"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
        Refusals.invalid("tenant", () -> resource.trainingModules(Callers.platformAdmin(), null));
        assertThatThrownBy(() -> resource.trainingModules(null, null))
                .isInstanceOfSatisfying(IkzException.class,
                        e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.UNAUTHENTICATED));
        assertThat(office.calls).isEmpty();
    }
}
