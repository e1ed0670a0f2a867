package de.ikz.vormundschaft.internal.rest;

import de.ikz.vormundschaft.internal.VormundschaftModule;

import javax.ws.rs.Path;

import de.ikz.api.rest.ModuleApi;
import de.ikz.kit.rest.Params;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Cases;
import de.ikz.vormundschaft.internal.service.Reports;
import de.ikz.vormundschaft.internal.service.Training;
import de.ikz.vormundschaft.internal.service.Volunteers;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's REST API, served by the platform at {@code /api/v1/modules/vormundschaft/…} (see
 * {@link ModuleApi}): one sub-resource per top-level segment. The class-level path is what the
 * platform maps it to; it is here for the generated OpenAPI document.
 */
@Component(service = ModuleApi.class, property = ModuleApi.PROPERTY_ID + "=" + VormundschaftModule.ID)
@Path("modules/" + VormundschaftModule.ID)
public class VormundschaftApi implements ModuleApi {

    /** Where the module's operations live under the application base; Locations of created records start with it. */
    static final String BASE = Params.moduleBase(VormundschaftModule.ID);

    private final VolunteersResource volunteers;
    private final TrainingResource training;
    private final CoursesResource courses;
    private final ChildrenResource children;
    private final AppointmentsResource appointments;
    private final AllowanceClaimsResource allowanceClaims;
    private final ContactsResource contacts;
    private final GroupEveningsResource groupEvenings;
    private final DueResource due;
    private final ReportsResource reports;

    @Activate
    public VormundschaftApi(@Reference Volunteers volunteerService, @Reference Training trainingService, @Reference Cases cases,
                            @Reference Appointments appointmentService, @Reference Reports reportService) {
        volunteers = new VolunteersResource(volunteerService);
        training = new TrainingResource(trainingService);
        courses = new CoursesResource(trainingService);
        children = new ChildrenResource(cases);
        appointments = new AppointmentsResource(appointmentService);
        allowanceClaims = new AllowanceClaimsResource(appointmentService);
        contacts = new ContactsResource(appointmentService);
        groupEvenings = new GroupEveningsResource(appointmentService);
        due = new DueResource(reportService);
        reports = new ReportsResource(reportService);
    }

    @Path("volunteers")
    public VolunteersResource volunteers() {
        return volunteers;
    }

    @Path("training")
    public TrainingResource training() {
        return training;
    }

    @Path("courses")
    public CoursesResource courses() {
        return courses;
    }

    @Path("children")
    public ChildrenResource children() {
        return children;
    }

    @Path("appointments")
    public AppointmentsResource appointments() {
        return appointments;
    }

    @Path("allowance-claims")
    public AllowanceClaimsResource allowanceClaims() {
        return allowanceClaims;
    }

    @Path("contacts")
    public ContactsResource contacts() {
        return contacts;
    }

    @Path("group-evenings")
    public GroupEveningsResource groupEvenings() {
        return groupEvenings;
    }

    @Path("due")
    public DueResource due() {
        return due;
    }

    @Path("reports")
    public ReportsResource reports() {
        return reports;
    }
}
