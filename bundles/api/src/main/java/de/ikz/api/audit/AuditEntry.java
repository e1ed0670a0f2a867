package de.ikz.api.audit;

import java.time.Instant;

/**
 * One line of the access log.
 *
 * @param seq      position in the chain, from 1
 * @param at       when (an instant; stored in UTC)
 * @param user     who
 * @param tenantId the tenant the record belongs to, or null for platform records
 * @param action   what: READ, CREATE, UPDATE, DELETE, LOGIN_FAILED, ...
 * @param record   which record: "{@code <type>/<id>}", e.g. "tenant/kreis-heinsberg"
 * @param reason   why (free text, may be null)
 * @param address  from where (remote address or "console")
 * @param prevHash hash of the previous entry (64 zeros for the first)
 * @param hash     HMAC-SHA256 (keyed, with the key kept outside the database) over prevHash and this
 *                 entry's fields; plain SHA-256 for entries written before the keyed chain started
 */
public record AuditEntry(long seq, Instant at, String user, String tenantId, String action, String record,
                         String reason, String address, String prevHash, String hash) {
}
