package de.ikz.uicore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import de.ikz.api.module.ModuleRoles;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.testkit.Callers;

/**
 * Who may open and change which core page, by the shell's rule ({@link de.ikz.api.ui.UiRoles}) over
 * the pages' {@link de.ikz.api.module.Roles}: the same as REST allows each role.
 */
class RolesTest {

    private final Fixture f = new Fixture();
    private final List<UiContribution> areas = List.of(f.participantPages(), f.agreementPages(), f.allocationPages(),
            f.adminPages(), f.auditPages(), f.duePages());

    private TreeSet<String> viewable(Caller c) {
        TreeSet<String> out = new TreeSet<>();
        for (UiContribution a : areas) {
            for (UiPage p : a.pages()) {
                if (Pages.mayView(c, a, p)) {
                    out.add(a.id() + "/" + p.path());
                }
            }
        }
        return out;
    }

    private TreeSet<String> submittable(Caller c) {
        TreeSet<String> out = new TreeSet<>();
        for (UiContribution a : areas) {
            for (UiPage p : a.pages()) {
                if (Pages.maySubmit(c, a, p)) {
                    out.add(a.id() + "/" + p.path());
                }
            }
        }
        return out;
    }

    @Test
    void everyPageDeclaresKnownRolesAndNoSubmitNamesTheAuditor() {
        List<String> problems = new ArrayList<>();
        for (UiContribution a : areas) {
            assertThat(a.module()).isEmpty();
            assertThat(a.id()).matches("[a-z][a-z0-9-]*");
            for (UiPage p : a.pages()) {
                List<String> view = Pages.roles(p, "view");
                if (view.isEmpty() || !view.stream().allMatch(ModuleRoles::known)) {
                    problems.add(a.id() + "/" + p.path() + " view " + view);
                }
                if (Pages.submits(p)) {
                    List<String> submit = Pages.roles(p, "submit");
                    if (submit.isEmpty() || submit.contains("auditor") || !submit.stream().allMatch(ModuleRoles::known)) {
                        problems.add(a.id() + "/" + p.path() + " submit " + submit);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theAuditorReadsTheTenantAndTheLogButChangesNothing() {
        Caller auditor = Callers.auditor(Fixture.T);
        assertThat(submittable(auditor)).isEmpty();
        assertThat(viewable(auditor)).contains("teilnehmer/{id}", "umlage/{agreement}/{year}/{version}", "protokoll/",
                "protokoll/pruefung", "verwaltung/freigaben").doesNotContain("verwaltung/benutzer", "verwaltung/mandanten",
                "teilnehmer/neu", "umlage/{agreement}/abrechnung");
    }

    @Test
    void partnerStaffReadsWhatRestShowsThemAndChangesNothing() {
        Caller paul = Callers.partnerStaff(Fixture.T, "stadt-a");
        assertThat(submittable(paul)).isEmpty();
        assertThat(viewable(paul)).containsExactlyInAnyOrder("faellig/", "teilnehmer/", "teilnehmer/{id}", "vereinbarungen/",
                "vereinbarungen/{id}", "vereinbarungen/{id}/profil", "umlage/", "umlage/{agreement}", "umlage/{agreement}/{year}/{version}",
                "umlage/{agreement}/vergleich", "umlage/{agreement}/planung", "umlage/{agreement}/{year}/{version}/uebersicht/{format}",
                "umlage/{agreement}/{year}/{version}/bescheid/{partner}/{format}");
    }

    @Test
    void onlyTheTenantAdminStartsRunsAndChangesParticipants() {
        assertThat(submittable(Callers.tenantAdmin(Fixture.T))).containsExactlyInAnyOrder("teilnehmer/neu", "teilnehmer/{id}/bearbeiten",
                "teilnehmer/{id}/zustaendigkeit", "umlage/{agreement}", "umlage/{agreement}/abrechnung", "verwaltung/benutzer/neu",
                "verwaltung/benutzer/{name}", "verwaltung/freigaben/{id}");
        assertThat(submittable(Callers.coordinator(Fixture.T, "vormundschaft"))).isEmpty();
    }

    @Test
    void thePlatformAdminRunsTenantsUsersAndTheChainCheckButReadsNoTenantData() {
        Caller root = Callers.platformAdmin();
        assertThat(viewable(root)).containsExactlyInAnyOrder("verwaltung/mandanten", "verwaltung/benutzer", "verwaltung/benutzer/neu",
                "verwaltung/benutzer/{name}", "protokoll/", "protokoll/pruefung");
        assertThat(submittable(root)).containsExactlyInAnyOrder("verwaltung/mandanten", "verwaltung/benutzer/neu",
                "verwaltung/benutzer/{name}", "protokoll/pruefung");
        assertThat(submittable(Callers.tenantAdmin(Fixture.T))).doesNotContain("protokoll/pruefung", "verwaltung/mandanten");
    }
}
