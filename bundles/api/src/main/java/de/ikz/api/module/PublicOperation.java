package de.ikz.api.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST operation of a module that the platform serves without login (a public directory, an
 * offers list): it has no caller, so it must not return personal or case data. Only {@code GET}
 * operations may be public. The platform rate-limits public requests per client address
 * ({@link PublicLimit}).
 * <p>
 * On the {@code view} method of a web UI page ({@code de.ikz.api.ui.UiPage}) it makes the page public
 * (since 1.5): served without login and without session, under the same limit as public REST, to a
 * caller without roles ({@code Caller.anonymous}). Such a page must not override {@code submit}: a
 * public page changes nothing (a page that does is refused to everybody).
 *
 * @since 1.2
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicOperation {
}
