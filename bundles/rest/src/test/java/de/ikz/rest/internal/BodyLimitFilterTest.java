package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;

import de.ikz.api.error.IkzException;

import org.junit.jupiter.api.Test;

class BodyLimitFilterTest {

    @Test
    void fileImportsHaveTheirOwnLimit() {
        assertThat(BodyLimitFilter.isUpload("register/import")).isTrue();
        assertThat(BodyLimitFilter.isUpload("/register/figures/import")).isTrue();
        assertThat(BodyLimitFilter.isUpload("tenants")).isFalse();
    }

    @Test
    void aStreamUpToTheLimitReadsAndOneByteMoreIsRefused() throws Exception {
        try (var ok = new BodyLimitFilter.Limited(new ByteArrayInputStream(new byte[100]), 100)) {
            assertThat(ok.readAllBytes()).hasSize(100);
        }
        var tooMuch = new BodyLimitFilter.Limited(new ByteArrayInputStream(new byte[101]), 100);
        assertThatThrownBy(tooMuch::readAllBytes)
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.TOO_LARGE));
    }
}
