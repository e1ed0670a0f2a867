package de.ikz.vormundschaft.internal.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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

import de.ikz.api.module.Roles;
import de.ikz.kit.rest.Params;
import de.ikz.vormundschaft.internal.service.Training;
import de.ikz.vormundschaft.internal.service.Training.Course;
import de.ikz.vormundschaft.internal.service.Training.CourseInput;

/**
 * Training courses (one date of one training module), registrations and attendance. The office's
 * coordinators (role {@code coordinator} with module {@code vormundschaft}) plan courses and record
 * registrations and attendance; auditors read, pseudonymised, and change nothing. The tenant is the
 * caller's; a platform admin names it with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vormundschaft: Courses", description = "Training courses, registrations and attendance")
public class CoursesResource {

    /** Body of POST /courses/{id}/registrations. */
    public record CourseRegistration(String volunteerId) {
    }

    /** Body of POST /courses/{id}/attendance: whether a registered volunteer attended (on or after the course date). */
    public record Attendance(String volunteerId, Boolean attended) {
    }

    private final Training office;

    public CoursesResource(Training office) {
        this.office = office;
    }

    @Operation(operationId = "listCourses", summary = "List training courses")
    @Roles({"coordinator", "auditor"})
    @GET
    public List<Course> courses(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        return office.courses(Params.caller(sc), Params.tenant(sc, tenant));
    }

    @Operation(operationId = "createCourse", summary = "Create a training course")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Course.class)))
    @Roles("coordinator")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCourse(@Context SecurityContext sc, @QueryParam("tenant") String tenant, CourseInput body) {
        Course course = office.createCourse(Params.caller(sc), Params.tenant(sc, tenant), Params.body(body));
        return Params.created(course, VormundschaftApi.BASE + "courses/" + course.id());
    }

    /** Registers a volunteer; refused when the course is full or the volunteer has left. Answers the course. */
    @Operation(operationId = "registerForCourse", summary = "Register a volunteer for a course")
    @Roles("coordinator")
    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Course register(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                           CourseRegistration body) {
        return office.register(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body).volunteerId());
    }

    /** Answers the course. */
    @Operation(operationId = "recordAttendance", summary = "Record attendance of a course")
    @Roles("coordinator")
    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Course recordAttendance(@Context SecurityContext sc, @PathParam("id") String id,
                                   @QueryParam("tenant") String tenant, Attendance body) {
        Attendance a = Params.body(body);
        return office.recordAttendance(Params.caller(sc), Params.tenant(sc, tenant), id, a.volunteerId(), a.attended());
    }
}
