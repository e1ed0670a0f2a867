package de.ikz.kit.shell;

import java.util.List;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.UserService;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Base of completers that ask a service: it asks as the console session's caller
 * ({@link SessionCaller}), never as {@link Caller#system}, so tab completion offers only what the
 * user may read anyway. A refusal, or a session without a user, gives no candidates.
 * <p>
 * Karaf finds a completer only in a package its bundle's {@code Karaf-Commands} header lists: a
 * concrete subclass is a {@code @Service} class in the bundle's own shell package.
 */
public abstract class SessionCompleter implements Completer {

    @Reference
    protected UserService userService;

    @Override
    public final int complete(Session session, CommandLine line, List<String> candidates) {
        List<String> values;
        try {
            values = values(SessionCaller.of(userService), line);
        } catch (IkzException | UnsupportedOperationException e) {
            return -1;
        }
        return new StringsCompleter(values).complete(session, line, candidates);
    }

    /** The candidates for this caller; may throw a refusal (then there are none). */
    protected abstract List<String> values(Caller caller, CommandLine line);

    /** For tests (Karaf injects the field in the container). */
    public SessionCompleter userService(UserService users) {
        this.userService = users;
        return this;
    }

    /**
     * The value of an option already typed on the line ({@code --tenant demo}, {@code -t demo} or
     * {@code --tenant=demo}), or null. The argument being completed does not count.
     */
    public static String option(CommandLine line, String name, String alias) {
        String[] args = line.getArguments();
        int cursor = line.getCursorArgumentIndex();
        for (int i = 0; i < args.length; i++) {
            if (i == cursor) {
                continue;
            }
            String a = args[i];
            if ((a.equals(name) || a.equals(alias)) && i + 1 < args.length && i + 1 != cursor) {
                return args[i + 1];
            }
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return null;
    }
}
