package de.ikz.agreement.internal;

import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Migration;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Applies the agreement bundle's migrations (owner "agreement") on start. */
@Component(service = AgreementSchema.class)
public final class AgreementSchema {

    public static final String OWNER = "agreement";

    @Activate
    public AgreementSchema(@Reference Database database, BundleContext context) {
        database.migrate(OWNER, Migration.fromBundle(context.getBundle()));
    }
}
