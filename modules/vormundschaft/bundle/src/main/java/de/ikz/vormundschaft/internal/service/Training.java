package de.ikz.vormundschaft.internal.service;

import java.time.LocalDate;
import java.util.List;

import de.ikz.api.tenant.Caller;

/**
 * Training of volunteers: the catalogue of modules, course dates, registrations and attendance.
 * Rights, tenant, refusals and access log as described in {@link Volunteers}.
 */
public interface Training {

    record TrainingModule(String id, String title, boolean required) {
    }

    record CourseInput(String module, LocalDate date, String place, Integer seats) {
    }

    record Registration(String volunteerId, Boolean attended) {
    }

    record Course(String id, String module, String title, LocalDate date, String place, int seats,
                  List<Registration> registrations) {
    }

    List<TrainingModule> trainingModules();

    List<Course> courses(Caller caller, String tenantId);

    Course createCourse(Caller caller, String tenantId, CourseInput input);

    /** Registers a volunteer for a course (refused when the course is full or the volunteer has left). */
    Course register(Caller caller, String tenantId, String courseId, String volunteerId);

    /** Records whether a registered volunteer attended (only on or after the course date). */
    Course recordAttendance(Caller caller, String tenantId, String courseId, String volunteerId, Boolean attended);
}
