package de.ikz.vormundschaft.internal.service;

import de.ikz.vormundschaft.internal.VormundschaftModule;

import java.util.List;

import de.ikz.api.module.DemoData;
import de.ikz.api.tenant.Caller;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the guardianship module adds to the core's {@code ikz:demo-load}: the Altkreis Aachen
 * agreement with its example budget run ({@link DemoAgreement#agreement()}), then the example
 * volunteers, children and appointments ({@link DemoCases}). The split by active appointments stays
 * with {@code vormundschaft:demo-load}, so the core's demo keeps its agreements and runs.
 */
@Component(service = DemoData.class, property = DemoData.PROPERTY_ID + "=" + VormundschaftModule.ID)
public final class VormundschaftDemoData implements DemoData {

    private final DemoCases.Office office;

    @Activate
    public VormundschaftDemoData(@Reference Volunteers volunteers, @Reference Training training, @Reference Cases cases,
                                 @Reference Appointments appointments) {
        this.office = new DemoCases.Office(volunteers, training, cases, appointments);
    }

    @Override
    public String moduleId() {
        return VormundschaftModule.ID;
    }

    @Override
    public List<Seed> agreements() {
        return List.of(new Seed(DemoAgreement.agreement(), DemoAgreement.BUDGET));
    }

    @Override
    public String load(Caller platformAdmin, String tenantId, int year) {
        return DemoCases.load(office, platformAdmin, tenantId);
    }
}
