package de.ikz.fruehehilfen.internal.ui;

import java.util.List;

import de.ikz.api.ui.UiContribution;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.db.Schema;
import de.ikz.fruehehilfen.internal.families.FamilyService;
import de.ikz.fruehehilfen.internal.families.Offices;
import de.ikz.fruehehilfen.internal.families.ui.FamilyScreens;
import de.ikz.fruehehilfen.internal.reports.Reports;
import de.ikz.fruehehilfen.internal.reports.ui.ReportScreens;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.fruehehilfen.internal.visits.ui.VisitPageParts;
import de.ikz.fruehehilfen.internal.visits.ui.VisitScreens;
import de.ikz.kit.ui.ModuleScreens;
import de.ikz.kit.ui.ScreenSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's screens under {@code /ui/fruehehilfen/}: the {@link ScreenSet}s of its parts, in
 * navigation order. Roles on each page are the module's ({@link ModuleDefinition#ROLES}).
 */
@Component(service = UiContribution.class, property = UiContribution.PROPERTY_ID + "=" + ModuleDefinition.ID)
public final class FruehehilfenUi extends ModuleScreens {

    @Activate
    public FruehehilfenUi(@Reference Reports reports, @Reference Schema schema,
                          @Reference FamilyService families, @Reference de.ikz.api.participant.ParticipantService participants,
                          @Reference de.ikz.api.participant.RegisterService register,
                          @Reference de.ikz.fruehehilfen.internal.pool.PoolService pool,
                          @Reference VisitService visits, @Reference de.ikz.fruehehilfen.internal.families.FamilyAccess access) {
        this(List.of(
                // each part adds its screen set here, in navigation order
                new ReportScreens(reports), // REPORTS: the start page "" first (next set: add a comma here)
                // VISITS: "Besuche" (the professional's visit log); its sections of the family page go to FamilyScreens
                new VisitScreens(visits, access),
                // FAMILIES: "Familien", "Fachkräfte"; the family page carries the visits part's sections
                new FamilyScreens(families, Offices.platform(participants, register), new VisitPageParts(visits)),
                // POOL: "Fonds", "Ausgaben buchen", "Netzwerkarbeit"
                de.ikz.fruehehilfen.internal.pool.ui.PoolScreens.on(pool, participants)
        ));
    }

    /** For tests: the given sets. */
    public FruehehilfenUi(List<ScreenSet> sets) {
        super(ModuleDefinition.ID, "Frühe Hilfen", sets);
    }
}
