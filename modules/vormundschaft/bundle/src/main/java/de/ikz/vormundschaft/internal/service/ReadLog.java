package de.ikz.vormundschaft.internal.service;

import java.util.Collection;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.persistence.Session;
import de.ikz.api.tenant.Caller;

/**
 * One access-log entry per read of personal or case data, written inside the read's transaction
 * (issue 8). Record names follow one scheme, documented in the module README ("What the access log
 * records"):
 * <ul>
 *   <li>one record: {@code vormundschaft/<type>/<id>}, e.g. {@code vormundschaft/volunteer/V-1};</li>
 *   <li>a list: {@code vormundschaft/<type> list: <id>,<id>,… (n=<count>)}, the ids cut so the whole
 *       record fits the access log's {@value AuditLog#RECORD_MAX}-character column; the count is always the
 *       full count.</li>
 * </ul>
 * The reason names what was shown (never personal data itself, only ids and filters).
 */
final class ReadLog {

    static final String ACTION = "READ";
    static final String PREFIX = "vormundschaft/";
    static final int REASON_MAX = 500;

    private ReadLog() {
    }

    /** A read of one record. */
    static void one(AuditLog audit, Session s, Caller caller, String tenantId, String type, String id, String reason) {
        audit.append(s, caller, tenantId, ACTION, cut(PREFIX + type + "/" + id, AuditLog.RECORD_MAX), cut(reason, REASON_MAX));
    }

    /** A read of a list: one entry naming the ids shown. */
    static void list(AuditLog audit, Session s, Caller caller, String tenantId, String type, Collection<String> ids, String reason) {
        audit.append(s, caller, tenantId, ACTION, listRecord(type, ids), cut(reason, REASON_MAX));
    }

    /** {@code vormundschaft/<type> list: a,b,… (n=N)} ({@link AuditLog#listRecord}). */
    static String listRecord(String type, Collection<String> ids) {
        return AuditLog.listRecord(PREFIX + type, ids);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
