package de.ikz.vormundschaft.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgeBandsTest {

    @Test
    void eachAgeFallsIntoItsBandAtTheEdges() {
        assertThat(AgeBands.of(0)).isEqualTo("0-5");
        assertThat(AgeBands.of(5)).isEqualTo("0-5");
        assertThat(AgeBands.of(6)).isEqualTo("6-11");
        assertThat(AgeBands.of(11)).isEqualTo("6-11");
        assertThat(AgeBands.of(12)).isEqualTo("12-17");
        assertThat(AgeBands.of(17)).isEqualTo("12-17");
    }

    @Test
    void agesOutsideChildhoodAreRefused() {
        assertThatThrownBy(() -> AgeBands.of(18)).isInstanceOfSatisfying(PipelineException.class,
                e -> assertThat(e.field()).isEqualTo("age"));
        assertThatThrownBy(() -> AgeBands.of(-1)).isInstanceOf(PipelineException.class);
    }
}
