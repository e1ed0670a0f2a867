package de.ikz.kinderschutz.internal.meetings;

import java.time.LocalDate;
import java.util.Optional;

/** A task agreed in a meeting, with its owner institution and due date; on the due list until done. */
public record FollowUp(String id, Optional<String> meetingId, String task, String ownerInstitutionId, String ownerName,
                       LocalDate due, Optional<LocalDate> doneOn) {

    public boolean open() {
        return doneOn.isEmpty();
    }

    /** Done on or before its due date. */
    public boolean doneOnTime() {
        return doneOn.map(d -> !d.isAfter(due)).orElse(false);
    }
}
