package de.ikz.kinderschutz.internal.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import de.ikz.kinderschutz.internal.members.Field;

/**
 * A course for professionals with its dates (local times) and capacity.
 *
 * @param trainers      logins of the trainers (module role trainer) who record attendance
 * @param trainerNames  the trainers' names as printed on certificates
 */
public record Course(String id, String title, String description, String place, int capacity, List<String> trainers,
                     String trainerNames, List<Field> targetFields, boolean cancelled, List<CourseDate> dates) {

    /** One date of a course. */
    public record CourseDate(int pos, LocalDateTime start, LocalDateTime end) {
    }

    /** Hours of all dates, two decimals. */
    public BigDecimal hours() {
        long minutes = dates.stream().mapToLong(d -> Duration.between(d.start(), d.end()).toMinutes()).sum();
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
