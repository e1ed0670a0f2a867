package de.ikz.vormundschaft.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Course;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.CourseInput;

/**
 * Training courses (one date of one training module), registrations and attendance. The office's
 * coordinators (role {@code coordinator} with module {@code vormundschaft}) plan courses and record
 * registrations and attendance; auditors read, pseudonymised, and change nothing. The tenant is the
 * caller's; a platform admin names it with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    /** Body of POST /courses/{id}/registrations. */
    public record CourseRegistration(String volunteerId) {
    }

    /** Body of POST /courses/{id}/attendance: whether a registered volunteer attended (on or after the course date). */
    public record Attendance(String volunteerId, Boolean attended) {
    }

    private final CoordinationOffice office;

    public CoursesResource(CoordinationOffice office) {
        this.office = office;
    }

    @GET
    public List<Course> courses(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.courses(c, c.tenantFor(tenant));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCourse(@Context SecurityContext sc, @QueryParam("tenant") String tenant, CourseInput body) {
        Caller c = CallerPrincipal.caller(sc);
        Course course = office.createCourse(c, c.tenantFor(tenant), Params.body(body));
        return Params.created(course, "courses/" + course.id());
    }

    /** Registers a volunteer; refused when the course is full or the volunteer has left. Answers the course. */
    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Course register(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                           CourseRegistration body) {
        Caller c = CallerPrincipal.caller(sc);
        return office.register(c, c.tenantFor(tenant), id, Params.body(body).volunteerId());
    }

    /** Answers the course. */
    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Course recordAttendance(@Context SecurityContext sc, @PathParam("id") String id,
                                   @QueryParam("tenant") String tenant, Attendance body) {
        Caller c = CallerPrincipal.caller(sc);
        Attendance a = Params.body(body);
        return office.recordAttendance(c, c.tenantFor(tenant), id, a.volunteerId(), a.attended());
    }
}
