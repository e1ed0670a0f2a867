package de.ikz.vormundschaft.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Database;
import de.ikz.vormundschaft.internal.domain.AgeBands;
import de.ikz.vormundschaft.internal.domain.PipelineException;
import de.ikz.vormundschaft.internal.service.Catalogue.Area;

/**
 * What the five services of the coordination office share: the database, the access log, the
 * directory of youth offices and municipalities, the clock, and the input checks that need them.
 *
 * <p>DS: one component per aggregate ({@link VolunteersImpl}, {@link TrainingImpl},
 * {@link CasesImpl}, {@link AppointmentsImpl}, {@link ReportsImpl}), each registered under its
 * own narrow interface, rather than one component wiring all five: a caller references only the
 * service it uses, and each has the same references (schema, database, access log, directory),
 * so all five come up together once the schema is migrated. A change that spans aggregates
 * (matching moves the volunteer's stage, ending an appointment closes the child's case) runs in
 * one transaction through the package-private helpers in {@link CaseSteps} and {@link Rows},
 * which take the open {@code TenantSession}.
 */
abstract class OfficeService {

    static final String RECORD = "vormundschaft/";

    final Database db;
    final AuditLog audit;
    final Directory directory;
    final Clock clock;

    OfficeService(Database db, AuditLog audit, Directory directory, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A youth office (participant of kind YOUTH_OFFICE) of the tenant, required. */
    String office(String field, String tenantId, String office) {
        String id = Check.text(field, office, 40, true);
        if (!directory.youthOffices(tenantId).contains(id)) {
            throw IkzException.invalid(field, id + " is not a youth office (participant of kind YOUTH_OFFICE) of this tenant");
        }
        return id;
    }

    /** A municipality key (AGS) of the federal municipal register. */
    String municipality(String field, String value, boolean required) {
        String ags = Check.ags(field, value, required);
        if (ags != null && !directory.municipalityKnown(ags)) {
            throw IkzException.invalid(field, "municipality " + ags + " is not in the municipal register");
        }
        return ags;
    }

    static String ageBand(String field, String band, boolean nullAllowed) {
        try {
            AgeBands.require(field, band == null ? null : band.strip(), nullAllowed);
        } catch (PipelineException e) {
            throw Check.refused(e, false);
        }
        return band == null ? null : band.strip();
    }

    static int capacity(int capacity) {
        if (capacity < 1 || capacity > 5) {
            throw IkzException.invalid("capacity", "a volunteer holds 1 to 5 guardianships (usually 1 or 2), not " + capacity);
        }
        return capacity;
    }

    static List<String> areas(String field, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String a : Check.list(field, values, 40)) {
            out.add(Check.oneOf(field, a, Area.class, null).name());
        }
        return List.copyOf(out);
    }
}
