package de.ikz.core.internal;

import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Migration;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Applies the core's migrations when the bundle starts. Core services reference this service,
 * so they start only on a migrated schema.
 */
@Component(service = CoreSchema.class)
public final class CoreSchema {

    public static final String OWNER = "core";

    @Activate
    public CoreSchema(@Reference Database database, BundleContext context) {
        database.migrate(OWNER, Migration.fromBundle(context.getBundle()));
    }
}
