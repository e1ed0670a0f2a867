package de.ikz.api.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which of the module's roles may call a REST operation (a resource method with {@code @GET},
 * {@code @POST}, …) or a console command (the command class). Role ids are those the module
 * declares in {@link CooperationModule#roles()}; what holding one means is {@link ModuleRoles#holds}.
 * <p>
 * The platform enforces it, not the module: an operation without {@code @Roles} (and not
 * {@link PublicOperation}) is refused to everybody, a role the module does not declare counts for
 * nobody, and a read-only role ({@link ModuleRoles#READ_ONLY}, the auditor) never passes an operation
 * that changes data, whatever the module declares. Row-level rules (which office's records a
 * partner sees) stay with the module's service.
 *
 * @since 1.2
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Roles {

    /** Role ids of the module, at least one. */
    String[] value();
}
