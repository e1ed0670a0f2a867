package de.ikz.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.ImportReport;
import de.ikz.api.participant.RegisterDistrict;
import de.ikz.api.participant.RegisterMunicipality;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.ConsoleAction;
import de.ikz.kit.shell.Table;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;

/** The federal municipal register: import (platform admin) and look-ups. */
final class RegisterCommands {

    private RegisterCommands() {
    }

    /** Keys of the register's districts. */
    @Service
    public static final class DistrictKeys implements Completer {
        @Reference
        RegisterService register;

        @Override
        public int complete(Session session, CommandLine commandLine, List<String> candidates) {
            return Completers.complete(session, commandLine, candidates,
                    register.districts().stream().map(RegisterDistrict::key).toList());
        }
    }

    @Command(scope = "ikz", name = "register-import",
            description = "Imports the Destatis Gemeindeverzeichnis (GV-ISys extract, comma or semicolon separated; platform admin)")
    @Service
    public static final class Import extends ConsoleAction {
        @Reference
        RegisterService register;

        @Argument(index = 0, name = "file", required = true, description = "the CSV file")
        @Completion(FileCompleter.class)
        String file;

        @Option(name = "--skip-bad-lines", aliases = "-s", description = "import the good lines even if some are bad")
        boolean skipBadLines;

        @Option(name = "--source", description = "source written with the population (default: Destatis GV-ISys, Auszug GV 4. Quartal 2020 …)")
        String source;

        @Option(name = "--reference-date", description = "date the population describes (default 2019-12-31)")
        String referenceDate;

        @Override
        protected void doExecute(Caller caller) throws IOException {
            ImportReport r;
            try (InputStream in = open(file)) {
                r = register.importRegister(caller, in, source, date("reference-date", referenceDate), skipBadLines);
            }
            print(r, r.districts() + " districts, " + r.municipalities() + " municipalities: " + r.inserted() + " new, "
                    + r.updated() + " already known");
        }
    }

    @Command(scope = "ikz", name = "register-figures-import",
            description = "Imports figures per municipality from a CSV ags;figure;date;value;source (platform admin)")
    @Service
    public static final class ImportFigures extends ConsoleAction {
        @Reference
        RegisterService register;

        @Argument(index = 0, name = "file", required = true, description = "the CSV file")
        @Completion(FileCompleter.class)
        String file;

        @Option(name = "--skip-bad-lines", aliases = "-s", description = "import the good lines even if some are bad")
        boolean skipBadLines;

        @Override
        protected void doExecute(Caller caller) throws IOException {
            ImportReport r;
            try (InputStream in = open(file)) {
                r = register.importFigures(caller, in, skipBadLines);
            }
            print(r, r.municipalities() + " figures: " + r.inserted() + " new, " + r.updated() + " already known");
        }
    }

    @Command(scope = "ikz", name = "register-district", description = "Shows a district of the register with its municipalities and population")
    @Service
    public static final class District extends ConsoleAction {
        @Reference
        RegisterService register;

        @Argument(index = 0, name = "key", required = true, description = "5-digit district key, e.g. 05334")
        @Completion(DistrictKeys.class)
        String key;

        @Option(name = "--reference-date", description = "population at the latest date on or before this one (default: the latest)")
        String referenceDate;

        @Override
        protected void doExecute(Caller caller) {
            RegisterDistrict d = register.district(key).orElseThrow(() -> IkzException.notFound("district", key));
            List<RegisterMunicipality> ms = register.municipalitiesOf(key);
            Map<String, FigureValue> pop = register.figures(ms.stream().map(RegisterMunicipality::ags).toList(),
                    FigureValue.POPULATION, date("reference-date", referenceDate));
            System.out.println(d.key() + "  " + d.name() + " (register kind " + d.kind() + ")");
            Table table = Table.of("AGS", "Name", "Kind", "Area km²", "Population", "At").alignRight(3, 4);
            long total = 0;
            for (RegisterMunicipality m : ms) {
                FigureValue f = pop.get(m.ags());
                total += f == null ? 0 : f.value();
                table.row(m.ags(), m.name(), m.kind(), m.areaKm2(), f == null ? "-" : number(f.value()),
                        f == null ? "-" : f.referenceDate());
            }
            table.print(System.out);
            System.out.println(ms.size() + " municipalities, population " + number(total)
                    + (pop.size() < ms.size() ? " (" + (ms.size() - pop.size()) + " without a figure)" : ""));
        }
    }

    static InputStream open(String file) throws IOException {
        Path p = Path.of(file).toAbsolutePath();
        if (!Files.isRegularFile(p)) {
            throw IkzException.invalid("file", "no such file: " + p);
        }
        return Files.newInputStream(p);
    }

    static void print(ImportReport r, String summary) {
        if (r.committed()) {
            System.out.println("Imported " + summary + (r.skipped() > 0 ? "; " + r.skipped() + " bad lines skipped" : ""));
        } else {
            System.out.println("Nothing imported: " + r.skipped() + " bad line" + (r.skipped() == 1 ? "" : "s")
                    + " (--skip-bad-lines imports the rest)");
        }
        if (!r.problems().isEmpty()) {
            Table table = Table.of("Line", "Problem");
            r.problems().forEach(p -> table.row(p.line(), p.reason()));
            table.print(System.out);
        }
    }

    static String number(long n) {
        return String.format(Locale.GERMANY, "%,d", n);
    }

    /** An optional ISO date within the platform's range ({@link de.ikz.api.input.Input#date(String, String)}). */
    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return de.ikz.api.input.Input.date(field, text);
    }
}
