package de.ikz.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ikz.api.error.IkzException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Asserts a refusal as the platform turns it into a problem document (REST) or an
 * {@code Error in <field>} line (console): the kind and the field at fault.
 */
public final class Refusals {

    private Refusals() {
    }

    /** Asserts that {@code call} is refused as invalid input naming {@code field} (null: the body as a whole); returns the detail. */
    public static String invalid(String field, ThrowingCallable call) {
        return refused(IkzException.Kind.INVALID, field, call);
    }

    /** Asserts that {@code call} is refused with {@code kind} naming {@code field}; returns the detail. */
    public static String refused(IkzException.Kind kind, String field, ThrowingCallable call) {
        IkzException[] caught = new IkzException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(IkzException.class, e -> {
            assertThat(e.kind()).as("kind of the refusal").isEqualTo(kind);
            assertThat(e.field()).as("field of the refusal").isEqualTo(field);
            caught[0] = e;
        });
        return caught[0].getMessage();
    }
}
