package de.ikz.kinderschutz.internal.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.participant.ParticipantService;
import de.ikz.api.ui.UiContribution;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.db.Schema;
import de.ikz.kinderschutz.internal.meetings.MeetingsService;
import de.ikz.kinderschutz.internal.meetings.ui.MeetingScreens;
import de.ikz.kinderschutz.internal.members.MembersService;
import de.ikz.kinderschutz.internal.members.ui.MemberScreens;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.offers.ui.FamilyScreens;
import de.ikz.kinderschutz.internal.offers.ui.OfferScreens;
import de.ikz.kinderschutz.internal.reports.ReportsService;
import de.ikz.kinderschutz.internal.reports.ui.BudgetScreens;
import de.ikz.kinderschutz.internal.reports.ui.OverviewScreens;
import de.ikz.kinderschutz.internal.training.TrainingService;
import de.ikz.kinderschutz.internal.training.ui.CourseScreens;
import de.ikz.kit.ui.ModuleScreens;
import de.ikz.kit.ui.ScreenSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's screens under {@code /ui/kinderschutz/}: the {@link ScreenSet}s of its parts, in
 * navigation order. Roles on each page are the module's ({@link ModuleDefinition#ROLES}).
 */
@Component(service = UiContribution.class, property = UiContribution.PROPERTY_ID + "=" + ModuleDefinition.ID)
public final class KinderschutzUi extends ModuleScreens {

    @Activate
    public KinderschutzUi(@Reference Schema schema, @Reference MembersService members, @Reference MeetingsService meetings,
                          @Reference TrainingService training, @Reference OffersService offers, @Reference ReportsService reports,
                          @Reference ParticipantService participants) {
        this(List.of(
                new OverviewScreens(members, meetings, training),
                new MeetingScreens(meetings, members),
                new CourseScreens(training, members),
                new MemberScreens(members),
                new OfferScreens(offers),
                new FamilyScreens(offers),
                new BudgetScreens(reports, (r, t) -> {
                    Map<String, String> names = new LinkedHashMap<>();
                    participants.listBodies(r.caller(), t).forEach(p -> names.put(p.id(), p.name()));
                    return names;
                })));
    }

    /** For tests: the given sets. */
    public KinderschutzUi(List<ScreenSet> sets) {
        super(ModuleDefinition.ID, "Kinderschutz-Netzwerk", sets);
    }
}
