package de.ikz.vormundschaft.internal.service;

import java.time.Clock;
import java.util.List;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;
import de.ikz.kit.input.Ids;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Training on the platform database: courses, registrations, attendance (see {@link OfficeService} for the DS layout). */
@Component(service = Training.class)
public final class TrainingImpl extends OfficeService implements Training {

    @Activate
    public TrainingImpl(@Reference VormundschaftSchema schema, @Reference Database db, @Reference AuditLog audit,
                        @Reference ParticipantService participants, @Reference RegisterService register) {
        this(db, audit, new PlatformDirectory(participants, register), Clock.systemDefaultZone());
    }

    TrainingImpl(Database db, AuditLog audit, Directory directory, Clock clock) {
        super(db, audit, directory, clock);
    }

    @Override
    public List<TrainingModule> trainingModules() {
        return Catalogue.TRAINING;
    }

    @Override
    public List<Course> courses(Caller caller, String tenantId) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            List<Course> list = Rows.courses(s.tenant(tenantId), null);
            ReadLog.list(audit, s, caller, tenantId, "course", list.stream().map(Course::id).toList(),
                    list.size() + " courses with their registered volunteers listed");
            return list;
        });
    }

    @Override
    public Course createCourse(Caller caller, String tenantId, CourseInput in) {
        Access.requireCoordinator(caller, tenantId);
        if (in == null) {
            throw IkzException.invalid(null, "course data required");
        }
        String module = Check.text("module", in.module(), 40, true);
        if (Catalogue.module(module).isEmpty()) {
            throw IkzException.invalid("module", "unknown training module " + module + "; one of "
                    + Catalogue.TRAINING.stream().map(TrainingModule::id).toList());
        }
        if (in.date() == null) {
            throw IkzException.invalid("date", "the course date is required");
        }
        String place = Check.text("place", in.place(), 200, false);
        int seats = in.seats() == null ? 12 : in.seats();
        if (seats < 1 || seats > 100) {
            throw IkzException.invalid("seats", "seats must be between 1 and 100");
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String id = Ids.unused(ts, "vm_course", "C");
            ts.update("INSERT INTO vm_course (tenant_id, id, module_id, course_date, place, seats) VALUES (:tenant, ?, ?, ?, ?, ?)",
                    id, module, in.date(), place, seats);
            audit.append(s, caller, tenantId, "CREATE", RECORD + "course/" + id, module + " on " + in.date());
            return Rows.course(ts, id).orElseThrow();
        });
    }

    @Override
    public Course register(Caller caller, String tenantId, String courseId, String volunteerId) {
        Access.requireCoordinator(caller, tenantId);
        Check.text("volunteerId", volunteerId, 20, true);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Course c = Rows.course(ts, courseId).orElseThrow(() -> IkzException.notFound("course", courseId));
            Volunteer v = Rows.findVolunteer(ts, volunteerId)
                    .orElseThrow(() -> IkzException.invalid("volunteerId", "no volunteer " + volunteerId));
            if (v.stage() == VolunteerStage.LEFT) {
                throw IkzException.conflict("volunteerId", "volunteer " + volunteerId + " has left");
            }
            if (c.registrations().stream().anyMatch(r -> r.volunteerId().equals(volunteerId))) {
                throw IkzException.conflict("volunteerId", "volunteer " + volunteerId + " is already registered for " + courseId);
            }
            if (c.registrations().size() >= c.seats()) {
                throw IkzException.conflict("courseId", "course " + courseId + " is full (" + c.seats() + " seats)");
            }
            ts.update("INSERT INTO vm_registration (tenant_id, course_id, volunteer_id, attended) VALUES (:tenant, ?, ?, NULL)",
                    courseId, volunteerId);
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "course/" + courseId, "registered " + volunteerId);
            return Rows.course(ts, courseId).orElseThrow();
        });
    }

    @Override
    public Course recordAttendance(Caller caller, String tenantId, String courseId, String volunteerId, Boolean attended) {
        Access.requireCoordinator(caller, tenantId);
        Check.text("volunteerId", volunteerId, 20, true);
        if (attended == null) {
            throw IkzException.invalid("attended", "attended (true or false) is required");
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Course c = Rows.course(ts, courseId).orElseThrow(() -> IkzException.notFound("course", courseId));
            if (c.date().isAfter(today())) {
                throw IkzException.conflict("attended", "the course takes place on " + c.date() + "; attendance is recorded afterwards");
            }
            int n = ts.update("UPDATE vm_registration SET attended = ? WHERE tenant_id = :tenant AND course_id = ? AND volunteer_id = ?",
                    attended, courseId, volunteerId);
            if (n == 0) {
                throw IkzException.invalid("volunteerId", "volunteer " + volunteerId + " is not registered for course " + courseId);
            }
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "course/" + courseId, volunteerId + (attended ? " attended" : " absent"));
            return Rows.course(ts, courseId).orElseThrow();
        });
    }
}
