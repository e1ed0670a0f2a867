package de.ikz.uicore.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import de.ikz.api.error.IkzException;
import de.ikz.api.input.Amount;
import de.ikz.api.input.Input;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;

/**
 * Small helpers shared by the core's screens: the caller's tenant, form values in German notation
 * (the services take plain decimals; a clerk types "98.000,00"), German names of enum values.
 * Hand-written because they are a few lines each and tied to this UI's words.
 */
final class Ui {

    /** Role ids of everybody who works in a tenant and may read its data (REST: "any user of the tenant"). */
    static final String TENANT_ADMIN = "tenant-admin";

    private Ui() {
    }

    /** The tenant the caller works in; a platform admin (without one) names it with {@code ?tenant=}. */
    static String tenant(UiRequest r) {
        return r.caller().tenantFor(r.param("tenant").orElse(null));
    }

    /**
     * An amount as a clerk types it: "98000", "98000.50", "98.000,50" or "98 000,50"; refused naming
     * {@code field} if it is not one.
     */
    static BigDecimal amount(String field, String text, Amount.Sign sign) {
        if (text == null || text.isBlank()) {
            throw IkzException.invalid(field, "Bitte geben Sie einen Betrag an, z. B. 98.000,00.");
        }
        try {
            return Amount.typed(field, text, sign).value();
        } catch (IkzException e) {
            throw IkzException.invalid(field, "Bitte geben Sie einen Betrag an, z. B. 98.000,00 (höchstens zwei Nachkommastellen"
                    + (sign == Amount.Sign.ANY ? "" : ", nicht negativ") + ").");
        }
    }

    /** A fiscal year (1990–2100). */
    static int year(String field, String text) {
        if (text == null || text.isBlank()) {
            throw IkzException.invalid(field, "Bitte geben Sie das Haushaltsjahr an.");
        }
        try {
            return Input.year(field, text.strip());
        } catch (IkzException e) {
            throw IkzException.invalid(field, "Bitte geben Sie ein Haushaltsjahr zwischen " + Input.MIN_YEAR + " und "
                    + Input.MAX_YEAR + " an.");
        }
    }

    /** A date from a date field (ISO) or typed in German (31.12.2026); null if blank and not required. */
    static LocalDate date(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw IkzException.invalid(field, "Bitte geben Sie ein Datum an.");
            }
            return null;
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                String[] p = t.split("\\.");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
            return Input.date(field, t);
        } catch (RuntimeException e) {
            throw IkzException.invalid(field, "Bitte geben Sie ein gültiges Datum an, z. B. 31.12.2026.");
        }
    }

    /** Runs a service call and answers empty where it says INVALID or NOT_FOUND (e.g. no figures for the area). */
    static <T> Optional<T> quietly(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (IkzException e) {
            if (e.kind() == IkzException.Kind.INVALID || e.kind() == IkzException.Kind.NOT_FOUND
                    || e.kind() == IkzException.Kind.CONFLICT) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Participant id to name, for tables that show partners. */
    static Map<String, String> names(List<Participant> participants) {
        Map<String, String> m = new LinkedHashMap<>();
        participants.forEach(p -> m.put(p.id(), p.name()));
        return m;
    }

    static String name(Map<String, String> names, String id) {
        return names.getOrDefault(id, id);
    }

    static String kind(ParticipantKind k) {
        if (k == null) {
            return "";
        }
        return switch (k) {
            case LAND -> "Land";
            case DISTRICT -> "Kreis";
            case DISTRICT_FREE_CITY -> "Kreisfreie Stadt";
            case MUNICIPALITY -> "Stadt oder Gemeinde";
            case YOUTH_OFFICE -> "Jugendamt";
            case HEALTH_OFFICE -> "Gesundheitsamt";
            case WELFARE_ORGANISATION -> "Freier Träger";
            case ASSOCIATION -> "Verein oder Verband";
            case PUBLIC_BODY -> "Öffentliche Stelle";
        };
    }

    static Map<String, String> kindOptions() {
        Map<String, String> m = new LinkedHashMap<>();
        for (ParticipantKind k : ParticipantKind.values()) {
            m.put(k.name(), kind(k));
        }
        return m;
    }

    static Value text(String s) {
        return Value.text(s == null ? "" : s);
    }

    static Part.Fact fact(String label, Value v) {
        return new Part.Fact(label, v);
    }

    static Part.Fact fact(String label, String v) {
        return new Part.Fact(label, text(v));
    }

    /** Facts without those whose text is empty. */
    static Part.Facts facts(Part.Fact... facts) {
        List<Part.Fact> out = new ArrayList<>();
        for (Part.Fact f : facts) {
            if (f.value() instanceof Value.Text t && (t.text() == null || t.text().isBlank())) {
                continue;
            }
            out.add(f);
        }
        return new Part.Facts(out);
    }

    static Part.Input input(String name, String label, Part.InputType type, String value, boolean required, String hint) {
        return new Part.Input(name, label, type, value, null, required, hint);
    }

    static Part.Input select(String name, String label, Map<String, String> options, String value, boolean required) {
        return new Part.Input(name, label, Part.InputType.SELECT, value, options, required, null);
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(Optional<String> s) {
        return s.filter(v -> !v.isBlank()).orElse(null);
    }
}
