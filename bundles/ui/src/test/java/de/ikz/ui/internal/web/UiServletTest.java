package de.ikz.ui.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What the servlet translates: the client address behind trusted proxies, form bodies. */
class UiServletTest {

    @Test
    void forwardedForCountsOnlyFromATrustedProxy() {
        Set<String> proxy = Set.of("10.0.0.1");
        assertThat(UiServlet.clientAddress("192.0.2.9", List.of("203.0.113.5"), proxy)).as("not a proxy: the header is ignored")
                .isEqualTo("192.0.2.9");
        assertThat(UiServlet.clientAddress("10.0.0.1", List.of("203.0.113.5"), proxy)).isEqualTo("203.0.113.5");
        assertThat(UiServlet.clientAddress("10.0.0.1", List.of("198.51.100.1, 203.0.113.5"), proxy))
                .as("the client chooses only what is left of the proxy's entry").isEqualTo("203.0.113.5");
        assertThat(UiServlet.clientAddress("10.0.0.1", List.of("evil\r\nx"), proxy)).isEqualTo("10.0.0.1");
        assertThat(UiServlet.clientAddress("10.0.0.1", List.of(), proxy)).isEqualTo("10.0.0.1");
    }

    @Test
    void formBodiesAreDecodedAndRepeatedFieldsKept() {
        assertThat(UiServlet.parse("a=1&a=2&name=M%C3%BCller+Anna&empty=&bad=%ZZ&flag"))
                .containsEntry("a", List.of("1", "2")).containsEntry("name", List.of("Müller Anna"))
                .containsEntry("empty", List.of("")).containsEntry("flag", List.of("")).doesNotContainKey("bad");
    }
}
