package de.ikz.fruehehilfen.internal.families;

/**
 * Seals and opens a field for one tenant: the protection part's cipher (AES-GCM, key file outside
 * the database) as this part uses it; null stays null.
 */
public interface Sealer {

    String seal(String tenantId, String plain);

    String open(String tenantId, String sealed);
}
