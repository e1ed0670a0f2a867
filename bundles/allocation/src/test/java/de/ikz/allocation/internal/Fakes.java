package de.ikz.allocation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementService;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.tenant.Caller;

/** In-memory stand-ins for the participant and agreement services (tested in their own bundles). */
final class Fakes {

    private Fakes() {
    }

    /** Population per participant: one "municipality" each, with a reference date and source. */
    static final class Participants implements ParticipantService {
        final Map<String, Long> population = new HashMap<>();
        LocalDate referenceDate = LocalDate.of(2019, 12, 31);

        @Override
        public FigureSum figure(Caller caller, String tenantId, String participantId, String figure, LocalDate on,
                                LocalDate refDate) {
            caller.requireReadable(tenantId);
            Long v = population.get(participantId);
            if (v == null || referenceDate.isAfter(refDate)) {
                throw IkzException.invalid("participant", "participant '" + participantId + "' has no " + figure
                        + " on or before " + refDate);
            }
            return new FigureSum(participantId, figure, on, v,
                    List.of(new FigureValue("05334" + participantId.hashCode(), figure, referenceDate, v, "Destatis test")));
        }

        @Override
        public Map<String, FigureSum> figures(Caller caller, String tenantId, java.util.Collection<String> ids, String figure,
                                              LocalDate on, LocalDate refDate) {
            Map<String, FigureSum> m = new java.util.LinkedHashMap<>();
            ids.forEach(id -> m.put(id, figure(caller, tenantId, id, figure, on, refDate)));
            return m;
        }

        @Override
        public Participant create(Caller c, String t, Participant p) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Participant update(Caller c, String t, Participant p) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Participant> list(Caller c, String t) {
            return List.of();
        }

        @Override
        public Optional<Participant> find(Caller c, String t, String id) {
            return Optional.empty();
        }

        @Override
        public void addJurisdiction(Caller c, String t, String p, JurisdictionEntry e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<JurisdictionEntry> jurisdiction(Caller c, String t, String p) {
            return List.of();
        }

        @Override
        public List<String> area(Caller c, String t, String p, LocalDate on) {
            return List.of();
        }
    }

    /** Versions per agreement id, as the real service would return them. */
    static final class Agreements implements AgreementService {
        final Map<String, List<Agreement>> versions = new HashMap<>();

        void put(Agreement a) {
            versions.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a);
        }

        @Override
        public Optional<Agreement> asOf(Caller caller, String tenantId, String id, LocalDate day) {
            caller.requireReadable(tenantId);
            return history(caller, tenantId, id).stream().filter(v -> !v.validFrom().isAfter(day)).reduce((a, b) -> b);
        }

        @Override
        public List<Agreement> history(Caller caller, String tenantId, String id) {
            return versions.getOrDefault(id, List.of());
        }

        @Override
        public Agreement create(Caller c, String t, Agreement a) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Agreement amend(Caller c, String t, Agreement a) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Agreement> list(Caller c, String t) {
            return List.of();
        }

        @Override
        public byte[] profile(Caller c, String t, String id, LocalDate day, String format) {
            throw new UnsupportedOperationException();
        }
    }

    static Map<String, BigDecimal> money(Object... kv) {
        Map<String, BigDecimal> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], new BigDecimal(kv[i + 1].toString()));
        }
        return m;
    }
}
