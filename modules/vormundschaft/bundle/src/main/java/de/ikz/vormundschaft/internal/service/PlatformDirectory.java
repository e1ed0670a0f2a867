package de.ikz.vormundschaft.internal.service;

import java.util.List;

import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.tenant.Caller;

/** The {@link Directory} backed by the platform's services. */
final class PlatformDirectory implements Directory {

    private static final Caller SYSTEM = Caller.system("module vormundschaft");

    private final ParticipantService participants;
    private final RegisterService register;

    PlatformDirectory(ParticipantService participants, RegisterService register) {
        this.participants = participants;
        this.register = register;
    }

    @Override
    public List<String> youthOffices(String tenantId) {
        return participants.listBodies(SYSTEM, tenantId).stream()
                .filter(p -> p.kind() == ParticipantKind.YOUTH_OFFICE).map(p -> p.id()).sorted().toList();
    }

    @Override
    public boolean municipalityKnown(String ags) {
        return register.municipalityCount() == 0 || register.municipality(ags).isPresent();
    }
}
