package de.ikz.kinderschutz.internal.training.rest;

import java.util.List;
import java.util.Map;

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
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.training.Course;
import de.ikz.kinderschutz.internal.training.Registration;
import de.ikz.kinderschutz.internal.training.TrainingService;
import de.ikz.kinderschutz.internal.training.TrainingService.AttendanceInput;
import de.ikz.kinderschutz.internal.training.TrainingService.CourseInput;
import de.ikz.kinderschutz.internal.training.TrainingService.RegistrationInput;
import de.ikz.kinderschutz.internal.training.TrainingService.Totals;
import de.ikz.kit.rest.Params;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Training for professionals ({@code /courses}): registrations with waiting list, attendance, certificates. */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kinderschutz: Training", description = "Courses, registrations, waiting list, attendance, certificates of attendance")
public class CoursesResource {

    private final TrainingService service;

    public CoursesResource(TrainingService service) {
        this.service = service;
    }

    @Operation(operationId = "listCourses", summary = "List the courses")
    @Roles({"coordinator", "member-contact", "trainer", "auditor"})
    @GET
    public List<Course> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        return service.courses(Params.caller(sc), Params.tenant(sc, tenant));
    }

    @Operation(operationId = "getCourse", summary = "Show one course")
    @Roles({"coordinator", "member-contact", "trainer", "auditor"})
    @GET
    @Path("{id}")
    public Course get(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return service.course(Params.caller(sc), Params.tenant(sc, tenant), id);
    }

    @Operation(operationId = "createCourse", summary = "Add a course with its dates and capacity")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Course.class)))
    @Roles("coordinator")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, @QueryParam("tenant") String tenant, CourseInput body) {
        Course c = service.create(Params.caller(sc), Params.tenant(sc, tenant), Params.body(body));
        return Params.created(c, Params.moduleBase(ModuleDefinition.ID) + "courses/" + c.id());
    }

    @Operation(operationId = "listRegistrations", summary = "List a course's registrations and waiting list (a member contact: its own)")
    @Roles({"coordinator", "member-contact", "trainer", "auditor"})
    @GET
    @Path("{id}/registrations")
    public List<Registration> registrations(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return service.registrations(Params.caller(sc), Params.tenant(sc, tenant), id);
    }

    @Operation(operationId = "registerForCourse", summary = "Register a professional: a place, or the waiting list when the course is full")
    @ApiResponse(responseCode = "201", description = "Registered or on the waiting list (see state)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Registration.class)))
    @Roles({"coordinator", "member-contact"})
    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                             RegistrationInput body) {
        Registration r = service.register(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body));
        return Params.created(r, Params.moduleBase(ModuleDefinition.ID) + "courses/" + id + "/registrations");
    }

    @Operation(operationId = "cancelRegistration", summary = "Cancel a registration (the first on the waiting list moves up)")
    @Roles({"coordinator", "member-contact"})
    @POST
    @Path("{id}/registrations/{registrationId}/cancel")
    public Registration cancel(@Context SecurityContext sc, @PathParam("id") String id, @PathParam("registrationId") String registrationId,
                               @QueryParam("tenant") String tenant) {
        return service.cancel(Params.caller(sc), Params.tenant(sc, tenant), id, registrationId);
    }

    @Operation(operationId = "recordAttendance", summary = "Record who was present at one date of the course")
    @Roles({"coordinator", "trainer"})
    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Registration> attendance(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                                         AttendanceInput body) {
        return service.attendance(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body));
    }

    @Operation(operationId = "courseCertificate", summary = "The certificate of attendance of one registration (PDF/A)")
    @ApiResponse(responseCode = "200", description = "PDF/A", content = @Content(mediaType = "application/pdf"))
    @Roles({"coordinator", "trainer", "member-contact"})
    @GET
    @Path("{id}/registrations/{registrationId}/certificate.pdf")
    @Produces("application/pdf")
    public Response certificate(@Context SecurityContext sc, @PathParam("id") String id, @PathParam("registrationId") String registrationId,
                                @QueryParam("tenant") String tenant) {
        byte[] pdf = service.certificate(Params.caller(sc), Params.tenant(sc, tenant), id, registrationId);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"teilnahmebescheinigung-"
                + id + "-" + registrationId + ".pdf\"").build();
    }

    /** Totals per institution and field ({@code /training/totals}). */
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Kinderschutz: Training", description = "Courses, registrations, waiting list, attendance, certificates of attendance")
    public static class TotalsResource {
        private final TrainingService service;

        public TotalsResource(TrainingService service) {
            this.service = service;
        }

        @Operation(operationId = "trainingTotals", summary = "Registrations, attendees and hours per institution and per field for a year")
        @Roles({"coordinator", "auditor"})
        @GET
        public Map<String, List<Totals>> totals(@Context SecurityContext sc, @QueryParam("tenant") String tenant,
                                                @QueryParam("year") String year) {
            return service.totals(Params.caller(sc), Params.tenant(sc, tenant), Params.year("year", year, service.today().getYear()));
        }
    }
}
