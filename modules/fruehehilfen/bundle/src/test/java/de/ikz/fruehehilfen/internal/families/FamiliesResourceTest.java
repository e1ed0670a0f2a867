package de.ikz.fruehehilfen.internal.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.core.Response;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleRoles;
import de.ikz.api.module.RoleDefinition;
import de.ikz.api.module.Roles;
import de.ikz.api.persistence.Migration;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.FamilyService.ConsentInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyInput;
import de.ikz.fruehehilfen.internal.families.rest.FamiliesResource;
import de.ikz.fruehehilfen.internal.families.rest.StaffResource;
import de.ikz.fruehehilfen.internal.families.rest.Views.ConsentView;
import de.ikz.fruehehilfen.internal.families.rest.Views.FamilyDetailsView;
import de.ikz.fruehehilfen.internal.families.rest.Views.FamilyView;
import de.ikz.fruehehilfen.internal.families.rest.Views.IdentityView;
import de.ikz.fruehehilfen.internal.families.rest.Views.StaffView;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.Callers;
import de.ikz.testkit.MovableClock;
import de.ikz.testkit.Refusals;
import de.ikz.testkit.TestDatabases;
import de.ikz.testkit.TestRuntime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST resources of this part over the real service on Derby: statuses, Location, the JSON
 * shapes without {@code Optional}, the declared roles of every operation.
 */
class FamiliesResourceTest {

    static final String T = FamiliesContract.T;

    @TempDir
    Path dir;

    TableAuditLog audit;
    FamiliesResource families;
    StaffResource staff;
    FamilyServiceImpl service;

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    @BeforeEach
    void setUp() {
        JdbcDatabase db = new JdbcDatabase(TestDatabases.derby(dir));
        db.migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")));
        audit = new TableAuditLog(db);
        service = new FamilyServiceImpl(db, audit, FamiliesContract.OFFICES, FamiliesContract.FAKE_SEALER,
                new MovableClock(FamiliesContract.TODAY));
        families = new FamiliesResource(service);
        staff = new StaffResource(service);
    }

    @Test
    void aCoordinatorOpensAFamilyAnsweredWith201AndItsLocation() {
        var sc = Callers.context(Callers.coordinator(T, ModuleDefinition.ID));
        Response created = staff.create(sc, null, FamiliesContract.staff("MIDWIFE", "Hanna Hebamme", "hanna"));
        StaffView hanna = (StaffView) created.getEntity();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getLocation().toString()).isEqualTo("modules/fruehehilfen/staff/" + hanna.id());

        Response r = families.create(sc, null, new FamilyInput(FamiliesContract.ERKELENZ, null, "PAEDIATRICIAN", hanna.id(),
                FamiliesContract.identityInput()));

        FamilyView f = (FamilyView) r.getEntity();
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getLocation().toString()).isEqualTo("modules/fruehehilfen/families/" + f.id());
        assertThat(f.pseudonym()).isEqualTo("FH-2026-0001");
        assertThat(f.staffId()).isEqualTo(hanna.id());
        assertThat(f.closedOn()).isNull();
        assertThat(f.toString()).doesNotContain("Maria");

        var hannaSc = Callers.context(Callers.moduleRole(T, "hanna", ModuleDefinition.ID, ModuleDefinition.PROFESSIONAL));
        IdentityView id = families.identity(hannaSc, f.id(), null);
        assertThat(id.motherName()).isEqualTo("Maria Muster");
        Response consent = families.addConsent(hannaSc, f.id(), null, new ConsentInput(null, List.of("HEALTH_DATA")));
        assertThat(consent.getStatus()).isEqualTo(201);
        assertThat(((ConsentView) consent.getEntity()).scopes()).containsExactly("HEALTH_DATA");
        FamilyDetailsView d = families.get(hannaSc, f.id(), null);
        assertThat(d.healthConsent()).isTrue();
        assertThat(d.identityVisible()).isTrue();
        assertThat(families.list(hannaSc, null, "open", null)).extracting(FamilyView::id).containsExactly(f.id());
        assertThat(audit.all()).extracting(AuditEntry::record).contains("fruehehilfen/family/" + f.id() + "/identity");
    }

    @Test
    void aPlatformAdminNamesTheTenantAndStillSeesNoFamily() {
        var coord = Callers.context(Callers.coordinator(T, ModuleDefinition.ID));
        FamilyView f = (FamilyView) families.create(coord, null, new FamilyInput(FamiliesContract.GANGELT, null, "SELF", null, null))
                .getEntity();
        var admin = Callers.context(Callers.platformAdmin());

        assertThat(families.list(admin, T, null, null)).isEmpty();
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> families.get(admin, f.id(), T));
        Refusals.invalid("tenant", () -> families.list(admin, null, null, null));
        Refusals.invalid("state", () -> families.list(coord, null, "sleeping", null));
    }

    @Test
    void anIdentityNotYetRecordedIsNotFound() {
        var coord = Callers.context(Callers.coordinator(T, ModuleDefinition.ID));
        FamilyView f = (FamilyView) families.create(coord, null, new FamilyInput(FamiliesContract.GANGELT, null, "SELF", null, null))
                .getEntity();

        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> families.identity(coord, f.id(), null));
    }

    /** Who may call what: the module's roles only, the auditor on reads only, identities never to the auditor. */
    @Test
    void everyOperationDeclaresTheRolesOfTheIssue() {
        Map<String, List<String>> roles = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> declared = Set.copyOf(ModuleDefinition.ROLES.stream().map(RoleDefinition::id).toList());
        for (Class<?> type : List.of(FamiliesResource.class, StaffResource.class)) {
            for (Method m : type.getDeclaredMethods()) {
                String http = null;
                for (var a : m.getAnnotations()) {
                    HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
                    http = h == null ? http : h.value();
                }
                if (http == null) {
                    continue;
                }
                Roles r = m.getAnnotation(Roles.class);
                if (r == null) {
                    problems.add(type.getSimpleName() + "#" + m.getName() + ": no @Roles");
                    continue;
                }
                problems.addAll(ModuleRoles.findings(List.of(r.value()), declared));
                if (!HttpMethod.GET.equals(http) && List.of(r.value()).contains(ModuleDefinition.AUDITOR)) {
                    problems.add(type.getSimpleName() + "#" + m.getName() + ": auditor on " + http);
                }
                roles.put(type.getSimpleName() + "#" + m.getName(), List.of(r.value()));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(roles.get("FamiliesResource#identity")).containsExactlyInAnyOrder("coordinator", "professional", "partner-staff");
        assertThat(roles.get("FamiliesResource#create")).containsExactly("coordinator");
        assertThat(roles.get("FamiliesResource#assign")).containsExactly("coordinator");
        assertThat(roles.get("FamiliesResource#list")).contains("auditor", "partner-staff", "professional");
        assertThat(roles.get("StaffResource#create")).containsExactly("coordinator");
        assertThat(roles).hasSize(13);
    }
}
