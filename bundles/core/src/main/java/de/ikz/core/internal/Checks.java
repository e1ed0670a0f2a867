package de.ikz.core.internal;

import java.util.regex.Pattern;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

/** Input and rights checks shared by the core services; each failure names the field. */
final class Checks {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");
    static final int MIN_PASSWORD = 12;

    private Checks() {
    }

    static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw IkzException.invalid(field, field + " is required");
        }
        if (!ID.matcher(value).matches()) {
            throw IkzException.invalid(field, field + " must be 2 to 40 lower-case letters, digits or dashes, got '" + value + "'");
        }
        return value;
    }

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw IkzException.invalid(field, field + " is required");
        }
        if (value.length() > max) {
            throw IkzException.invalid(field, field + " is longer than " + max + " characters");
        }
        return value.strip();
    }

    static String username(String value) {
        if (value == null || !USERNAME.matcher(value).matches()) {
            throw IkzException.invalid("username", "username must be 2 to 64 letters, digits, '.', '_', '@' or '-'");
        }
        return value;
    }

    static String password(String field, String value) {
        if (value == null || value.length() < MIN_PASSWORD) {
            throw IkzException.invalid(field, field + " must have at least " + MIN_PASSWORD + " characters");
        }
        if (value.contains(",") || value.chars().anyMatch(Character::isISOControl)) {
            throw IkzException.invalid(field, field + " must not contain commas or control characters");
        }
        return value;
    }

    static void platformAdmin(Caller caller) {
        if (!caller.isPlatformAdmin()) {
            throw IkzException.forbidden("only a platform admin may do this");
        }
    }

    static void adminOf(Caller caller, String tenantId) {
        if (caller.isPlatformAdmin()) {
            return;
        }
        if (!caller.has(PlatformRole.TENANT_ADMIN) || !caller.tenantId().map(tenantId::equals).orElse(false)) {
            throw IkzException.forbidden("only a platform admin or an admin of tenant '" + tenantId + "' may do this");
        }
    }
}
