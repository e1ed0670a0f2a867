package de.ikz.kit.shell;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a module command that only reads (the console's GET): read-only roles such as the auditor
 * may pass its {@link de.ikz.api.module.Roles}. A command without it counts as changing data, so a
 * forgotten mark refuses an auditor, it never lets one write.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadOnly {
}
