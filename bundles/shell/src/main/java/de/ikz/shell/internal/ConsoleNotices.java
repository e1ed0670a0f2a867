package de.ikz.shell.internal;

import java.io.PrintStream;
import java.util.Collection;
import java.util.function.Consumer;

import org.apache.karaf.shell.api.console.Session;
import org.jline.reader.LineReader;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Shows a platform notice (the first-start banner of {@code AdminBootstrap} in the core) on the
 * local console, above its prompt. The local console starts with Karaf's shell, before the
 * platform's own bundles, so its prompt is usually on screen when the core creates the first admin;
 * text written to standard output would land after that prompt. JLine's {@code printAbove} prints
 * the notice and redraws the prompt below it; before the console reads its first line, or without a
 * local console, the notice goes to standard output, which is then still above any prompt.
 *
 * <p>A service of the JDK type {@code Consumer<String>} with {@value #PROPERTY}={@value #VALUE},
 * so the core needs no import of the Karaf shell or JLine and stays usable without a console.
 */
@Component(service = Consumer.class, property = ConsoleNotices.PROPERTY + "=" + ConsoleNotices.VALUE)
public final class ConsoleNotices implements Consumer<String> {

    /** The service property the core's reference filters on. */
    static final String PROPERTY = "ikz.console";
    static final String VALUE = "notices";
    /** Where Karaf's console session keeps its JLine reader (ConsoleSessionImpl in Karaf 4.4). */
    private static final String READER = ".jline.reader";

    private final BundleContext ctx;
    private final PrintStream fallback;

    @Activate
    public ConsoleNotices(BundleContext ctx) {
        this(ctx, System.out);
    }

    ConsoleNotices(BundleContext ctx, PrintStream fallback) {
        this.ctx = ctx;
        this.fallback = fallback;
    }

    @Override
    public void accept(String text) {
        LineReader reader = localReader();
        if (reader != null) {
            // prints the text and redraws the prompt under it; without a prompt it just prints
            reader.printAbove(text.endsWith(System.lineSeparator()) ? text.substring(0, text.length() - System.lineSeparator().length()) : text);
        } else {
            fallback.print(text);
            fallback.flush();
        }
    }

    /** The JLine reader of the local console session (registered as a service by Karaf's shell), if any. */
    private LineReader localReader() {
        Collection<ServiceReference<Session>> refs;
        try {
            refs = ctx.getServiceReferences(Session.class, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<Session> ref : refs) {
            Session session = ctx.getService(ref);
            try {
                if (session != null && Boolean.TRUE.equals(session.get(Session.IS_LOCAL))
                        && session.get(READER) instanceof LineReader reader) {
                    return reader;
                }
            } finally {
                ctx.ungetService(ref);
            }
        }
        return null;
    }
}
