package de.ikz.fruehehilfen.internal.visits;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the visit log, PID {@code de.ikz.fruehehilfen.visits}. */
@ObjectClassDefinition(name = "Frühe Hilfen: visit log",
        description = "Contacts of the family-midwife service: duration bounds and the visit log's defaults")
public @interface VisitSettings {

    String PID = "de.ikz.fruehehilfen.visits";

    @AttributeDefinition(name = "Longest contact (minutes)", description = "A contact of more minutes is refused (1 to 1440)")
    int contact_maxMinutes() default 720;

    @AttributeDefinition(name = "Default duration (minutes)", description = "Duration of a contact booked without one")
    int contact_defaultMinutes() default 60;

    @AttributeDefinition(name = "Recent contacts", description = "How many of her own recent contacts the visit log shows")
    int log_recent() default 10;
}
