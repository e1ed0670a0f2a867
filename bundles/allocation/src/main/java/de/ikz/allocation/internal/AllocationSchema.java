package de.ikz.allocation.internal;

import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Migration;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Applies the allocation bundle's migrations (owner "allocation") on start. */
@Component(service = AllocationSchema.class)
public final class AllocationSchema {

    public static final String OWNER = "allocation";

    @Activate
    public AllocationSchema(@Reference Database database, BundleContext context) {
        database.migrate(OWNER, Migration.fromBundle(context.getBundle()));
    }
}
