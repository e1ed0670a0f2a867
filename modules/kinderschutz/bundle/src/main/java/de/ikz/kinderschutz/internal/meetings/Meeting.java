package de.ikz.kinderschutz.internal.meetings;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A network conference or a working group's meeting. Times are local (Europe/Berlin).
 *
 * @param invited  ids of the institutions invited
 * @param attended ids of the institutions that attended (recorded with the minutes; a guest may attend uninvited)
 */
public record Meeting(String id, MeetingKind kind, String groupName, String title, LocalDateTime start, LocalDateTime end,
                      String place, List<String> agenda, String minutes, List<String> decisions, MeetingStatus status,
                      List<String> invited, List<String> attended) {

    public enum MeetingKind {
        CONFERENCE("Netzwerkkonferenz"), WORKING_GROUP("Arbeitsgruppe");

        private final String label;

        MeetingKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum MeetingStatus {
        PLANNED("geplant"), HELD("durchgeführt"), CANCELLED("abgesagt");

        private final String label;

        MeetingStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
