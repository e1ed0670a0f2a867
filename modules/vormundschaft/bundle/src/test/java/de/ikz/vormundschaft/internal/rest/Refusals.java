package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import de.ikz.api.error.IkzException;

/** Asserts a refusal as the platform turns it into a problem: kind INVALID and the field at fault. */
final class Refusals {

    private Refusals() {
    }

    /** Asserts that {@code call} is refused as invalid input naming {@code field} (null: the body as a whole); returns the detail. */
    static String invalid(String field, ThrowingCallable call) {
        IkzException[] caught = new IkzException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(IkzException.class, e -> {
            assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
            assertThat(e.field()).isEqualTo(field);
            caught[0] = e;
        });
        return caught[0].getMessage();
    }
}
