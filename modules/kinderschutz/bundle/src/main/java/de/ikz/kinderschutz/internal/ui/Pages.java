package de.ikz.kinderschutz.internal.ui;

import de.ikz.api.error.IkzException;
import de.ikz.api.ui.UiRequest;

/** Small helpers of the module's screens: the caller's tenant, the lines of a text area, the no-case-data hint. */
public final class Pages {

    /** Shown above every free-text field of the network (minutes, follow-ups, agenda). */
    public static final String NO_CASE_DATA = "Keine personenbezogenen Daten von Kindern oder Familien eintragen: "
            + "das Netzwerk tauscht keine Falldaten aus (§ 3 KKG).";

    private Pages() {
    }

    public static String tenant(UiRequest r) {
        return r.caller().tenantId().orElseThrow(() -> IkzException.notFound("tenant", "of the caller"));
    }

    /** The lines of a textarea, blank ones dropped. */
    public static java.util.List<String> lines(UiRequest r, String name) {
        return r.param(name).map(v -> java.util.Arrays.stream(v.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(java.util.List.of());
    }
}
