package de.ikz.rest.internal.resources;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.ImportReport;
import de.ikz.api.participant.RegisterDistrict;
import de.ikz.api.participant.RegisterMunicipality;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.RestConstants;
import de.ikz.kit.rest.Params;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The federal municipal register: every user reads it; the platform admin imports it (the
 * Destatis GV-ISys extract as text/csv) and other figures per municipality.
 */
@Component(service = RegisterResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("register")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Register", description = "The official register of districts and municipalities and their figures")
public class RegisterResource {

    static final String TEXT_CSV = "text/csv";

    /** A municipality of a district with its population at the chosen reference date (null if it has none). */
    public record DistrictMunicipality(String ags, String name, int kind, BigDecimal areaKm2, Long population,
                                       LocalDate referenceDate) {
    }

    /** A district with its municipalities; population is the sum over those that have a figure. */
    public record DistrictDetail(String key, String name, int kind, long population, int municipalitiesWithoutPopulation,
                                 List<DistrictMunicipality> municipalities) {
    }

    /** A municipality with every figure at every reference date. */
    public record MunicipalityDetail(String ags, String name, String districtKey, int kind, BigDecimal areaKm2, String postcode,
                                     List<FigureValue> figures) {
    }

    private final RegisterService register;

    @Activate
    public RegisterResource(@Reference RegisterService register) {
        this.register = register;
    }

    @Operation(operationId = "importRegister", summary = "Import the register of districts and municipalities")
    @POST
    @Path("import")
    @Consumes(TEXT_CSV)
    public ImportReport importRegister(@Context SecurityContext sc, @QueryParam("source") String source,
                                       @QueryParam("referenceDate") String referenceDate,
                                       @QueryParam("skipBadLines") String skipBadLines, InputStream body) {
        ImportReport report = register.importRegister(CallerPrincipal.caller(sc), body, source,
                Params.date("referenceDate", referenceDate, null), Params.flag("skipBadLines", skipBadLines, false));
        return committedOrRefused(report);
    }

    @Operation(operationId = "importFigures", summary = "Import figures (population and others)")
    @POST
    @Path("figures/import")
    @Consumes(TEXT_CSV)
    public ImportReport importFigures(@Context SecurityContext sc, @QueryParam("skipBadLines") String skipBadLines,
                                      InputStream body) {
        return committedOrRefused(register.importFigures(CallerPrincipal.caller(sc), body,
                Params.flag("skipBadLines", skipBadLines, false)));
    }

    @Operation(operationId = "listDistricts", summary = "List register districts")
    @GET
    @Path("districts")
    public List<RegisterDistrict> districts(@Context SecurityContext sc) {
        CallerPrincipal.caller(sc);
        return register.districts();
    }

    @Operation(operationId = "getDistrict", summary = "Get a register district with its municipalities")
    @GET
    @Path("districts/{key}")
    public DistrictDetail district(@Context SecurityContext sc, @PathParam("key") String key,
                                   @QueryParam("referenceDate") String referenceDate) {
        CallerPrincipal.caller(sc);
        RegisterDistrict d = register.district(key).orElseThrow(() -> IkzException.notFound("district", key));
        List<RegisterMunicipality> ms = register.municipalitiesOf(key);
        Map<String, FigureValue> pop = register.figures(ms.stream().map(RegisterMunicipality::ags).toList(),
                FigureValue.POPULATION, Params.date("referenceDate", referenceDate, null));
        List<DistrictMunicipality> rows = ms.stream().map(m -> {
            FigureValue f = pop.get(m.ags());
            return new DistrictMunicipality(m.ags(), m.name(), m.kind(), m.areaKm2(), f == null ? null : f.value(),
                    f == null ? null : f.referenceDate());
        }).toList();
        long total = pop.values().stream().mapToLong(FigureValue::value).sum();
        return new DistrictDetail(d.key(), d.name(), d.kind(), total, ms.size() - pop.size(), rows);
    }

    @Operation(operationId = "getMunicipality", summary = "Get a register municipality")
    @GET
    @Path("municipalities/{ags}")
    public MunicipalityDetail municipality(@Context SecurityContext sc, @PathParam("ags") String ags) {
        CallerPrincipal.caller(sc);
        RegisterMunicipality m = register.municipality(ags).orElseThrow(() -> IkzException.notFound("municipality", ags));
        return new MunicipalityDetail(m.ags(), m.name(), m.districtKey(), m.kind(), m.areaKm2(), m.postcode(),
                register.figuresOf(ags));
    }

    /** An import with bad lines and without skipBadLines wrote nothing: 400 naming the first bad line. */
    static ImportReport committedOrRefused(ImportReport report) {
        if (report.committed()) {
            return report;
        }
        ImportReport.LineProblem first = report.problems().get(0);
        String lines = report.problems().stream().limit(5).map(p -> "line " + p.line() + ": " + p.reason())
                .collect(Collectors.joining("; "));
        throw IkzException.invalid("line " + first.line(), report.skipped() + " bad line" + (report.skipped() == 1 ? "" : "s")
                + ", nothing was imported (pass skipBadLines=true to import the rest): " + lines
                + (report.skipped() > 5 ? "; …" : ""));
    }
}
