package de.ikz.itest.module;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import de.ikz.api.module.PublicOperation;
import de.ikz.api.module.Roles;
import de.ikz.api.rest.ModuleApi;

import org.osgi.service.component.annotations.Component;

/**
 * The test module's REST API, for the contract suite ({@code ModuleContractIT}): a read for the
 * module's roles, a change for the coordinator (the platform refuses the auditor), an operation
 * that forgot its roles (refused to everybody), and a public operation.
 * Its "things" live in memory; no personal data.
 */
@Component(service = ModuleApi.class, property = ModuleApi.PROPERTY_ID + "=" + ItestModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public class ItestApi implements ModuleApi {

    private final List<String> things = new CopyOnWriteArrayList<>();

    @GET
    @Path("things")
    @Roles({"coordinator", "auditor"})
    public List<String> things() {
        return List.copyOf(things);
    }

    /** For the coordinator: the platform refuses the auditor (and would refuse everybody if the auditor were declared). */
    @POST
    @Path("things")
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles("coordinator")
    public Map<String, Object> add(Map<String, Object> body) {
        things.add(String.valueOf(body == null ? "thing" : body.getOrDefault("name", "thing")));
        return Map.of("count", things.size());
    }

    /** No @Roles: the platform refuses it to everybody and logs an ERROR when the module arrives. */
    @DELETE
    @Path("things")
    public Map<String, Object> clear() {
        things.clear();
        return Map.of("count", 0);
    }

    /** The public offers list: no login, rate-limited by the platform. */
    @GET
    @Path("offers")
    @PublicOperation
    public List<Map<String, String>> offers() {
        return List.of(Map.of("id", "offer-1", "title", "Elterncafé"));
    }
}
