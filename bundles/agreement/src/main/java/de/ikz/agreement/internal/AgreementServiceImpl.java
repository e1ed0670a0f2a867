package de.ikz.agreement.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementService;
import de.ikz.api.agreement.Party;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.document.DocumentService;
import de.ikz.api.document.Letterhead;
import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.agreement.internal.profile.AreaFacts;
import de.ikz.agreement.internal.profile.CostRuleWords;
import de.ikz.agreement.internal.profile.Profile;
import de.ikz.agreement.internal.profile.ProfileFacts;
import de.ikz.api.persistence.Database;
import de.ikz.api.tenant.Caller;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Agreements as immutable versions. Each version is stored whole (as JSON) so that what the
 * agreement said on any day can be shown exactly as it was recorded.
 */
@Component(service = AgreementService.class)
public final class AgreementServiceImpl implements AgreementService {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AgreementServiceImpl.class);

    private final Database db;
    private final AuditLog audit;
    private final ParticipantService participants;
    private final RegisterService register;
    private final ModuleRegistry modules;
    private final DocumentService documents;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Activate
    public AgreementServiceImpl(@Reference Database db, @Reference AuditLog audit,
                                @Reference ParticipantService participants, @Reference RegisterService register,
                                @Reference ModuleRegistry modules, @Reference DocumentService documents,
                                @Reference AgreementSchema schema) {
        this.db = db;
        this.audit = audit;
        this.participants = participants;
        this.register = register;
        this.modules = modules;
        this.documents = documents;
    }

    @Override
    public Agreement create(Caller caller, String tenantId, Agreement a) {
        caller.requireAdmin(tenantId);
        validate(caller, tenantId, a);
        return db.inTransaction(s -> {
            var t = s.tenant(tenantId);
            if (!t.query("SELECT version FROM ikz_agreement_version WHERE tenant_id = :tenant AND agreement_id = ?",
                    rs -> rs.getInt(1), a.id()).isEmpty()) {
                throw IkzException.conflict("id", "agreement '" + a.id() + "' exists already; amend it instead");
            }
            Agreement stored = insert(s, caller, tenantId, a, 1);
            audit.append(s, caller, tenantId, "CREATE", "agreement/" + a.id(), "version 1");
            return stored;
        });
    }

    @Override
    public Agreement amend(Caller caller, String tenantId, Agreement a) {
        caller.requireAdmin(tenantId);
        validate(caller, tenantId, a);
        return db.inTransaction(s -> {
            List<Agreement> versions = load(s.tenant(tenantId).query(
                    "SELECT body, agreement_id, version FROM ikz_agreement_version WHERE tenant_id = :tenant AND agreement_id = ? "
                            + "ORDER BY version", Stored::of, a.id()), false);
            if (versions.isEmpty()) {
                throw IkzException.notFound("agreement", a.id());
            }
            Agreement last = versions.get(versions.size() - 1);
            if (!last.moduleId().equals(a.moduleId())) {
                throw IkzException.invalid("moduleId", "the cooperation type of an agreement cannot change");
            }
            if (a.validFrom().isBefore(last.validFrom())) {
                throw IkzException.invalid("validFrom", "an amendment applies from " + last.validFrom() + " or later");
            }
            if (a.note() == null || a.note().isBlank()) {
                throw IkzException.invalid("note", "say what the amendment changes");
            }
            int version = last.version() + 1;
            Agreement stored = insert(s, caller, tenantId, a, version);
            audit.append(s, caller, tenantId, "UPDATE", "agreement/" + a.id(), "version " + version + ": " + a.note());
            return stored;
        });
    }

    @Override
    public List<Agreement> list(Caller caller, String tenantId) {
        caller.requireReadable(tenantId);
        return db.inTransaction(s -> load(s.tenant(tenantId).query(
                "SELECT v.body, v.agreement_id, v.version FROM ikz_agreement_version v WHERE v.tenant_id = :tenant AND v.version = "
                        + "(SELECT MAX(w.version) FROM ikz_agreement_version w WHERE w.tenant_id = :tenant "
                        + "AND w.agreement_id = v.agreement_id) ORDER BY v.agreement_id",
                Stored::of), true));
    }

    @Override
    public Optional<Agreement> asOf(Caller caller, String tenantId, String id, LocalDate day) {
        caller.requireReadable(tenantId);
        return history(caller, tenantId, id).stream().filter(v -> !v.validFrom().isAfter(day))
                .reduce((first, second) -> second);
    }

    @Override
    public List<Agreement> history(Caller caller, String tenantId, String id) {
        caller.requireReadable(tenantId);
        return db.inTransaction(s -> load(s.tenant(tenantId).query(
                "SELECT body, agreement_id, version FROM ikz_agreement_version WHERE tenant_id = :tenant AND agreement_id = ? "
                        + "ORDER BY version", Stored::of, id), false));
    }

    @Override
    public byte[] profile(Caller caller, String tenantId, String id, LocalDate day, String format) {
        String f = format == null ? "json" : format;
        if (!java.util.Set.of("json", "markdown", "md", "pdf").contains(f)) {
            throw IkzException.invalid("format", "format must be json, markdown or pdf");
        }
        if (day == null) {
            throw IkzException.invalid("on", "the day is required");
        }
        List<Agreement> versions = history(caller, tenantId, id);
        Agreement a = versions.stream().filter(v -> !v.validFrom().isAfter(day)).reduce((first, second) -> second)
                .orElseThrow(() -> versions.isEmpty() ? IkzException.notFound("agreement", id)
                        : IkzException.notFound("version of agreement '" + id + "' on", day.toString()));
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        java.util.Map<String, Participant> byId = new java.util.HashMap<>();
        participants.list(caller, tenantId).forEach(p -> {
            names.put(p.id(), p.name());
            byId.put(p.id(), p);
        });
        ProfileFacts facts = new ProfileFacts(day, names, names.get(a.leadPartner()),
                AreaFacts.of(participants, register, caller, tenantId, a.parties().stream().map(Party::participantId).toList(), day),
                CostRuleWords.of(a.costRule(), names, this::measureLabel), Profile.financingText(versions, a));
        return switch (f) {
            case "json" -> {
                try {
                    yield json.writeValueAsBytes(Profile.json(a, facts));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            case "markdown", "md" -> Profile.markdown(a, facts).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            default -> {
                Participant lead = byId.get(a.leadPartner());
                Letterhead issuer = lead == null ? null : documents.letterhead(lead);
                yield documents.render(Profile.report(a, facts, issuer), DocumentService.Format.PDF);
            }
        };
    }

    /** The German label of a deployed module's measure, or null (module not deployed, measure unknown). */
    private String measureLabel(String module, String measure) {
        if (module == null || measure == null) {
            return null;
        }
        return modules.module(module).flatMap(m -> m.measures().stream().filter(d -> d.id().equals(measure)).findFirst())
                .map(MeasureDefinition::label).orElse(null);
    }

    private Agreement insert(de.ikz.api.persistence.Session s, Caller caller, String tenantId, Agreement a, int version) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Agreement stored = new Agreement(a.id(), a.moduleId(), a.title().strip(), a.leadPartner(), a.parties(),
                a.legalForm(), a.dates(), a.tags(), a.text(), a.costRule(), version, a.validFrom(), a.note(), now,
                caller.user(), a.fileReference() == null || a.fileReference().isBlank() ? null : a.fileReference().strip());
        String body;
        try {
            body = json.writeValueAsString(stored);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        s.tenant(tenantId).update("INSERT INTO ikz_agreement_version (tenant_id, agreement_id, version, module_id, title, "
                + "valid_from, body, note, recorded_at, recorded_by) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), version, a.moduleId(), stored.title(), a.validFrom(), body, a.note(), now, caller.user());
        return stored;
    }

    /** A stored version as read from the table. */
    private record Stored(String body, String id, int version) {
        static Stored of(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new Stored(rs.getString(1), rs.getString(2), rs.getInt(3));
        }
    }

    /**
     * The stored versions as agreements. One that cannot be read (corrupt, changed in the database) is logged as
     * ERROR with its id; a list leaves it out ({@code skipUnreadable}), a history of that agreement is a 409
     * problem naming it: never a failure for the tenant's other agreements.
     */
    private List<Agreement> load(List<Stored> rows, boolean skipUnreadable) {
        List<Agreement> out = new java.util.ArrayList<>();
        for (Stored row : rows) {
            try {
                out.add(json.readValue(row.body(), Agreement.class));
            } catch (IOException | RuntimeException e) {
                LOG.error("version {} of agreement {} cannot be read{}: {}", row.version(), row.id(),
                        skipUnreadable ? " and is left out" : "", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                if (!skipUnreadable) {
                    throw IkzException.conflict("agreement", "version " + row.version() + " of agreement '" + row.id()
                            + "' is stored in a form that cannot be read; the server log names the cause");
                }
            }
        }
        return out;
    }

    private void validate(Caller caller, String tenantId, Agreement a) {
        if (a == null) {
            throw IkzException.invalid(null, "agreement required");
        }
        if (a.id() == null || !ID.matcher(a.id()).matches()) {
            throw IkzException.invalid("id", "id must be 2 to 40 lower-case letters, digits or dashes");
        }
        if (a.moduleId() == null || !ID.matcher(a.moduleId()).matches()) {
            throw IkzException.invalid("moduleId", "moduleId (the cooperation type) is required");
        }
        if (a.title() == null || a.title().isBlank() || a.title().length() > 300) {
            throw IkzException.invalid("title", "title is required (at most 300 characters)");
        }
        de.ikz.kit.input.Fields.line("fileReference", a.fileReference(), 60, false);
        if (a.legalForm() == null) {
            throw IkzException.invalid("legalForm", "legalForm is required");
        }
        if (a.validFrom() == null) {
            throw IkzException.invalid("validFrom", "validFrom is required");
        }
        de.ikz.api.input.Input.date("validFrom", a.validFrom());
        if (a.dates() != null) {
            de.ikz.api.input.Input.optionalDate("dates.signed", a.dates().signed());
            de.ikz.api.input.Input.optionalDate("dates.approved", a.dates().approved());
            de.ikz.api.input.Input.optionalDate("dates.published", a.dates().published());
            de.ikz.api.input.Input.optionalDate("dates.inForce", a.dates().inForce());
            de.ikz.api.input.Input.optionalDate("dates.ends", a.dates().ends());
        }
        if (a.parties().size() < 2) {
            throw IkzException.invalid("parties", "an agreement has at least two parties");
        }
        Set<String> ids = new HashSet<>();
        long leads = 0;
        for (Party p : a.parties()) {
            if (p.participantId() == null || !ids.add(p.participantId())) {
                throw IkzException.invalid("parties", "each party once, with a participantId");
            }
            if (!Set.of(Party.LEAD, Party.PARTNER, Party.OTHER).contains(p.role())) {
                throw IkzException.invalid("parties", "role of '" + p.participantId() + "' must be lead, partner or other");
            }
            if (Party.LEAD.equals(p.role())) {
                leads++;
            }
            if (participants.find(caller, tenantId, p.participantId()).isEmpty()) {
                throw IkzException.invalid("parties", "participant '" + p.participantId() + "' does not exist");
            }
        }
        if (leads != 1 || a.leadPartner() == null || a.parties().stream()
                .noneMatch(p -> p.participantId().equals(a.leadPartner()) && Party.LEAD.equals(p.role()))) {
            throw IkzException.invalid("leadPartner", "exactly one party is the lead, and leadPartner names it");
        }
        if (a.dates() != null && a.dates().inForce() != null) {
            LocalDate ends = a.dates().ends();
            boolean longTerm = ends == null || ChronoUnit.YEARS.between(a.dates().inForce(), ends) > 20;
            if (longTerm && (a.dates().noticePeriod() == null || a.dates().noticePeriod().isBlank())) {
                throw IkzException.invalid("dates.noticePeriod",
                        "an agreement that is unlimited or runs over 20 years must regulate termination (GkG NRW § 23)");
            }
        }
        Set<String> payers = new HashSet<>();
        a.parties().stream().filter(p -> !Party.OTHER.equals(p.role())).forEach(p -> payers.add(p.participantId()));
        CostRuleCheck.check(a.costRule(), payers);
    }
}
