package de.ikz.api.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.ikz.api.tenant.Caller;

import org.osgi.annotation.versioning.ProviderType;

/** Agreements of a tenant with their amendment history. */
@ProviderType
public interface AgreementService {

    /** Creates version 1. */
    Agreement create(Caller caller, String tenantId, Agreement agreement);

    /** Records an amendment as the next version, valid from {@code agreement.validFrom()}. */
    Agreement amend(Caller caller, String tenantId, Agreement agreement);

    /** Latest version of each agreement. */
    List<Agreement> list(Caller caller, String tenantId);

    /** The version in force on {@code day} (latest validFrom on or before it). */
    Optional<Agreement> asOf(Caller caller, String tenantId, String id, LocalDate day);

    /** All versions, oldest first. */
    List<Agreement> history(Caller caller, String tenantId, String id);

    /**
     * The profile of the agreement version in force on {@code day}, in the field order of the state
     * IKZ database (title, participants, tags, lead body, other participants, short profile with the
     * population and area of the cooperation's whole area (every party's area, each municipality
     * once) with reference date and source, the cost rule in words, Anlass, Ziel, Umsetzung,
     * Finanzierung, legal form, since, contact, links). JSON has English keys; Markdown and PDF are German.
     *
     * @param format "json", "markdown" or "pdf"
     */
    byte[] profile(Caller caller, String tenantId, String id, LocalDate day, String format);
}
