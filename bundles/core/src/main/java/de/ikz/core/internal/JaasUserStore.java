package de.ikz.core.internal;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.security.auth.login.AppConfigurationEntry;

import de.ikz.api.error.IkzException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Users of a Karaf JAAS realm through Karaf's own backing engine, so passwords are hashed as the
 * realm is configured ({@code etc/org.apache.karaf.jaas.cfg}) and the console (ssh) sees the
 * same accounts. The engine is looked up per call: realms can be reconfigured at runtime.
 */
final class JaasUserStore implements UserStore {

    private final BundleContext context;
    private final String realmName;

    JaasUserStore(BundleContext context, String realmName) {
        this.context = context;
        this.realmName = realmName;
    }

    private BackingEngine engine() {
        try {
            for (ServiceReference<JaasRealm> ref : context.getServiceReferences(JaasRealm.class, null)) {
                JaasRealm realm = context.getService(ref);
                try {
                    if (realm == null || !realmName.equals(realm.getName())) {
                        continue;
                    }
                    for (AppConfigurationEntry entry : realm.getEntries()) {
                        // Karaf wraps each login module in its ProxyLoginModule and names the real class in an option
                        Object real = entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE);
                        String moduleClass = real != null ? real.toString() : entry.getLoginModuleName();
                        for (ServiceReference<BackingEngineFactory> fr : context.getServiceReferences(BackingEngineFactory.class, null)) {
                            BackingEngineFactory f = context.getService(fr);
                            try {
                                if (f != null && moduleClass.equals(f.getModuleClass())) {
                                    return f.build(entry.getOptions());
                                }
                            } finally {
                                context.ungetService(fr);
                            }
                        }
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new IkzException(IkzException.Kind.UNAVAILABLE, READ_ONLY + " (realm '" + realmName + "')");
    }

    @Override
    public boolean exists(String username) {
        return engine().lookupUser(username) != null;
    }

    @Override
    public List<String> usernames() {
        return engine().listUsers().stream().map(Principal::getName).sorted().toList();
    }

    @Override
    public Set<String> roles(String username) {
        BackingEngine e = engine();
        UserPrincipal user = e.lookupUser(username);
        Set<String> roles = new LinkedHashSet<>();
        if (user == null) {
            return roles;
        }
        for (RolePrincipal r : e.listRoles(user)) {
            roles.add(r.getName());
        }
        for (GroupPrincipal g : e.listGroups(user)) {
            for (RolePrincipal r : e.listRoles(g)) {
                roles.add(r.getName());
            }
        }
        return roles;
    }

    @Override
    public void putUser(String username, String password) {
        engine().addUser(username, password);
    }

    @Override
    public void addRole(String username, String role) {
        engine().addRole(username, role);
    }

    @Override
    public void addGroup(String username, String group) {
        engine().addGroup(username, group);
    }

    @Override
    public void deleteUser(String username) {
        engine().deleteUser(username);
    }
}
