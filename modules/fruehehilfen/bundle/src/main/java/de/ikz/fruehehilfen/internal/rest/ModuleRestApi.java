package de.ikz.fruehehilfen.internal.rest;

import javax.ws.rs.Path;

import de.ikz.api.rest.ModuleApi;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.db.Schema;
import de.ikz.fruehehilfen.internal.families.FamilyService;
import de.ikz.fruehehilfen.internal.families.rest.FamiliesResource;
import de.ikz.fruehehilfen.internal.families.rest.StaffResource;
import de.ikz.fruehehilfen.internal.pool.PoolService;
import de.ikz.fruehehilfen.internal.pool.rest.PoolResource;
import de.ikz.fruehehilfen.internal.protection.FamilyExport;
import de.ikz.fruehehilfen.internal.protection.rest.ExportsResource;
import de.ikz.fruehehilfen.internal.reports.Reports;
import de.ikz.fruehehilfen.internal.reports.rest.ReportsResource;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.fruehehilfen.internal.visits.rest.AssessmentsResource;
import de.ikz.fruehehilfen.internal.visits.rest.ContactsResource;
import de.ikz.fruehehilfen.internal.visits.rest.FamilyContactsResource;
import de.ikz.fruehehilfen.internal.visits.rest.ResourcesResource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's REST API, served by the platform at {@code /api/v1/modules/fruehehilfen/…} (see
 * {@link ModuleApi}): one sub-resource per top-level segment, each part's resource class in its own
 * package. The class-level path is what the platform maps it to; it is here for the generated
 * OpenAPI document. Not a whiteboard resource: the platform's JSON handling, problem details,
 * authentication and role checks apply.
 */
@Component(service = ModuleApi.class, property = ModuleApi.PROPERTY_ID + "=" + ModuleDefinition.ID)
@Path("modules/" + ModuleDefinition.ID)
public class ModuleRestApi implements ModuleApi {

    private final ReportsResource reports;
    private final VisitService visits;
    private final PoolResource pool;
    private final FamiliesResource families;
    private final StaffResource staff;
    private final ExportsResource exports;

    @Activate
    public ModuleRestApi(@Reference Reports reports, @Reference Schema schema, @Reference VisitService visits,
                         @Reference PoolService pool, @Reference FamilyService families,
                         @Reference FamilyExport export) {
        this.exports = new ExportsResource(export);
        this.families = new FamiliesResource(families);
        this.staff = new StaffResource(families);
        this.reports = new ReportsResource(reports);
        this.visits = visits;
        this.pool = new PoolResource(pool);
        // each part adds its service reference(s) and sub-resource locator(s)
    }

    /** The funding pool per year: grants, own share, receipts, expenses, network work, year end. */
    @Path("pool")
    public PoolResource pool() {
        return pool;
    }

    /** Families as pseudonymised cases: list, open, identity, consent, assignment, closing (the families part). */
    @Path("families")
    public FamiliesResource families() {
        return families;
    }

    /** Staff of the family-midwife service (the families part). */
    @Path("staff")
    public StaffResource staff() {
        return staff;
    }

    /** Due list, steering report, proof of use. */
    @Path("reports")
    public ReportsResource reports() {
        return reports;
    }

    /** Contacts of one family (the visits part; more literal characters than {@code families}, so JAX-RS picks it). */
    @Path("families/{familyId}/contacts")
    public FamilyContactsResource familyContacts() {
        return new FamilyContactsResource(visits);
    }

    /** Six-area assessments of one family. */
    @Path("families/{familyId}/assessments")
    public AssessmentsResource familyAssessments() {
        return new AssessmentsResource(visits);
    }

    /** Resources and burdens of one family. */
    @Path("families/{familyId}/resources")
    public ResourcesResource familyResources() {
        return new ResourcesResource(visits);
    }

    /** Contacts over a period, of the families the caller works with. */
    @Path("contacts")
    public ContactsResource contacts() {
        return new ContactsResource(visits);
    }

    /** GDPR Art. 15 export of one family, JSON or PDF/A (the protection part; its own segment beside families). */
    @Path("exports")
    public ExportsResource exports() {
        return exports;
    }
}
