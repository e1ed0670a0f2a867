package de.ikz.ui.internal.render;

import java.util.Locale;

/**
 * The login page: the CSRF token of the pre-login session, the user name to show again after a
 * refused attempt, an error and a notice (e.g. "Sie wurden abgemeldet.").
 */
public record LoginForm(Locale locale, String csrfToken, String username, String error, String notice) {

    public LoginForm {
        locale = locale == null ? Locale.GERMANY : locale;
    }
}
