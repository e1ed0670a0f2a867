package de.ikz.kinderschutz.internal.meetings.shell;

import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.kinderschutz.internal.meetings.FollowUp;
import de.ikz.kinderschutz.internal.meetings.Meeting;
import de.ikz.kinderschutz.internal.meetings.MeetingsService;
import de.ikz.kinderschutz.internal.shell.ModuleCommand;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;
import de.ikz.kit.text.GermanFormat;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Meetings and follow-ups on the console (scope {@code kinderschutz}). */
public final class MeetingCommands {

    private MeetingCommands() {
    }

    @Command(scope = "kinderschutz", name = "meeting-list", description = "Lists the network's meetings, newest first")
    @Service
    @Roles({"coordinator", "member-contact", "auditor"})
    @ReadOnly
    public static final class ListMeetings extends ModuleCommand {
        @Reference
        MeetingsService meetings;

        @Override
        protected void doExecute(Caller caller) {
            Table t = Table.of("Id", "Datum", "Sitzung", "Art", "Stand");
            for (Meeting m : meetings.list(caller, tenant(caller))) {
                t.row(m.id(), GermanFormat.date(m.start().toLocalDate()), m.title(), m.kind().label(), m.status().label());
            }
            t.print(System.out);
        }
    }

    @Command(scope = "kinderschutz", name = "followup-due", description = "Lists the open follow-ups, due first")
    @Service
    @Roles({"coordinator", "member-contact", "auditor"})
    @ReadOnly
    public static final class DueFollowUps extends ModuleCommand {
        @Reference
        MeetingsService meetings;

        @Override
        protected void doExecute(Caller caller) {
            Table t = Table.of("Id", "Fällig", "Aufgabe", "Einrichtung");
            for (FollowUp f : meetings.followUps(caller, tenant(caller), true)) {
                t.row(f.id(), GermanFormat.date(f.due()), f.task(), f.ownerInstitutionId());
            }
            t.print(System.out);
        }
    }
}
