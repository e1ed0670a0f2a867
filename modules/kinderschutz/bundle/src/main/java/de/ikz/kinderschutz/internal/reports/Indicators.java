package de.ikz.kinderschutz.internal.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * The network's yearly indicators for the national survey of municipalities and the five-yearly
 * quality review (§ 9 LKiSchG NRW).
 *
 * @param fields          per field: members on 31 December, joined and left in the year, invitations and attendances
 *                        at meetings held, the attendance rate (percent, one decimal; null without invitations), and
 *                        the professionals who attended training
 * @param conferences     network conferences held
 * @param workingGroups   working-group meetings held
 * @param followUpsDue    follow-ups due in the year
 * @param followUpsOnTime of those, done on or before their due date
 * @param onTimeRate      percent, one decimal (null without follow-ups due)
 */
public record Indicators(int year, List<FieldRow> fields, long conferences, long workingGroups, long followUpsDue, long followUpsOnTime,
                         BigDecimal onTimeRate) {

    public record FieldRow(String field, String label, long members, long joined, long left, long invited, long attended,
                           BigDecimal attendanceRate, long trainingParticipants) {
    }

    public long members() {
        return fields.stream().mapToLong(FieldRow::members).sum();
    }

    public long trainingParticipants() {
        return fields.stream().mapToLong(FieldRow::trainingParticipants).sum();
    }
}
