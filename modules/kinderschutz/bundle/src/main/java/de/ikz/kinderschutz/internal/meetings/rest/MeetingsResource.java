package de.ikz.kinderschutz.internal.meetings.rest;

import java.time.LocalDate;
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

import de.ikz.api.module.Roles;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.calendar.ICalendar;
import de.ikz.kinderschutz.internal.meetings.FollowUp;
import de.ikz.kinderschutz.internal.meetings.Meeting;
import de.ikz.kinderschutz.internal.meetings.MeetingsService;
import de.ikz.kinderschutz.internal.meetings.MeetingsService.FollowUpInput;
import de.ikz.kinderschutz.internal.meetings.MeetingsService.MeetingInput;
import de.ikz.kinderschutz.internal.meetings.MeetingsService.MinutesInput;
import de.ikz.kit.rest.Params;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Network conferences and working groups ({@code /meetings}), their follow-ups, invitations as iCalendar. */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kinderschutz: Meetings", description = "Network conferences, working groups, minutes, follow-ups, invitations")
public class MeetingsResource {

    private final MeetingsService service;

    public MeetingsResource(MeetingsService service) {
        this.service = service;
    }

    @Operation(operationId = "listMeetings", summary = "List the meetings (a member contact: those its institution is invited to)")
    @Roles({"coordinator", "member-contact", "auditor"})
    @GET
    public List<Meeting> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        return service.list(Params.caller(sc), Params.tenant(sc, tenant));
    }

    @Operation(operationId = "getMeeting", summary = "Show one meeting with agenda, attendance, minutes and decisions")
    @Roles({"coordinator", "member-contact", "auditor"})
    @GET
    @Path("{id}")
    public Meeting get(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return service.get(Params.caller(sc), Params.tenant(sc, tenant), id);
    }

    @Operation(operationId = "createMeeting", summary = "Plan a meeting and invite institutions")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Meeting.class)))
    @Roles("coordinator")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, @QueryParam("tenant") String tenant, MeetingInput body) {
        Meeting m = service.create(Params.caller(sc), Params.tenant(sc, tenant), Params.body(body));
        return Params.created(m, Params.moduleBase(ModuleDefinition.ID) + "meetings/" + m.id());
    }

    @Operation(operationId = "recordMinutes", summary = "Record attendance, minutes and decisions (the meeting is then held)")
    @Roles("coordinator")
    @POST
    @Path("{id}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Meeting minutes(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant, MinutesInput body) {
        return service.recordMinutes(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body));
    }

    @Operation(operationId = "cancelMeeting", summary = "Cancel a planned meeting")
    @Roles("coordinator")
    @POST
    @Path("{id}/cancel")
    public Meeting cancel(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return service.cancel(Params.caller(sc), Params.tenant(sc, tenant), id);
    }

    @Operation(operationId = "addFollowUp", summary = "Add a follow-up agreed in the meeting")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FollowUp.class)))
    @Roles("coordinator")
    @POST
    @Path("{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addFollowUp(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                                FollowUpInput body) {
        FollowUp f = service.addFollowUp(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body));
        return Params.created(f, Params.moduleBase(ModuleDefinition.ID) + "follow-ups");
    }

    @Operation(operationId = "meetingInvitation", summary = "The meeting's invitation as iCalendar (text/calendar)")
    @ApiResponse(responseCode = "200", description = "iCalendar", content = @Content(mediaType = "text/calendar"))
    @Roles({"coordinator", "member-contact", "auditor"})
    @GET
    @Path("{id}/invitation.ics")
    @Produces("text/calendar")
    public Response invitation(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return Response.ok(service.invitation(Params.caller(sc), Params.tenant(sc, tenant), id), ICalendar.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"einladung-" + id + ".ics\"").build();
    }

    @Operation(operationId = "meetingCalendar", summary = "The coming meetings as one iCalendar file")
    @ApiResponse(responseCode = "200", description = "iCalendar", content = @Content(mediaType = "text/calendar"))
    @Roles({"coordinator", "member-contact", "auditor"})
    @GET
    @Path("calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        return Response.ok(service.calendar(Params.caller(sc), Params.tenant(sc, tenant)), ICalendar.MEDIA_TYPE).build();
    }

    /** Follow-ups across meetings ({@code /follow-ups}). */
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Kinderschutz: Meetings", description = "Network conferences, working groups, minutes, follow-ups, invitations")
    public static class FollowUpsResource {
        private final MeetingsService service;

        public FollowUpsResource(MeetingsService service) {
            this.service = service;
        }

        /** When a follow-up was done (default today). */
        public record DoneInput(LocalDate doneOn) {
        }

        @Operation(operationId = "listFollowUps", summary = "List follow-ups (open=true: only those not done), due first")
        @Roles({"coordinator", "member-contact", "auditor"})
        @GET
        public List<FollowUp> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @QueryParam("open") String open) {
            return service.followUps(Params.caller(sc), Params.tenant(sc, tenant), Params.flag("open", open, false));
        }

        @Operation(operationId = "followUpDone", summary = "Mark a follow-up done (the coordinator or the owner institution's contact)")
        @Roles({"coordinator", "member-contact"})
        @POST
        @Path("{id}/done")
        @Consumes(MediaType.APPLICATION_JSON)
        public FollowUp done(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant, DoneInput body) {
            return service.done(Params.caller(sc), Params.tenant(sc, tenant), id, body == null ? null : body.doneOn());
        }
    }
}
