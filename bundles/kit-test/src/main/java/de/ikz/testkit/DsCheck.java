package de.ikz.testkit;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the DS component descriptions bnd generated ({@code target/classes/OSGI-INF/*.xml}) against the
 * classes: a component activated by constructor ({@code init="n"}) must have exactly one public
 * constructor with n arguments. SCR picks the constructor by its number of arguments; a second public
 * one of the same length (say, one taking a {@code Clock} for tests) makes it fail at runtime with
 * "unsupported type", which no unit test that calls the constructors directly would notice.
 */
public final class DsCheck {

    private static final Pattern IMPL = Pattern.compile("<implementation class=\"([^\"]+)\"");
    private static final Pattern INIT = Pattern.compile("\\binit=\"(\\d+)\"");

    private DsCheck() {
    }

    /** The findings, one line per broken component; empty when every description matches its class. */
    public static List<String> findings(Path osgiInf, ClassLoader loader) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(osgiInf)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                String xml = Files.readString(f);
                Matcher impl = IMPL.matcher(xml);
                Matcher init = INIT.matcher(xml);
                if (!impl.find() || !init.find()) {
                    continue;
                }
                int n = Integer.parseInt(init.group(1));
                Class<?> type;
                try {
                    type = Class.forName(impl.group(1), false, loader);
                } catch (ClassNotFoundException e) {
                    out.add(f.getFileName() + ": class " + impl.group(1) + " not found");
                    continue;
                }
                long same = 0;
                for (Constructor<?> c : type.getDeclaredConstructors()) {
                    if (Modifier.isPublic(c.getModifiers()) && c.getParameterCount() == n) {
                        same++;
                    }
                }
                if (same != 1) {
                    out.add(type.getName() + ": " + same + " public constructors with " + n + " arguments (SCR needs exactly one)");
                }
            }
        }
        return out;
    }
}
