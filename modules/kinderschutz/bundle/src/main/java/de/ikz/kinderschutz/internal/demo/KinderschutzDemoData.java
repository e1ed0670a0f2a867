package de.ikz.kinderschutz.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.DemoData;
import de.ikz.api.tenant.Caller;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.db.Schema;
import de.ikz.kinderschutz.internal.meetings.MeetingsService;
import de.ikz.kinderschutz.internal.members.MembersService;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.reports.ReportsService;
import de.ikz.kinderschutz.internal.training.TrainingService;
import de.ikz.kit.text.GermanFormat;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the Kinderschutz module adds to the core's {@code ikz:demo-load}: the ImBlick network
 * ({@link ImBlickDemo}) and the demo users {@value ImBlickDemo#MEMBER_CONTACT_USER} (member contact of a
 * welfare organisation) and {@value ImBlickDemo#TRAINER_USER} (trainer of the demo courses). The
 * network's coordinator is the core demo's {@code koordination}. No agreement of its own.
 */
@Component(service = DemoData.class, property = DemoData.PROPERTY_ID + "=" + ModuleDefinition.ID)
public final class KinderschutzDemoData implements DemoData {

    private final ImBlickDemo.Services services;

    @Activate
    public KinderschutzDemoData(@Reference Schema schema, @Reference MembersService members, @Reference MeetingsService meetings,
                                @Reference TrainingService training, @Reference OffersService offers, @Reference ReportsService reports) {
        this(new ImBlickDemo.Services(members, meetings, training, offers, reports));
    }

    public KinderschutzDemoData(ImBlickDemo.Services services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ModuleDefinition.ID;
    }

    @Override
    public List<Seed> agreements() {
        return List.of();
    }

    @Override
    public Map<String, List<String>> users() {
        return Map.of(ImBlickDemo.MEMBER_CONTACT_USER, List.of(ModuleDefinition.MEMBER_CONTACT),
                ImBlickDemo.TRAINER_USER, List.of(ModuleDefinition.TRAINER));
    }

    @Override
    public String load(Caller platformAdmin, String tenantId, int year) {
        return ImBlickDemo.load(services, platformAdmin, tenantId, year, LocalDate.now(GermanFormat.ZONE));
    }
}
