package de.ikz.fruehehilfen.internal.protection;

import java.util.List;

/**
 * Every table that holds rows about one family, for the protection part's generic work: key rotation
 * re-seals the {@link FamilyTable#sealed} columns, retention erases or anonymises, the GDPR Art. 15
 * export lists every row. <b>A part that adds a table with a family's data adds one line here</b>
 * (the families and visits parts own their lines); {@code FamilyTablesTest} fails for a migrated
 * table with a {@code family_id} column that is not listed, and for a listed column that does not
 * exist.
 * <p>
 * Order = deletion order: rows that refer to the family first, the family's own row last.
 */
public final class FamilyTables {

    /** What retention mode {@code anonymise} does with the table's rows of a family. */
    public enum OnAnonymise {
        /** Removed: identity and health data. */
        DELETE,
        /** Kept: pseudonymised facts the statistics count (no identity, no sealed field). */
        KEEP
    }

    /**
     * A table with a family's rows.
     *
     * @param table        table name (prefix {@code fruehehilfen_}, a tenant table)
     * @param title        German heading in the export
     * @param keyColumns   the primary key without {@code tenant_id} (re-sealing updates one row by it)
     * @param familyColumn the column holding the family's id ({@code id} for the family itself)
     * @param sealed       the columns sealed with {@link FieldCipher} (may be empty)
     * @param onAnonymise  what anonymisation does with the rows; a table with sealed columns must be DELETE
     */
    public record FamilyTable(String table, String title, List<String> keyColumns, String familyColumn, List<String> sealed,
                              OnAnonymise onAnonymise) {
        public FamilyTable {
            keyColumns = List.copyOf(keyColumns);
            sealed = List.copyOf(sealed);
            if (!sealed.isEmpty() && onAnonymise != OnAnonymise.DELETE) {
                throw new IllegalArgumentException(table + ": a table with sealed columns is deleted when anonymised");
            }
        }
    }

    private static final List<String> ID = List.of("id");

    /** The registry, in deletion order. */
    public static final List<FamilyTable> ALL = List.of(
            // visits part
            new FamilyTable("fruehehilfen_contact", "Kontakte", ID, "family_id", List.of(), OnAnonymise.KEEP),
            new FamilyTable("fruehehilfen_assessment", "Einschätzungen in sechs Bereichen", ID, "family_id", List.of(),
                    OnAnonymise.KEEP),
            new FamilyTable("fruehehilfen_resources", "Ressourcen und Belastungen", ID, "family_id", List.of("factors"),
                    OnAnonymise.DELETE),
            // families part
            new FamilyTable("fruehehilfen_assignment", "Zuordnung zu Fachkräften", ID, "family_id", List.of(),
                    OnAnonymise.KEEP),
            new FamilyTable("fruehehilfen_consent", "Einwilligungen", ID, "family_id", List.of(), OnAnonymise.KEEP),
            new FamilyTable("fruehehilfen_family_identity", "Identität", List.of("family_id"), "family_id",
                    List.of("mother_name", "child_name", "child_birth", "address", "phone"), OnAnonymise.DELETE),
            new FamilyTable("fruehehilfen_family", "Fall", ID, "id", List.of(), OnAnonymise.KEEP));

    private FamilyTables() {
    }
}
