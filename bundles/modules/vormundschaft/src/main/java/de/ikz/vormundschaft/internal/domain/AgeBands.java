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
}
