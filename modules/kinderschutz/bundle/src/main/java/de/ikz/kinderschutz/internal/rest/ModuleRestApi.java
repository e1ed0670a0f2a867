package de.ikz.kinderschutz.internal.rest;

import java.time.Clock;

import javax.ws.rs.Path;

import de.ikz.api.document.DocumentService;
import de.ikz.api.rest.ModuleApi;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.db.Schema;
import de.ikz.kinderschutz.internal.meetings.MeetingsService;
import de.ikz.kinderschutz.internal.meetings.rest.MeetingsResource;
import de.ikz.kinderschutz.internal.meetings.rest.MeetingsResource.FollowUpsResource;
import de.ikz.kinderschutz.internal.members.MembersService;
import de.ikz.kinderschutz.internal.members.rest.MembersResource;
import de.ikz.kinderschutz.internal.members.rest.MembersResource.AgreementsResource;
import de.ikz.kinderschutz.internal.members.rest.MembersResource.SpecialistsResource;
import de.ikz.kinderschutz.internal.offers.DirectoryExports;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.offers.rest.OffersResource;
import de.ikz.kinderschutz.internal.offers.rest.OffersResource.DirectoryResource;
import de.ikz.kinderschutz.internal.offers.rest.PublicDirectoryResource;
import de.ikz.kinderschutz.internal.reports.ReportsService;
import de.ikz.kinderschutz.internal.reports.rest.ReportsResource;
import de.ikz.kinderschutz.internal.training.TrainingService;
import de.ikz.kinderschutz.internal.training.rest.CoursesResource;
import de.ikz.kinderschutz.internal.training.rest.CoursesResource.TotalsResource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's REST API, served by the platform at {@code /api/v1/modules/kinderschutz/…} (see
 * {@link ModuleApi}): one sub-resource locator per part; the public directory under
 * {@code public/{network}/…}, whose operations need no login. The class-level path is what the
 * platform maps it to; it is here for the generated OpenAPI document. No operation accepts a
 * child's or a family's personal data: no request body has a field for it, and unknown fields are
 * refused (400 naming the field).
 */
@Component(service = ModuleApi.class, property = ModuleApi.PROPERTY_ID + "=" + ModuleDefinition.ID)
@Path("modules/" + ModuleDefinition.ID)
public class ModuleRestApi implements ModuleApi {

    private final MembersService members;
    private final MeetingsService meetings;
    private final TrainingService training;
    private final OffersService offers;
    private final ReportsService reports;
    private final DirectoryExports exports;

    @Activate
    public ModuleRestApi(@Reference Schema schema, @Reference MembersService members, @Reference MeetingsService meetings,
                         @Reference TrainingService training, @Reference OffersService offers, @Reference ReportsService reports,
                         @Reference DocumentService documents) {
        this.members = members;
        this.meetings = meetings;
        this.training = training;
        this.offers = offers;
        this.reports = reports;
        this.exports = new DirectoryExports(offers, documents, Clock.systemUTC());
    }

    /** Member institutions and their people. */
    @Path("institutions")
    public MembersResource institutions() {
        return new MembersResource(members);
    }

    /** Specialists and contact persons for professionals bound to secrecy. */
    @Path("specialists")
    public SpecialistsResource specialists() {
        return new SpecialistsResource(members);
    }

    /** Agreements with member institutions. */
    @Path("agreements")
    public AgreementsResource agreements() {
        return new AgreementsResource(members);
    }

    /** Network conferences and working groups. */
    @Path("meetings")
    public MeetingsResource meetings() {
        return new MeetingsResource(meetings);
    }

    /** Follow-ups of the meetings. */
    @Path("follow-ups")
    public FollowUpsResource followUps() {
        return new FollowUpsResource(meetings);
    }

    /** Courses, registrations, attendance, certificates. */
    @Path("courses")
    public CoursesResource courses() {
        return new CoursesResource(training);
    }

    /** Training totals per institution and field. */
    @Path("training/totals")
    public TotalsResource trainingTotals() {
        return new TotalsResource(training);
    }

    /** The offers directory, staff side. */
    @Path("offers")
    public OffersResource offers() {
        return new OffersResource(offers);
    }

    /** The public directory's address and name. */
    @Path("directory")
    public DirectoryResource directory() {
        return new DirectoryResource(offers);
    }

    /** The public offers directory (no login). */
    @Path("public/{network}")
    public PublicDirectoryResource publicDirectory() {
        return new PublicDirectoryResource(offers, exports);
    }

    /** Network budget per year: expenses, split, notices. */
    @Path("budget")
    public ReportsResource budget() {
        return new ReportsResource(reports);
    }

    /** Yearly indicators. */
    @Path("reports")
    public ReportsResource.IndicatorsResource reports() {
        return new ReportsResource.IndicatorsResource(reports);
    }
}
