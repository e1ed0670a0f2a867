package de.ikz.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.ikz.api.error.IkzException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The kit's own tests' refusal check (the kit cannot use the test kit, which depends on it). */
public final class Refused {

    private Refused() {
    }

    /** Asserts an INVALID refusal naming {@code field}; returns its detail. */
    public static String invalid(String field, ThrowingCallable call) {
        IkzException e = catchThrowableOfType(IkzException.class, call);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
        assertThat(e.field()).isEqualTo(field);
        return e.getMessage();
    }
}
