package de.ikz.api.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import de.ikz.api.persistence.Session;
import de.ikz.api.tenant.Caller;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only, chained access log. Write an entry for every change and every read of
 * personal data, inside the transaction of the change, so that both commit or neither does.
 * Entries are chained with a keyed MAC whose key is kept outside the database, and the head of
 * the chain is checkpointed outside the database, so an insider with write access to the
 * database alone can neither alter nor remove entries unnoticed.
 */
@ProviderType
public interface AuditLog {

    /** The longest record an entry keeps; a longer one is cut. */
    int RECORD_MAX = 300;

    /**
     * The record of a read that showed a list: {@code <type> list: <id>,<id>,… (n=<count>)}, one
     * entry per request naming what was shown. The ids are cut at a comma so the whole record fits
     * {@link #RECORD_MAX}; the count is always the full count.
     */
    static String listRecord(String type, Collection<String> ids) {
        String head = type + " list: ";
        String tail = " (n=" + ids.size() + ")";
        String joined = ids.stream().map(String::valueOf).distinct().collect(Collectors.joining(","));
        int room = RECORD_MAX - head.length() - tail.length();
        if (joined.length() > room) {
            int cut = joined.lastIndexOf(',', room - 2);
            joined = (cut <= 0 ? "" : joined.substring(0, cut + 1)) + "\u2026";
        }
        return joined.isEmpty() ? head.stripTrailing() + tail : head + joined + tail;
    }

    /** Appends inside the caller's transaction. */
    AuditEntry append(Session session, Caller caller, String tenantId, String action, String record, String reason);

    /** Appends in a transaction of its own (reads, failed logins). */
    AuditEntry append(Caller caller, String tenantId, String action, String record, String reason);

    /**
     * Entries of one tenant (platform entries of all tenants for a platform admin with tenantId
     * null), newest first. Entries written by cooperation modules are returned only to the
     * tenant's auditors. The read itself is logged.
     */
    List<AuditEntry> list(Caller caller, String tenantId, int limit);

    /** Checks the whole chain from the first entry, and against the checkpoints. */
    Verification verify();

    /**
     * The result of the newest check (scheduled, at start, or on request), if one has run.
     *
     * @since 1.1
     */
    default Optional<Verification> lastVerification() {
        return Optional.empty();
    }

    /**
     * Result of a chain check.
     *
     * @param entries        entries checked
     * @param firstBroken    sequence number of the first entry that does not fit, if any
     * @param reason         why it does not fit ("intact" if it does)
     * @param lastCheckpoint the newest checkpoint of the head written outside the database, if any
     * @param checkedAt      when the check ran
     */
    record Verification(long entries, Optional<Long> firstBroken, String reason, Optional<Checkpoint> lastCheckpoint,
                        Instant checkedAt) {

        /** A result without checkpoint information, checked now. */
        public Verification(long entries, Optional<Long> firstBroken, String reason) {
            this(entries, firstBroken, reason, Optional.empty(), Instant.now());
        }

        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    /**
     * A signed record of the chain's head, kept outside the database.
     *
     * @param seq  the head's sequence number when the checkpoint was written
     * @param hash the head entry's MAC
     * @param at   when the checkpoint was written
     * @since 1.1
     */
    record Checkpoint(long seq, String hash, Instant at) {
    }
}
