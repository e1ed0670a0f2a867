package de.ikz.ui.internal.render;

import java.util.List;
import java.util.Map;

/**
 * What a refused submit leaves for the next rendering of the same screen: the values sent (they
 * win over {@code Input.value}) and the field marked with its message.
 *
 * @param submitted    the form fields as sent
 * @param errorField   the name of the field at fault, or null
 * @param errorMessage the message shown at that field (or above the form when no field matches), or null
 */
public record FormState(Map<String, List<String>> submitted, String errorField, String errorMessage) {

    /** A screen rendered without a previous submit. */
    public static final FormState NONE = new FormState(Map.of(), null, null);

    public FormState {
        submitted = submitted == null ? Map.of() : Map.copyOf(submitted);
    }
}
