package de.ikz.itest.module;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.module.RoleDefinition;

import org.osgi.service.component.annotations.Component;

/** The smallest possible module: one measure, two roles, a REST API ({@link ItestApi}) without stored data. */
@Component(property = CooperationModule.PROPERTY_ID + "=" + ItestModule.ID)
public final class ItestModule implements CooperationModule {

    static final String ID = "itest-module";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, String> displayNames() {
        return Map.of("de", "Testmodul", "en", "Test module");
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<MeasureDefinition> measures() {
        return List.of(new MeasureDefinition("things", "Dinge je Partner", "count"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition("coordinator", "adds things"),
                new RoleDefinition("auditor", "reads things, changes nothing"));
    }

    @Override
    public Map<String, BigDecimal> measure(String measureId, String tenantId, LocalDate from, LocalDate to) {
        if (!"things".equals(measureId)) {
            throw new IllegalArgumentException("unknown measure " + measureId);
        }
        return Map.of();
    }
}
