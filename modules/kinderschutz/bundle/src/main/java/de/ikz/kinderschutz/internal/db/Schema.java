package de.ikz.kinderschutz.internal.db;

import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Migration;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Applies the module's migrations (db/migration in this bundle, one file per part) when the bundle
 * starts; every component that uses the tables references this one, so nothing runs on a missing
 * schema. The tables stay when the module is removed: a redeployed module finds its data again.
 * <p>
 * No table has a column for a child's or a family's personal data: the network has no power to
 * exchange case data (§ 3 KKG, § 9 LKiSchG NRW), so there is no place to put it.
 */
@Component(service = Schema.class)
public final class Schema {

    /** Owner under which the platform records this module's applied migrations. */
    public static final String OWNER = "kinderschutz";

    @Activate
    public Schema(@Reference Database db, BundleContext ctx) {
        db.migrate(OWNER, Migration.fromBundle(ctx.getBundle()));
    }
}
