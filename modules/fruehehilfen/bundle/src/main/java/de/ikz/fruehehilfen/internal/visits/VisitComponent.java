package de.ikz.fruehehilfen.internal.visits;

import java.time.Clock;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.persistence.Database;
import de.ikz.fruehehilfen.internal.db.Schema;
import de.ikz.fruehehilfen.internal.families.FamilyAccess;
import de.ikz.fruehehilfen.internal.families.Sealer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@link VisitServiceImpl} as the DS services {@link VisitService} and {@link ServiceFigures}: up
 * only once the schema is migrated, the families part's row rules are there and the cipher
 * ({@link Sealer}, the protection part's key ring) is there, so no checklist is ever written
 * unsealed. Settings: PID {@value VisitSettings#PID}.
 */
@Component(service = {VisitService.class, ServiceFigures.class}, configurationPid = VisitSettings.PID)
@Designate(ocd = VisitSettings.class)
public final class VisitComponent extends VisitServiceImpl {

    @Activate
    public VisitComponent(VisitSettings settings, @Reference Schema schema, @Reference Database db, @Reference AuditLog audit,
                          @Reference FamilyAccess access, @Reference Sealer sealer) {
        super(db, audit, access, sealer, Clock.systemDefaultZone(), VisitLimits.of(settings));
    }
}
