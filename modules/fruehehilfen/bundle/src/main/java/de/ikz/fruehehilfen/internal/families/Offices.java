package de.ikz.fruehehilfen.internal.families;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.tenant.Caller;

/**
 * Which youth office of the tenant owns a family: the core register knows the municipality, the
 * participants know whose jurisdiction covers it. An interface so the service's tests can name
 * offices without the core.
 */
public interface Offices {

    /**
     * The youth office (participant id) of the tenant whose jurisdiction covers the municipality on the day.
     *
     * @throws IkzException INVALID on {@code field} if the AGS is not in the register, or no (or more than one)
     *                      youth office of the tenant covers it
     */
    String ownerOf(Caller caller, String tenantId, String ags, LocalDate on, String field);

    /** The tenant's youth offices (id and name), for choices and labels. */
    List<Participant> offices(Caller caller, String tenantId);

    /** Through the platform's register and participant services. */
    static Offices platform(ParticipantService participants, RegisterService register) {
        return new Offices() {
            @Override
            public String ownerOf(Caller caller, String tenantId, String ags, LocalDate on, String field) {
                if (register.municipality(ags).isEmpty()) {
                    throw IkzException.invalid(field, field + " " + ags + " is not a municipality of the federal register");
                }
                List<String> owners = new ArrayList<>();
                for (Participant p : offices(caller, tenantId)) {
                    for (JurisdictionEntry e : participants.jurisdiction(caller, tenantId, p.id())) {
                        if (e.ags().equals(ags) && e.validOn(on)) {
                            owners.add(p.id());
                            break;
                        }
                    }
                }
                if (owners.isEmpty()) {
                    throw IkzException.invalid(field, field + " " + ags + ": no youth office of this cooperation is responsible "
                            + "for the municipality on " + on);
                }
                if (owners.size() > 1) {
                    throw IkzException.invalid(field, field + " " + ags + ": more than one youth office is responsible on " + on
                            + " (" + String.join(", ", owners) + "); correct the jurisdictions first");
                }
                return owners.get(0);
            }

            @Override
            public List<Participant> offices(Caller caller, String tenantId) {
                return participants.listBodies(caller, tenantId).stream().filter(p -> p.kind() == ParticipantKind.YOUTH_OFFICE).toList();
            }
        };
    }
}
