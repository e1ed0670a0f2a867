package de.ikz.participant.internal;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.ImportReport;
import de.ikz.api.participant.ImportReport.LineProblem;
import de.ikz.api.participant.RegisterDistrict;
import de.ikz.api.participant.RegisterMunicipality;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Session;
import de.ikz.api.tenant.Caller;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The federal municipal register in platform tables. An import reads and checks the whole file
 * first, then writes in one transaction: it loads what is stored, inserts what is new and
 * updates only what changed (upsert by key), so importing the same file again writes nothing and
 * never duplicates. One access-log entry per import.
 */
@Component(service = RegisterService.class)
public final class RegisterServiceImpl implements RegisterService {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterServiceImpl.class);
    private static final Pattern AGS = Pattern.compile("[0-9]{8}");
    private static final Pattern DISTRICT_KEY = Pattern.compile("[0-9]{5}");
    private static final int MAX_PROBLEMS = 100;

    private static final String MUNICIPALITY_COLUMNS = "ags, name, district_key, kind, area_km2, postcode";

    private final Database db;
    private final AuditLog audit;

    @Activate
    public RegisterServiceImpl(@Reference Database db, @Reference AuditLog audit, @Reference ParticipantSchema schema) {
        this.db = db;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- imports

    @Override
    public ImportReport importRegister(Caller caller, InputStream csv, String source, LocalDate referenceDate,
                                       boolean skipBadLines) {
        Checks.platformAdmin(caller);
        String src = source == null || source.isBlank() ? GV_SOURCE : Checks.text("source", source, 300);
        LocalDate date = referenceDate == null ? GV_REFERENCE_DATE : de.ikz.api.input.Input.date("referenceDate", referenceDate);
        long started = System.nanoTime();
        GvParser.Result file = GvParser.parse(Csv.readAll(csv));
        if (file.districts().isEmpty() && file.municipalities().isEmpty() && file.problems().isEmpty()) {
            throw IkzException.invalid("csv", "the file holds no district (record type 40) or municipality (type 60)");
        }
        if (!file.problems().isEmpty() && !skipBadLines) {
            return report(file.districts().size(), file.municipalities().size(), 0, 0, file.problems(), false);
        }
        int[] counts = db.inTransaction(s -> {
            upsertDistricts(s, file.districts());
            int[] c = upsertMunicipalities(s, file.municipalities());
            upsertPopulation(s, file.municipalities(), date, src);
            s.update("UPDATE ikz_register_version SET version = version + 1 WHERE id = 1");
            audit.append(s, caller, null, "IMPORT", "register/gv", file.districts().size() + " districts, "
                    + file.municipalities().size() + " municipalities (" + c[0] + " new), population at " + date
                    + ", " + file.problems().size() + " bad lines skipped; source: " + src);
            return c;
        });
        invalidate();
        LOG.info("register imported: {} districts, {} municipalities ({} new, {} known), {} bad lines skipped, in {} ms (read and write)",
                file.districts().size(), file.municipalities().size(), counts[0], counts[1], file.problems().size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return report(file.districts().size(), file.municipalities().size(), counts[0], counts[1], file.problems(), true);
    }

    @Override
    public ImportReport importFigures(Caller caller, InputStream csv, boolean skipBadLines) {
        Checks.platformAdmin(caller);
        FiguresParser.Result file = FiguresParser.parse(Csv.readAll(csv));
        if (file.rows().isEmpty() && file.problems().isEmpty()) {
            throw IkzException.invalid("csv", "the file holds no figures (ags;figure;date;value;source)");
        }
        ImportReport result = db.inTransaction(s -> {
            Set<String> known = new LinkedHashSet<>(s.query("SELECT ags FROM ikz_register_municipality", rs -> rs.getString(1)));
            List<LineProblem> problems = new ArrayList<>(file.problems());
            List<FigureValue> good = new ArrayList<>();
            for (FiguresParser.Row r : file.rows()) {
                if (known.contains(r.value().ags())) {
                    good.add(r.value());
                } else {
                    problems.add(new LineProblem(r.line(), "ags " + r.value().ags() + " is not a municipality of the register"));
                }
            }
            problems.sort((a, b) -> Long.compare(a.line(), b.line()));
            if (!problems.isEmpty() && !skipBadLines) {
                return report(0, file.rows().size(), 0, 0, problems, false);
            }
            int[] c = upsertFigures(s, good);
            s.update("UPDATE ikz_register_version SET version = version + 1 WHERE id = 1");
            audit.append(s, caller, null, "IMPORT", "register/figures", good.size() + " figures ("
                    + good.stream().map(FigureValue::figure).distinct().sorted().collect(Collectors.joining(", ")) + "), "
                    + c[0] + " new, " + problems.size() + " bad lines skipped");
            return report(0, file.rows().size(), c[0], c[1], problems, true);
        });
        invalidate();
        return result;
    }

    private static ImportReport report(int districts, int municipalities, int inserted, int updated,
                                       List<LineProblem> problems, boolean committed) {
        return new ImportReport(districts, municipalities, inserted, updated, problems.size(),
                List.copyOf(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()))), committed);
    }

    private static void upsertDistricts(Session s, List<GvParser.District> districts) {
        Map<String, RegisterDistrict> stored = byKey(s.query("SELECT district_key, name, kind FROM ikz_register_district",
                RegisterServiceImpl::district), RegisterDistrict::key);
        for (GvParser.District d : districts) {
            RegisterDistrict n = d.district();
            RegisterDistrict old = stored.get(n.key());
            if (old == null) {
                s.update("INSERT INTO ikz_register_district (district_key, name, kind) VALUES (?, ?, ?)", n.key(), n.name(), n.kind());
            } else if (!old.equals(n)) {
                s.update("UPDATE ikz_register_district SET name = ?, kind = ? WHERE district_key = ?", n.name(), n.kind(), n.key());
            }
        }
    }

    /** @return {inserted, already known} */
    private static int[] upsertMunicipalities(Session s, List<GvParser.Municipality> municipalities) {
        Map<String, RegisterMunicipality> stored = byKey(s.query("SELECT " + MUNICIPALITY_COLUMNS
                + " FROM ikz_register_municipality", RegisterServiceImpl::municipality), RegisterMunicipality::ags);
        int inserted = 0;
        int known = 0;
        for (GvParser.Municipality m : municipalities) {
            RegisterMunicipality n = m.municipality();
            RegisterMunicipality old = stored.get(n.ags());
            if (old == null) {
                s.update("INSERT INTO ikz_register_municipality (" + MUNICIPALITY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                        n.ags(), n.name(), n.districtKey(), n.kind(), n.areaKm2(), n.postcode());
                inserted++;
            } else {
                known++;
                if (!old.equals(n)) {
                    s.update("UPDATE ikz_register_municipality SET name = ?, district_key = ?, kind = ?, area_km2 = ?, "
                            + "postcode = ? WHERE ags = ?", n.name(), n.districtKey(), n.kind(), n.areaKm2(), n.postcode(), n.ags());
                }
            }
        }
        return new int[] {inserted, known};
    }

    private static void upsertPopulation(Session s, List<GvParser.Municipality> municipalities, LocalDate date, String source) {
        List<FigureValue> values = municipalities.stream()
                .map(m -> new FigureValue(m.municipality().ags(), FigureValue.POPULATION, date, m.population(), source))
                .toList();
        upsertFigures(s, values);
    }

    /** @return {inserted, already known} */
    private static int[] upsertFigures(Session s, List<FigureValue> values) {
        // load what is stored for the (figure, date) pairs of the file, then write the difference
        Map<String, FigureValue> stored = new HashMap<>();
        values.stream().map(v -> Map.entry(v.figure(), v.referenceDate())).distinct().forEach(k ->
                s.query("SELECT ags, figure, reference_date, figure_value, source FROM ikz_register_figure "
                        + "WHERE figure = ? AND reference_date = ?", RegisterServiceImpl::figure, k.getKey(), k.getValue())
                        .forEach(f -> stored.put(figureKey(f), f)));
        int inserted = 0;
        int known = 0;
        for (FigureValue v : values) {
            FigureValue old = stored.get(figureKey(v));
            if (old == null) {
                s.update("INSERT INTO ikz_register_figure (ags, figure, reference_date, figure_value, source) VALUES (?, ?, ?, ?, ?)",
                        v.ags(), v.figure(), v.referenceDate(), v.value(), v.source());
                inserted++;
            } else {
                known++;
                if (!old.equals(v)) {
                    s.update("UPDATE ikz_register_figure SET figure_value = ?, source = ? WHERE ags = ? AND figure = ? "
                            + "AND reference_date = ?", v.value(), v.source(), v.ags(), v.figure(), v.referenceDate());
                }
            }
        }
        return new int[] {inserted, known};
    }

    private static String figureKey(FigureValue f) {
        return f.ags() + '/' + f.figure() + '/' + f.referenceDate();
    }

    private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
        Map<String, T> m = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> m.put(key.apply(r), r));
        return m;
    }

    // ---------------------------------------------------------------- queries

    @Override
    public Optional<RegisterMunicipality> municipality(String ags) {
        if (ags == null || !AGS.matcher(ags).matches()) {
            return Optional.empty();
        }
        return db.inTransaction(s -> s.queryOne("SELECT " + MUNICIPALITY_COLUMNS + " FROM ikz_register_municipality WHERE ags = ?",
                RegisterServiceImpl::municipality, ags));
    }

    @Override
    public Optional<RegisterDistrict> district(String key) {
        if (key == null || !DISTRICT_KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return db.inTransaction(s -> s.queryOne("SELECT district_key, name, kind FROM ikz_register_district WHERE district_key = ?",
                RegisterServiceImpl::district, key));
    }

    @Override
    public List<RegisterMunicipality> municipalitiesOf(String districtKey) {
        return snapshot().byDistrict().getOrDefault(districtKey, List.of());
    }

    @Override
    public List<RegisterDistrict> districts() {
        return db.inTransaction(s -> s.query("SELECT district_key, name, kind FROM ikz_register_district ORDER BY district_key",
                RegisterServiceImpl::district));
    }

    @Override
    public Map<String, FigureValue> figures(Collection<String> ags, String figure, LocalDate onOrBefore) {
        Objects.requireNonNull(figure, "figure");
        Map<String, List<FigureValue>> byAgs = snapshot().figures().getOrDefault(figure, Map.of());
        Map<String, FigureValue> result = new LinkedHashMap<>();
        for (String a : ags) {
            for (FigureValue f : byAgs.getOrDefault(a, List.of())) { // newest first
                if (onOrBefore == null || !f.referenceDate().isAfter(onOrBefore)) {
                    result.putIfAbsent(a, f);
                    break;
                }
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- in-memory copy

    /** How often a node asks whether another node imported (the register changes a few times a year). */
    static final long RECHECK_MILLIS = 2_000;

    /**
     * The register's municipalities by district and its figures, newest first. Reference data:
     * replaced when an import on any node raised {@code ikz_register_version}.
     */
    record Snapshot(long version, long checkedAt, Map<String, List<RegisterMunicipality>> byDistrict,
                    Map<String, Map<String, List<FigureValue>>> figures) {
    }

    private volatile Snapshot snapshot;

    Snapshot snapshot() {
        Snapshot s = snapshot;
        long now = System.currentTimeMillis();
        if (s != null && now - s.checkedAt() < RECHECK_MILLIS) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && now - s.checkedAt() < RECHECK_MILLIS) {
                return s;
            }
            long version = db.inTransaction(tx -> tx.queryOne("SELECT version FROM ikz_register_version WHERE id = 1",
                    rs -> rs.getLong(1)).orElse(0L));
            if (s != null && s.version() == version) {
                snapshot = new Snapshot(version, now, s.byDistrict(), s.figures());
                return snapshot;
            }
            snapshot = db.inTransaction(tx -> {
                Map<String, List<RegisterMunicipality>> byDistrict = new java.util.HashMap<>();
                for (RegisterMunicipality m : tx.query("SELECT " + MUNICIPALITY_COLUMNS + " FROM ikz_register_municipality ORDER BY ags",
                        RegisterServiceImpl::municipality)) {
                    byDistrict.computeIfAbsent(m.districtKey(), k -> new ArrayList<>()).add(m);
                }
                Map<String, Map<String, List<FigureValue>>> figures = new java.util.HashMap<>();
                for (FigureValue f : tx.query("SELECT ags, figure, reference_date, figure_value, source FROM ikz_register_figure "
                        + "ORDER BY figure, ags, reference_date DESC", RegisterServiceImpl::figure)) {
                    figures.computeIfAbsent(f.figure(), k -> new java.util.HashMap<>())
                            .computeIfAbsent(f.ags(), k -> new ArrayList<>()).add(f);
                }
                byDistrict.replaceAll((k, v) -> List.copyOf(v));
                return new Snapshot(version, now, byDistrict, figures);
            });
            return snapshot;
        }
    }

    /** Forget the in-memory copy (after an import on this node). */
    private void invalidate() {
        snapshot = null;
    }

    @Override
    public List<FigureValue> figuresOf(String ags) {
        if (ags == null || !AGS.matcher(ags).matches()) {
            return List.of();
        }
        return db.inTransaction(s -> s.query("SELECT ags, figure, reference_date, figure_value, source FROM ikz_register_figure "
                + "WHERE ags = ? ORDER BY figure, reference_date", RegisterServiceImpl::figure, ags));
    }

    @Override
    public long municipalityCount() {
        return db.inTransaction(s -> s.queryOne("SELECT COUNT(*) FROM ikz_register_municipality", rs -> rs.getLong(1)).orElse(0L));
    }

    // ---------------------------------------------------------------- mapping

    static RegisterDistrict district(ResultSet rs) throws SQLException {
        return new RegisterDistrict(rs.getString("district_key"), rs.getString("name"), rs.getInt("kind"));
    }

    static RegisterMunicipality municipality(ResultSet rs) throws SQLException {
        return new RegisterMunicipality(rs.getString("ags"), rs.getString("name"), rs.getString("district_key"), rs.getInt("kind"),
                rs.getBigDecimal("area_km2"), rs.getString("postcode"));
    }

    static FigureValue figure(ResultSet rs) throws SQLException {
        return new FigureValue(rs.getString("ags"), rs.getString("figure"), rs.getDate("reference_date").toLocalDate(),
                rs.getLong("figure_value"), rs.getString("source"));
    }
}
