package de.ikz.vormundschaft.internal.domain;

import java.util.Set;

/** The age bands used in pseudonymised child profiles. */
public final class AgeBands {

    public static final Set<String> ALL = Set.of("0-5", "6-11", "12-17");

    private AgeBands() {
    }

    public static void require(String field, String band, boolean nullAllowed) {
        if (band == null ? !nullAllowed : !ALL.contains(band)) {
            throw new PipelineException(field, "age band must be one of 0-5, 6-11, 12-17"
                    + (nullAllowed ? " or empty for any" : "") + ", not " + band);
        }
    }

    /** The band of a child of this age (0 to 17 years). */
    public static String of(int age) {
        if (age < 0 || age > 17) {
            throw new PipelineException("age", "a child is 0 to 17 years old, not " + age);
        }
        return age <= 5 ? "0-5" : age <= 11 ? "6-11" : "12-17";
    }
}
