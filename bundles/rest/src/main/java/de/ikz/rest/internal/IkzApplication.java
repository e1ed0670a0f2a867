package de.ikz.rest.internal;

import java.util.Set;

import javax.ws.rs.core.Application;

import de.ikz.api.rest.RestConstants;
import de.ikz.api.tenant.UserService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The platform's one JAX-RS application under {@code /api/v1}. It carries the JSON provider, the
 * error mappers and the authentication and size filters itself (not as separate whiteboard
 * extensions), so no resource can ever be served without them. Core and module resources join it
 * whiteboard-style with {@code @JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)}.
 */
@Component(service = Application.class, configurationPid = "de.ikz.rest", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@JaxrsApplicationBase(RestConstants.APPLICATION_BASE)
@JaxrsName(RestConstants.APPLICATION_NAME)
@Designate(ocd = IkzApplication.Config.class)
public final class IkzApplication extends Application {

    @ObjectClassDefinition(name = "IKZ REST API")
    public @interface Config {
        @AttributeDefinition(description = "Largest accepted request body in bytes (larger: 413)")
        long max_body_bytes() default 1_048_576L;

        @AttributeDefinition(description = "Largest accepted file import (paths under /register/) in bytes")
        long max_upload_bytes() default 33_554_432L;

        @AttributeDefinition(description = "JAAS realm for HTTP Basic authentication")
        String realm() default "karaf";

        @AttributeDefinition(description = "How long a successful login is remembered, in seconds (0: never)")
        long login_cache_seconds() default 60;
    }

    private final Set<Object> singletons;

    @Activate
    public IkzApplication(@Reference UserService users, Config config) {
        this.singletons = Set.of(
                new JsonProvider(),
                new BodyLimitFilter(config.max_body_bytes(), config.max_upload_bytes()),
                new AuthFilter(users, config.realm(), config.login_cache_seconds() * 1000),
                new ExceptionMappers.Ikz(),
                new ExceptionMappers.JsonErrors(),
                new ExceptionMappers.Web(),
                new ExceptionMappers.Data(),
                new ExceptionMappers.Fallback());
    }

    @Override
    public Set<Object> getSingletons() {
        return singletons;
    }
}
