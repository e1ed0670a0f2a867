package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

import de.ikz.api.module.ModuleRoles;
import de.ikz.api.module.Roles;

import org.junit.jupiter.api.Test;

/**
 * Every REST operation of the module declares the roles that may call it, as the platform
 * requires (an operation without them is refused to everybody): only roles the module declares,
 * and never the read-only auditor on an operation that changes data. Which roles each operation
 * names mirrors the service's own check ({@code Access.require…}), which stays for row-level rules.
 */
class DeclaredRolesTest {

    static final Set<String> MODULE_ROLES = Set.of("coordinator", "partner-staff", "auditor");

    @Test
    void everyOperationDeclaresItsRoles() {
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Method locator : VormundschaftApi.class.getMethods()) {
            if (locator.getAnnotation(Path.class) == null) {
                continue;
            }
            for (Method m : locator.getReturnType().getMethods()) {
                String http = null;
                for (var a : m.getAnnotations()) {
                    HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
                    http = h == null ? http : h.value();
                }
                if (http == null) {
                    continue;
                }
                operations++;
                String name = locator.getReturnType().getSimpleName() + "#" + m.getName();
                Roles roles = m.getAnnotation(Roles.class);
                if (roles == null) {
                    problems.add(name + ": no @Roles");
                    continue;
                }
                for (String r : roles.value()) {
                    if (!MODULE_ROLES.contains(r) || !ModuleRoles.known(r)) {
                        problems.add(name + ": role " + r + " is not one of the module's");
                    }
                    if (!HttpMethod.GET.equals(http) && ModuleRoles.READ_ONLY.contains(r)) {
                        problems.add(name + ": read-only role " + r + " on " + http);
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(30);
        assertThat(problems).isEmpty();
    }
}
