package de.ikz.rest.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.Supplier;

import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.core.Application;

import de.ikz.api.rest.RestConstants;
import de.ikz.api.tenant.LoginService;
import de.ikz.api.tenant.UserService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
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

        @AttributeDefinition(description = "JAAS realm for logins (REST HTTP Basic and the web UI login)")
        String realm() default "karaf";

        @AttributeDefinition(description = "How long a successful login is remembered, in seconds (0: never); "
                + "any change of a user, password or role forgets all at once")
        long login_cache_seconds() default 60;

        @AttributeDefinition(description = "Failed logins of one user name within the window before it is locked (429)")
        int login_max_failures_per_user() default 5;

        @AttributeDefinition(description = "Failed logins from one client address within the window before it is locked (429)")
        int login_max_failures_per_address() default 50;

        @AttributeDefinition(description = "How long failed logins are counted, in seconds")
        long login_failure_window_seconds() default 900;

        @AttributeDefinition(description = "How long a locked user name or address is refused, in seconds")
        long login_lockout_seconds() default 300;

        @AttributeDefinition(description = "Origins (scheme://host[:port]) besides this server's own that browsers may send "
                + "requests from, e.g. the public name behind a reverse proxy that rewrites Host; others get 403")
        String[] allowed_origins() default {};

        @AttributeDefinition(description = "Reverse proxies (IP addresses or CIDR ranges) whose X-Forwarded-For header names "
                + "the client address; from any other peer the header is ignored")
        String[] trusted_proxies() default {};

        @AttributeDefinition(description = "Requests per client address and minute to public module operations "
                + "(served without login); more: 429 with Retry-After")
        int public_requests_per_minute() default 60;
    }

    private final Set<Object> singletons;
    /** The JSON provider forgets a module's classes when its API leaves (issue 14's leak). */
    private final AutoCloseable forgetting;

    @org.osgi.service.component.annotations.Deactivate
    void deactivate() throws Exception {
        forgetting.close();
    }

    /**
     * Optional and dynamic (issue 14): the user service needs the database, and without the database the
     * application must still be published so that {@code /health} answers 503 DOWN instead of 404. While it
     * is missing, every authenticated request gets 503 (see {@link #whenPresent}).
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile UserService userService;

    /** The password login shared with the web UI ({@link JaasLogin}); needs the user service, so optional like it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile LoginService loginService;

    @Activate
    public IkzApplication(@Reference ModuleContract contract, @Reference de.ikz.api.module.PublicLimit publicLimit, Config config) {
        UserService users = whenPresent(UserService.class, () -> userService);
        LoginService logins = whenPresent(LoginService.class, () -> loginService);
        JsonProvider json = new JsonProvider();
        this.forgetting = contract.whenAnApiLeaves(json::forgetTypes);
        this.singletons = Set.of(
                json,
                new ClientAddress(java.util.List.of(config.trusted_proxies())),
                new CrossSiteFilter(java.util.List.of(config.allowed_origins())),
                new ContentTypeFilter(),
                new SecurityHeadersFilter(),
                new JettyErrorPages(),
                new BodyLimitFilter(config.max_body_bytes(), config.max_upload_bytes()),
                new AuthFilter(users, logins, config.login_cache_seconds() * 1000, contract, publicLimit),
                new ExceptionMappers.Ikz(),
                new ExceptionMappers.JsonErrors(),
                new ExceptionMappers.Web(),
                new ExceptionMappers.Data(),
                new ExceptionMappers.Fallback());
    }

    /**
     * A stand-in that calls the service {@code current} gives at each call, or throws 503 (a
     * {@link ServiceUnavailableException}, mapped to a problem) while there is none.
     */
    static <T> T whenPresent(Class<T> type, Supplier<T> current) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> type.getSimpleName() + " (when present)";
                };
            }
            T target = current.get();
            if (target == null) {
                throw new ServiceUnavailableException("the platform is not ready: " + type.getSimpleName()
                        + " is not available (is the database reachable?)");
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @Override
    public Set<Object> getSingletons() {
        return singletons;
    }
}
