package de.ikz.uicore.internal;

import java.util.Locale;
import java.util.Optional;

import de.ikz.api.ui.UiContribution;

/**
 * What every area of the core's screens answers alike: its URL id, its German title, and no module
 * (so a role id on its pages is a platform role's short name, {@link de.ikz.api.ui.UiRoles}).
 */
abstract class CoreArea implements UiContribution {

    private final String id;
    private final String title;

    CoreArea(String id, String title) {
        this.id = id;
        this.title = title;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Optional<String> module() {
        return Optional.empty();
    }

    @Override
    public String title(Locale locale) {
        return title;
    }
}
