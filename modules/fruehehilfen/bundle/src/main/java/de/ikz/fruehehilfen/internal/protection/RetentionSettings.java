package de.ikz.fruehehilfen.internal.protection;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Retention of a family's data after the case ended, PID {@code de.ikz.fruehehilfen.retention}. */
@ObjectClassDefinition(name = "Frühe Hilfen: retention",
        description = "How long a family's data is kept after its case was closed, and what happens then")
public @interface RetentionSettings {

    String PID = "de.ikz.fruehehilfen.retention";

    @AttributeDefinition(name = "Years after case end", description = "A family whose case closed more than this many years "
            + "ago is erased or anonymised (1 to 30); open cases never")
    int years() default 3;

    @AttributeDefinition(name = "Mode", description = "anonymise: identity and health data (sealed fields) removed, the "
            + "pseudonymised case, contacts, assessments and consents kept for the statistics; erase: every row of the family deleted")
    String mode() default "anonymise";

    @AttributeDefinition(name = "Daily run", description = "Time of day (HH:mm, the server's time zone) of the daily job")
    String runAt() default "02:30";

    @AttributeDefinition(name = "Job enabled", description = "Run the daily job (the console command works either way)")
    boolean enabled() default true;
}
