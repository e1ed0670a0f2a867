package de.ikz.api.audit;

import java.util.List;
import java.util.Optional;

import de.ikz.api.persistence.Session;
import de.ikz.api.tenant.Caller;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only, hash-chained access log. Write an entry for every change and every read of
 * personal data, inside the transaction of the change, so that both commit or neither does.
 */
@ProviderType
public interface AuditLog {

    /** Appends inside the caller's transaction. */
    AuditEntry append(Session session, Caller caller, String tenantId, String action, String record, String reason);

    /** Appends in a transaction of its own (reads, failed logins). */
    AuditEntry append(Caller caller, String tenantId, String action, String record, String reason);

    /** Entries of one tenant (all for a platform admin with tenantId null), newest first. */
    List<AuditEntry> list(Caller caller, String tenantId, int limit);

    /** Checks the whole chain from the first entry. */
    Verification verify();

    /**
     * Result of a chain check.
     *
     * @param entries     entries checked
     * @param firstBroken sequence number of the first entry that does not fit, if any
     * @param reason      why it does not fit
     */
    record Verification(long entries, Optional<Long> firstBroken, String reason) {
        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }
}
