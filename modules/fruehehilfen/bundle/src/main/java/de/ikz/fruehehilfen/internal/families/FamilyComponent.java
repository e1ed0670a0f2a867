package de.ikz.fruehehilfen.internal.families;

import java.time.Clock;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Database;
import de.ikz.fruehehilfen.internal.db.Schema;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link FamilyServiceImpl} as the DS service {@link FamilyService} and {@link FamilyAccess}: up
 * only once the schema is migrated and the cipher ({@link Sealer}, the protection part's key ring)
 * is there, so no identity is ever written unsealed.
 */
@Component(service = {FamilyService.class, FamilyAccess.class})
public final class FamilyComponent extends FamilyServiceImpl {

    @Activate
    public FamilyComponent(@Reference Schema schema, @Reference Database db, @Reference AuditLog audit,
                           @Reference ParticipantService participants, @Reference RegisterService register,
                           @Reference Sealer sealer) {
        super(db, audit, Offices.platform(participants, register), sealer, Clock.systemDefaultZone());
    }
}
