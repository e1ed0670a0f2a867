package de.ikz.kit.shell;

import java.util.List;

import de.ikz.api.tenant.Caller;

import org.apache.karaf.shell.api.console.CommandLine;

/**
 * A completer of ids inside one tenant: the session user's own, or for a platform admin the one
 * named with {@code --tenant}/{@code -t} on the line being completed (without it a platform admin
 * gets no candidates, as the command itself would refuse).
 */
public abstract class TenantCompleter extends SessionCompleter {

    @Override
    protected final List<String> values(Caller caller, CommandLine line) {
        return values(caller, caller.tenantFor(option(line, "--tenant", "-t")));
    }

    /** The ids in the tenant, as the service shows them to the caller. */
    protected abstract List<String> values(Caller caller, String tenantId);
}
