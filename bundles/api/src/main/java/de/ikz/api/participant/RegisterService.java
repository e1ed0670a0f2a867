package de.ikz.api.participant;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.tenant.Caller;

import org.osgi.annotation.versioning.ProviderType;

/** The federal municipal register and the key figures per municipality: shared by all tenants. */
@ProviderType
public interface RegisterService {

    /** Source written with the register's population when the caller names none. */
    String GV_SOURCE = "Destatis GV-ISys, Auszug GV 4. Quartal 2020 "
            + "(\u00a9 Statistisches Bundesamt (Destatis), 2021, dl-de/by-2-0)";

    /** The date the register's population describes when the caller names none (GV 4th quarter 2020). */
    LocalDate GV_REFERENCE_DATE = LocalDate.of(2019, 12, 31);

    /**
     * Imports the Destatis Gemeindeverzeichnis (GV-ISys) extract, comma or semicolon separated:
     * districts (record type 40), municipalities (type 60) and their population as the figure
     * {@value FigureValue#POPULATION}. Idempotent (upsert by key). All-or-nothing unless
     * {@code skipBadLines}: with a bad line and without it, nothing is written and the report
     * says {@code committed = false}. Platform admin only.
     *
     * @param source        the source written with every figure; null: {@link #GV_SOURCE}
     * @param referenceDate the date the population figures describe; null: {@link #GV_REFERENCE_DATE}
     */
    ImportReport importRegister(Caller caller, InputStream csv, String source, LocalDate referenceDate, boolean skipBadLines);

    /**
     * Adds or replaces named figures (e.g. population under 3) from a CSV with the columns
     * {@code ags;figure;date;value;source} (optional header line; ';' or ','). Upsert by
     * (ags, figure, date); every AGS must be in the register. In the report, {@code municipalities}
     * counts the figure rows read, {@code inserted} / {@code updated} the figures. Same
     * all-or-nothing rule as {@link #importRegister}. Platform admin only.
     */
    ImportReport importFigures(Caller caller, InputStream csv, boolean skipBadLines);

    Optional<RegisterMunicipality> municipality(String ags);

    Optional<RegisterDistrict> district(String key);

    List<RegisterMunicipality> municipalitiesOf(String districtKey);

    List<RegisterDistrict> districts();

    /**
     * The figure of each municipality, taking per municipality the latest reference date on or
     * before {@code onOrBefore} (null: the latest of all). Municipalities without such a figure
     * are absent.
     */
    Map<String, FigureValue> figures(Collection<String> ags, String figure, LocalDate onOrBefore);

    /** Every figure of one municipality at every reference date, by figure and date. */
    List<FigureValue> figuresOf(String ags);

    long municipalityCount();
}
