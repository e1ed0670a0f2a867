package ${package}.internal.service;

import java.util.List;

import de.ikz.api.tenant.Caller;
import ${package}.internal.domain.Entry;

/**
 * The entries of a tenant. Who may call which method is declared where the call comes in (REST
 * operations and console commands carry {@code @Roles}, enforced by the platform); the service
 * checks the input, keeps tenants apart and writes the access log.
 */
public interface Entries {

    /** All entries of the tenant, newest first; one READ entry in the access log naming them. */
    List<Entry> list(Caller caller, String tenantId);

    /** One entry; another tenant's entry is "not found". One READ entry in the access log. */
    Entry get(Caller caller, String tenantId, String id);

    /** A new entry, recorded today; one CREATE entry in the access log, in the same transaction. */
    Entry create(Caller caller, String tenantId, Entry.Input input);
}
