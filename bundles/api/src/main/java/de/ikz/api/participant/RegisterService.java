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

    /**
     * Imports the Destatis Gemeindeverzeichnis (GV-ISys) extract, comma or semicolon separated.
     * Idempotent. All-or-nothing unless {@code skipBadLines}. Platform admin only.
     *
     * @param source        the source written with every figure, e.g. "Destatis GV-ISys 4. Quartal 2020"
     * @param referenceDate the date the population figures describe (e.g. 2019-12-31)
     */
    ImportReport importRegister(Caller caller, InputStream csv, String source, LocalDate referenceDate, boolean skipBadLines);

    /** Adds or replaces named figures (e.g. population under 3) from a CSV: ags;figure;date;value;source. */
    ImportReport importFigures(Caller caller, InputStream csv, boolean skipBadLines);

    Optional<RegisterMunicipality> municipality(String ags);

    Optional<RegisterDistrict> district(String key);

    List<RegisterMunicipality> municipalitiesOf(String districtKey);

    List<RegisterDistrict> districts();

    /**
     * The figure of each municipality, taking per municipality the latest reference date on or
     * before {@code onOrBefore}. Municipalities without such a figure are absent.
     */
    Map<String, FigureValue> figures(Collection<String> ags, String figure, LocalDate onOrBefore);

    long municipalityCount();
}
