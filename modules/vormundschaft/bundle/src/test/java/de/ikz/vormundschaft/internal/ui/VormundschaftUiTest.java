package de.ikz.vormundschaft.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.module.ModuleRoles;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;

import org.junit.jupiter.api.Test;

class VormundschaftUiTest extends OfficeScreens {

    private static final Set<String> DECLARED = Set.of("coordinator", "partner-staff", "auditor");

    @Test
    void theArea() {
        assertThat(ui.id()).isEqualTo("vormundschaft");
        assertThat(ui.module()).isEqualTo(Optional.of("vormundschaft"));
        assertThat(ui.title(Locale.GERMANY)).isEqualTo("Vormundschaften");
        assertThat(UiContribution.PROPERTY_ID).isEqualTo("ikz.ui");
    }

    @Test
    void everyPageHasRolesTheModuleDeclaresAndAUniquePath() {
        Set<String> paths = new HashSet<>();
        for (UiPage p : ui.pages()) {
            assertThat(paths.add(p.path())).as("unique " + p.path()).isTrue();
            List<String> view = roles(p, false);
            assertThat(view).as(p.path()).isNotEmpty();
            assertThat(DECLARED).containsAll(view);
            assertThat(DECLARED).containsAll(roles(p, true));
        }
        assertThat(paths).contains("", "volunteers", "volunteers/{id}", "courses", "children", "children/{id}", "reports");
        assertThat(ModuleRoles.READ_ONLY).contains("auditor");
    }

    @Test
    void navigationNamesOnlyPagesThatExist() {
        Set<String> paths = new HashSet<>();
        ui.pages().forEach(p -> paths.add(p.path()));
        List<UiContribution.NavEntry> nav = ui.navigation(Locale.GERMANY);
        assertThat(nav).extracting(UiContribution.NavEntry::page).allMatch(paths::contains);
        assertThat(nav.get(0)).isEqualTo(new UiContribution.NavEntry("Heute fällig", ""));
        assertThat(nav).extracting(UiContribution.NavEntry::label).contains("Ehrenamtliche", "Schulungen", "Kinder", "Berichte");
        // partner staff can open at least one entry (their office's children, the reports)
        assertThat(nav).anyMatch(e -> allowed(page(e.page()), false, STAFF));
    }
}
