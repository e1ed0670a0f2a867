package de.ikz.fruehehilfen.internal.protection.shell;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.protection.FamilyExport;
import de.ikz.fruehehilfen.internal.protection.KeyRotation;
import de.ikz.fruehehilfen.internal.protection.Retention;
import de.ikz.fruehehilfen.internal.shell.ModuleCommand;
import de.ikz.kit.shell.ReadOnly;
import de.ikz.kit.shell.Table;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * The protection part's console commands: field keys (status, rotation, retirement) and retention
 * for the platform admin (one key file and one retention rule serve every tenant of the host), and
 * the GDPR Art. 15 export as the twin of {@code GET exports/families/{id}}.
 */
public final class ProtectionCommands {

    private ProtectionCommands() {
    }

    @Command(scope = "fruehehilfen", name = "key-status", description = "Shows the field keys and how many stored values use each")
    @Service
    @Roles("platform-admin")
    @ReadOnly
    public static final class KeyStatus extends ModuleCommand {
        @Reference
        KeyRotation rotation;

        /** For tests. */
        public KeyStatus with(KeyRotation r) {
            this.rotation = r;
            return this;
        }

        @Override
        protected void doExecute(Caller caller) {
            KeyRotation.Status st = rotation.status(caller);
            Table table = Table.of("Schlüssel", "Aktuell", "Werte").alignRight(2);
            for (String k : st.keys()) {
                table.row(k, k.equals(st.currentKey()) ? "ja" : "nein", st.valuesPerKey().getOrDefault(k, 0));
            }
            st.valuesPerKey().forEach((k, n) -> {
                if (!st.keys().contains(k)) {
                    table.row(k, "fehlt in der Schlüsseldatei", n);
                }
            });
            table.print(System.out);
        }
    }

    @Command(scope = "fruehehilfen", name = "key-rotate", description = "Adds a new current field key and re-seals every "
            + "sealed value with it; --resume continues an interrupted run; --retire removes old keys no value uses")
    @Service
    @Roles("platform-admin")
    public static final class KeyRotate extends ModuleCommand {
        @Reference
        KeyRotation rotation;

        @Option(name = "--resume", description = "no new key: re-seal what is not yet sealed with the current key")
        boolean resume;

        @Option(name = "--retire", description = "no new key: remove old keys from the key file once no value uses them")
        boolean retire;

        /** For tests. */
        public KeyRotate with(KeyRotation r, boolean resume, boolean retire) {
            this.rotation = r;
            this.resume = resume;
            this.retire = retire;
            return this;
        }

        @Override
        protected void doExecute(Caller caller) {
            if (resume && retire) {
                throw IkzException.invalid("--retire", "--retire and --resume are separate steps: first --resume, then --retire");
            }
            if (retire) {
                var gone = rotation.retire(caller);
                System.out.println(gone.isEmpty() ? "Kein alter Schlüssel vorhanden."
                        : "Aus der Schlüsseldatei entfernt: " + String.join(", ", gone)
                                + ". Sichern Sie die Schlüsseldatei jetzt erneut.");
                return;
            }
            KeyRotation.Result r = resume ? rotation.reseal(caller) : rotation.rotate(caller);
            Table table = Table.of("Mandant/Tabelle", "Neu versiegelt").alignRight(1);
            r.resealed().forEach(table::row);
            table.print(System.out);
            System.out.println("Aktueller Schlüssel: " + r.currentKey() + "; " + r.total() + " Wert(e) neu versiegelt.");
            if (!r.unreadable().isEmpty()) {
                System.out.println(r.unreadable().size() + " Zeile(n) nicht lesbar und unverändert (Details im Log).");
            }
            if (!resume) {
                System.out.println("Sichern Sie die Schlüsseldatei jetzt (getrennt von der Datenbanksicherung); "
                        + "danach: fruehehilfen:key-rotate --retire");
            }
        }
    }

    @Command(scope = "fruehehilfen", name = "retention-run", description = "Erases or anonymises families whose case ended "
            + "longer ago than the retention period (all tenants, or the one of --tenant)")
    @Service
    @Roles("platform-admin")
    public static final class RetentionRun extends ModuleCommand {
        @Reference
        Retention retention;

        @Option(name = "--dry-run", description = "only list what would be done; changes nothing")
        boolean dryRun;

        /** For tests. */
        public RetentionRun with(Retention r, boolean dryRun) {
            this.retention = r;
            this.dryRun = dryRun;
            return this;
        }

        @Override
        protected void doExecute(Caller caller) {
            Retention.Report report = retention.run(caller, tenant, dryRun);
            Table table = Table.of("Mandant", "Fall", "Pseudonym", "Beendet", "Zeilen").alignRight(4);
            for (Retention.Item i : report.items()) {
                table.row(i.tenantId(), i.familyId(), i.pseudonym(), Table.text(i.closedOn()), i.rows());
            }
            table.print(System.out);
            String what = report.mode() == Retention.Mode.ERASE ? "gelöscht" : "anonymisiert";
            System.out.println((report.dryRun() ? "Probelauf, nichts geändert: " + report.items().size() + " Familie(n) würden "
                    : report.items().size() + " Familie(n) ") + what + (report.dryRun() ? " werden" : "")
                    + " (Fall beendet vor dem " + Table.text(report.keptFrom()) + ").");
        }
    }

    @Command(scope = "fruehehilfen", name = "family-export", description = "Exports everything held about one family "
            + "(GDPR Art. 15): as text, or as PDF/A into a new file")
    @Service
    @Roles({"coordinator", "partner-staff"})
    @ReadOnly
    public static final class ExportFamily extends ModuleCommand {
        @Reference
        FamilyExport export;

        @Option(name = "--format", description = "text (default) or pdf (needs --file)")
        @Completion(value = StringsCompleter.class, values = {"text", "pdf"})
        String format;

        @Option(name = "--file", description = "the PDF file to write (must not exist; written owner-only)")
        String file;

        @Argument(index = 0, name = "family", description = "the family's case id", required = true)
        String familyId;

        /** For tests. */
        public ExportFamily with(FamilyExport e, String familyId, String format, String file) {
            this.export = e;
            this.familyId = familyId;
            this.format = format;
            this.file = file;
            return this;
        }

        @Override
        protected void doExecute(Caller caller) throws IOException {
            String f = format == null ? "text" : format.toLowerCase(Locale.ROOT);
            if (f.equals("pdf")) {
                if (file == null || file.isBlank()) {
                    throw IkzException.invalid("--file", "--format pdf needs --file <new file>");
                }
                Path target = Path.of(file).toAbsolutePath();
                if (Files.exists(target)) {
                    throw IkzException.invalid("--file", "the file " + target + " exists already: not overwritten");
                }
                byte[] pdf = export.pdf(caller, tenant(caller), familyId);
                try {
                    Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(target);
                } catch (FileAlreadyExistsException e) {
                    throw IkzException.invalid("--file", "the file " + target + " exists already: not overwritten");
                }
                Files.write(target, pdf);
                System.out.println("Auskunft geschrieben: " + target + " (" + pdf.length + " Bytes)");
                return;
            }
            if (!f.equals("text")) {
                throw IkzException.invalid("--format", "--format must be text or pdf");
            }
            FamilyExport.Export e = export.export(caller, tenant(caller), familyId, "console");
            System.out.println("Auskunft nach Art. 15 DSGVO: Familie " + e.pseudonym() + " (Fall " + e.familyId() + "), Jugendamt "
                    + e.ownerId() + ", Stand " + e.exportedAt());
            for (FamilyExport.TableRows t : e.tables()) {
                System.out.println();
                System.out.println("== " + t.title() + " (" + t.rows().size() + ")");
                for (Map<String, String> row : t.rows()) {
                    row.forEach((k, v) -> System.out.println("  " + k + ": " + (v == null ? "–" : v.replace("\n", " / "))));
                    System.out.println("  --");
                }
            }
        }
    }
}
