package de.ikz.testkit;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.ParticipantService;

/**
 * A participant service that answers only {@code figures}: each participant's figure is the value
 * given (a population, say), for the core's allocation engine in a module's tests (a pool or a
 * budget split by population). Anything else is refused, so a test notices when more is used.
 */
public final class FakeParticipants {

    private FakeParticipants() {
    }

    /** Figures per participant id; an unknown id fails the call. */
    public static ParticipantService figures(Map<String, Long> values) {
        return (ParticipantService) Proxy.newProxyInstance(FakeParticipants.class.getClassLoader(),
                new Class<?>[] {ParticipantService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("figures")) {
                        @SuppressWarnings("unchecked")
                        Collection<String> ids = (Collection<String>) args[2];
                        Map<String, FigureSum> out = new LinkedHashMap<>();
                        for (String id : ids) {
                            Long v = values.get(id);
                            if (v == null) {
                                throw new IllegalArgumentException("no figure for " + id);
                            }
                            out.put(id, new FigureSum(id, (String) args[3], (LocalDate) args[4], v,
                                    List.of(new FigureValue("0" + (1_000_000 + out.size() + 1), (String) args[3], (LocalDate) args[5], v,
                                            "test"))));
                        }
                        return out;
                    }
                    if (method.getName().equals("toString")) {
                        return "participants with figures " + values.keySet();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
