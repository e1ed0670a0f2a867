package de.ikz.participant.internal;

import java.util.regex.Pattern;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

/** Input and rights checks of this bundle; each failure names the field. */
final class Checks {

    /** Same rule as tenant ids. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

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
        return optional(field, value, max);
    }

    /** Stripped text or null for a blank one. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw IkzException.invalid(field, field + " is longer than " + max + " characters");
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw IkzException.invalid(field, field + " must not contain control characters");
        }
        return v;
    }

    static void platformAdmin(Caller caller) {
        if (!caller.isPlatformAdmin()) {
            throw IkzException.forbidden("only a platform admin may do this");
        }
    }

    /** The tenant an operation works in: required; a platform admin names it, everybody else acts in their own. */
    static String tenant(String tenantId) {
        if (tenantId == null || tenantId.isBlank()) {
            throw IkzException.invalid("tenant", "tenant is required (a platform admin without a tenant names one)");
        }
        return tenantId;
    }

    /** May the caller see the tenant's data at all? */
    static boolean member(Caller caller, String tenantId) {
        return caller.isPlatformAdmin() || caller.tenantId().map(tenantId::equals).orElse(false);
    }

    /** A member may change only as tenant admin. Call after {@link #member}. */
    static void admin(Caller caller, String tenantId) {
        if (!caller.isPlatformAdmin() && !caller.has(PlatformRole.TENANT_ADMIN)) {
            throw IkzException.forbidden("only a platform admin or an admin of tenant '" + tenantId + "' may do this");
        }
    }
}
