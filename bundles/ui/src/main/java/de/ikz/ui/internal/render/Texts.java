package de.ikz.ui.internal.render;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shell's own texts from {@code ui-text*.properties} in this bundle (German is the base bundle). Looked
 * up with the bundle's class loader and without the JVM's default locale as a fallback, so a server started
 * in English still shows German where no translation exists.
 */
final class Texts {

    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<Locale, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private Texts() {
    }

    /** All texts for a locale as a map (handed to the templates as {@code t}). */
    static Map<String, String> of(Locale locale) {
        Locale l = locale == null ? Locale.GERMANY : locale;
        return CACHE.computeIfAbsent(l, Texts::load);
    }

    static String format(Map<String, String> texts, String key, Object... args) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalStateException("missing UI text " + key);
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.GERMANY).format(args);
    }

    private static Map<String, String> load(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("ui-text", locale, Texts.class.getClassLoader(), CONTROL);
        Map<String, String> m = new HashMap<>();
        for (String k : b.keySet()) {
            m.put(k, b.getString(k));
        }
        return Map.copyOf(m);
    }
}
