package ${package}.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.Callers;
import de.ikz.testkit.Refusals;
import ${package}.internal.ModuleDefinition;
import ${package}.internal.domain.Entry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The entries service on a real database; one subclass per database says where it comes from. */
abstract class EntriesContract {

    protected abstract DataSource dataSource() throws Exception;

    static final String T = Callers.TENANT;
    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    final Caller coordinator = Callers.coordinator(T, ModuleDefinition.ID);
    final Caller otherTenant = Callers.coordinator("kreis-b", ModuleDefinition.ID);

    JdbcDatabase db;
    TableAuditLog audit;
    EntriesImpl entries;

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDatabase(dataSource());
        assertThat(db.migrate(Schema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration"))))
                .containsExactly(1);
        audit = new TableAuditLog(db);
        entries = new EntriesImpl(db, audit, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Test
    void aCreatedEntryIsListedAndFound() {
        Entry e = entries.create(coordinator, T, new Entry.Input("  Erstes Treffen ", "Notiz\nzweite Zeile"));

        assertThat(e.id()).startsWith("E-");
        assertThat(e.title()).isEqualTo("Erstes Treffen");
        assertThat(e.recordedOn()).isEqualTo(TODAY);
        assertThat(e.createdBy()).isEqualTo(coordinator.user());
        assertThat(entries.list(coordinator, T)).containsExactly(e);
        assertThat(entries.get(coordinator, T, e.id())).isEqualTo(e);
    }

    @Test
    void everyChangeAndEveryReadWritesOneAccessLogEntry() {
        Entry a = entries.create(coordinator, T, new Entry.Input("A", null));
        Entry b = entries.create(coordinator, T, new Entry.Input("B", null));
        entries.list(coordinator, T);
        entries.get(coordinator, T, a.id());

        List<AuditEntry> log = audit.all();
        assertThat(log).extracting(AuditEntry::action).containsExactly("CREATE", "CREATE", "READ", "READ");
        assertThat(log).extracting(AuditEntry::record).containsExactly(
                ModuleDefinition.ID + "/entry/" + a.id(),
                ModuleDefinition.ID + "/entry/" + b.id(),
                ModuleDefinition.ID + "/entry list: " + Stream.of(a.id(), b.id()).sorted().collect(Collectors.joining(","))
                        + " (n=2)",
                ModuleDefinition.ID + "/entry/" + a.id());
        assertThat(log).allSatisfy(l -> assertThat(l.tenantId()).isEqualTo(T));
    }

    @Test
    void anotherTenantsEntryIsNotFound() {
        Entry e = entries.create(coordinator, T, new Entry.Input("nur Kreis A", null));

        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> entries.get(otherTenant, "kreis-b", e.id()));
        assertThat(entries.list(otherTenant, "kreis-b")).isEmpty();
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> entries.list(otherTenant, T));
    }

    @Test
    void invalidInputIsRefusedNamingTheFieldAndChangesNothing() {
        Refusals.invalid("title", () -> entries.create(coordinator, T, new Entry.Input("  ", null)));
        Refusals.invalid("title", () -> entries.create(coordinator, T, new Entry.Input("a\nb", null)));
        Refusals.invalid("title", () -> entries.create(coordinator, T, new Entry.Input("x".repeat(Entry.TITLE_MAX + 1), null)));
        Refusals.invalid("note", () -> entries.create(coordinator, T, new Entry.Input("ok", "bell\u0007")));
        Refusals.invalid("id", () -> entries.get(coordinator, T, "no such/id"));

        assertThat(entries.list(coordinator, T)).isEmpty();
        assertThat(audit.all()).extracting(AuditEntry::action).containsExactly("READ");
    }
}
