package de.ikz.participant.internal;

import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Migration;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Applies this bundle's migrations (register and participant tables) when it starts. The
 * services reference this service, so they start only on a migrated schema.
 */
@Component(service = ParticipantSchema.class)
public final class ParticipantSchema {

    public static final String OWNER = "participant";

    @Activate
    public ParticipantSchema(@Reference Database database, BundleContext context) {
        database.migrate(OWNER, Migration.fromBundle(context.getBundle()));
    }
}
