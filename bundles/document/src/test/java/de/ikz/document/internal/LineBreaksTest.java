package de.ikz.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a line may end: after spaces, and after '/' or '-' inside an id; never inside a word or number. */
class LineBreaksTest {

    private static List<String> pieces(String text) {
        LineBreaks b = new LineBreaks();
        b.setText(text);
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at = b.next(); at != -1; at = b.next()) {
            out.add(text.substring(from, at));
            from = at;
        }
        return out;
    }

    @Test
    void breaksAfterSpacesAndAfterSlashOrHyphenInIds() {
        assertThat(pieces("Quelle vormundschaft/active-appointments"))
                .containsExactly("Quelle ", "vormundschaft/", "active-", "appointments");
    }

    @Test
    void neverBreaksAMinusANumberOrAPhoneNumber() {
        assertThat(pieces("-1.234,56 € 0241 5198-2345 2025/01")).containsExactly("-1.234,56 ", "€ ", "0241 ", "5198-2345 ", "2025/01");
    }

    @Test
    void aWordWithoutBreakOpportunityStaysWhole() {
        assertThat(pieces("Einwohnerzahlen")).containsExactly("Einwohnerzahlen");
        assertThat(pieces("")).isEmpty();
    }
}
