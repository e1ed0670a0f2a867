package de.ikz.fruehehilfen.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.DemoData;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.db.Schema;
import de.ikz.fruehehilfen.internal.families.FamilyService;
import de.ikz.fruehehilfen.internal.pool.PoolService;
import de.ikz.fruehehilfen.internal.reports.Reports;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.kit.text.GermanFormat;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the Frühe Hilfen module adds to the core's {@code ikz:demo-load}: the demo year of the Kreis
 * Heinsberg ({@link DemoYear}) and the demo user {@value DemoYear#PROFESSIONAL_USER}, a family
 * midwife (module role {@code professional}) linked to her staff record by user name.
 * <p>
 * No agreement of its own: the core's demo already creates the Frühe Hilfen agreement of the Kreis
 * Heinsberg ({@code fruehe-hilfen-kreis-heinsberg}) with its four partner towns, whose youth offices
 * are the partners of the pool here.
 */
@Component(service = DemoData.class, property = DemoData.PROPERTY_ID + "=" + ModuleDefinition.ID)
public final class FruehehilfenDemoData implements DemoData {

    private final DemoYear.Services services;

    @Activate
    public FruehehilfenDemoData(@Reference Schema schema, @Reference PoolService pool, @Reference FamilyService families,
                                @Reference VisitService visits, @Reference Reports reports) {
        this(new DemoYear.Services(pool, families, visits, reports));
    }

    /** For tests: the given services. */
    public FruehehilfenDemoData(DemoYear.Services services) {
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
        return Map.of(DemoYear.PROFESSIONAL_USER, List.of(ModuleDefinition.PROFESSIONAL));
    }

    @Override
    public String load(Caller platformAdmin, String tenantId, int year) {
        DemoYear.Result r = DemoYear.load(services, platformAdmin, tenantId, year, LocalDate.now(GermanFormat.ZONE));
        return DemoYear.line(tenantId, year, r);
    }
}
