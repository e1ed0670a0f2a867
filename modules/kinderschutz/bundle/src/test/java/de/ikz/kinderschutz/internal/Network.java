package de.ikz.kinderschutz.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import de.ikz.allocation.internal.AllocationServiceImpl;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.PostalAddress;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.document.internal.DocumentServiceImpl;
import de.ikz.kinderschutz.internal.db.Schema;
import de.ikz.kinderschutz.internal.meetings.MeetingsService;
import de.ikz.kinderschutz.internal.members.MembersService;
import de.ikz.kinderschutz.internal.offers.DirectoryExports;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.reports.ReportsService;
import de.ikz.kinderschutz.internal.training.TrainingService;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.Callers;
import de.ikz.testkit.MovableClock;

/**
 * The whole module on a fresh database: every part's service with the module's migrations, the core's
 * real document and allocation services (only the participants are a fake: the youth offices of the
 * StädteRegion Aachen with illustrative populations, and a register of their municipalities) and a
 * movable clock.
 */
public final class Network {

    public static final String T = "staedteregion";
    public static final String OTHER = "kreis-hs";
    public static final String AACHEN = "ja-aachen";
    public static final String ESCHWEILER = "ja-eschweiler";
    public static final String STOLBERG = "ja-stolberg";
    /** AGS of the register fake. */
    public static final String AGS_AACHEN = "05334002";
    public static final String AGS_ESCHWEILER = "05334012";
    public static final String AGS_STOLBERG = "05334032";

    static final Map<String, String> NAMES = new LinkedHashMap<>();
    static final Map<String, Long> POPULATION = new LinkedHashMap<>();
    static final Map<String, String> MUNICIPALITIES = Map.of(AGS_AACHEN, "Aachen", AGS_ESCHWEILER, "Eschweiler", AGS_STOLBERG,
            "Stolberg (Rhld.)", "05334036", "Würselen");

    static {
        NAMES.put(AACHEN, "Jugendamt Stadt Aachen");
        NAMES.put(ESCHWEILER, "Jugendamt Eschweiler");
        NAMES.put(STOLBERG, "Jugendamt Stolberg");
        POPULATION.put(AACHEN, 250_000L);
        POPULATION.put(ESCHWEILER, 56_000L);
        POPULATION.put(STOLBERG, 56_000L);
        // the rest of the demo's "7 plus 1" (for the demo test)
        NAMES.put("ja-staedteregion", "Jugendamt der StädteRegion Aachen");
        NAMES.put("ja-alsdorf", "Jugendamt Alsdorf");
        NAMES.put("ja-herzogenrath", "Jugendamt Herzogenrath");
        NAMES.put("ja-wuerselen", "Jugendamt Würselen");
        NAMES.put("ga-staedteregion", "Gesundheitsamt der StädteRegion Aachen");
        POPULATION.put("ja-staedteregion", 100_000L);
        POPULATION.put("ja-alsdorf", 47_000L);
        POPULATION.put("ja-herzogenrath", 46_000L);
        POPULATION.put("ja-wuerselen", 38_000L);
    }

    public final JdbcDatabase db;
    public final TableAuditLog audit;
    public final MovableClock clock;
    public final MembersService members;
    public final MeetingsService meetings;
    public final TrainingService training;
    public final OffersService offers;
    public final DirectoryExports exports;
    public final ReportsService reports;
    public final DocumentServiceImpl documents = new DocumentServiceImpl();

    public final Caller coordinator = Callers.coordinator(T, ModuleDefinition.ID);
    public final Caller auditor = Callers.auditor(T, ModuleDefinition.ID);
    public final Caller otherCoordinator = Callers.coordinator(OTHER, ModuleDefinition.ID);

    private Network(DataSource ds, LocalDate today) {
        db = new JdbcDatabase(ds);
        db.migrate(Schema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        audit = new TableAuditLog(db);
        clock = new MovableClock(today);
        members = MembersService.of(db, audit, (c, t, id) -> T.equals(t) && NAMES.containsKey(id), clock, 90);
        meetings = MeetingsService.of(db, audit, members, clock);
        training = TrainingService.of(db, audit, members, documents, clock);
        // the register reads the database itself, as the platform's does: a lookup inside one of the module's transactions is refused
        offers = OffersService.of(db, audit, members, ags -> db.inTransaction(x -> Optional.ofNullable(MUNICIPALITIES.get(ags))), clock);
        exports = new DirectoryExports(offers, documents, clock);
        reports = ReportsService.of(db, audit, members, training, allocation(), documents, new ReportsService.Participants() {
            @Override
            public List<Participant> bodies(Caller caller, String tenantId) {
                return T.equals(tenantId) ? NAMES.keySet().stream().map(Network::office).toList() : List.of();
            }

            @Override
            public Optional<Participant> find(Caller caller, String tenantId, String id) {
                return T.equals(tenantId) && NAMES.containsKey(id) ? Optional.of(office(id)) : Optional.empty();
            }
        }, clock);
    }

    public static Network on(DataSource ds, LocalDate today) {
        return new Network(ds, today);
    }

    static Participant office(String id) {
        return new Participant(id, ParticipantKind.YOUTH_OFFICE, NAMES.get(id), null, null, List.of(),
                new PostalAddress(NAMES.get(id), null, "Rathausplatz 1", "52062", "Aachen"), null, null, null, null);
    }

    /** A member contact of the tenant (module role member-contact). */
    public static Caller memberContact(String user) {
        return Callers.moduleRole(T, user, ModuleDefinition.ID, ModuleDefinition.MEMBER_CONTACT);
    }

    /** A trainer of the tenant (module role trainer). */
    public static Caller trainer(String user) {
        return Callers.moduleRole(T, user, ModuleDefinition.ID, ModuleDefinition.TRAINER);
    }

    /** The core's allocation service; of its collaborators only the participants' figures are used by a split. */
    static AllocationService allocation() {
        ParticipantService participants = de.ikz.testkit.FakeParticipants.figures(POPULATION);
        return new AllocationServiceImpl(null, null, null, participants, null, null, null);
    }
}
