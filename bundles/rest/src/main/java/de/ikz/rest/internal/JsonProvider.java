package de.ikz.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import de.ikz.api.rest.RestConstants;

/** JSON for the whole application, with the platform's one mapper (see {@link Json}). */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, RestConstants.PROBLEM_JSON, "application/*+json"})
final class JsonProvider extends JacksonJsonProvider {

    JsonProvider() {
        super(Json.mapper());
    }
}
