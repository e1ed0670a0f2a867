package de.ikz.ui.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.ikz.api.ui.View;
import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Writes the web UI's HTML with the KERN design system: a page's screen inside the shell (header, navigation,
 * skip link, one h1), the login, password and error pages.
 * <p>
 * FreeMarker, one {@link Configuration} shared by every renderer: templates ({@code .ftlh}, auto-escaped HTML)
 * only from this bundle's {@code templates/} folder, loaded once and cached for good; no class resolution
 * ({@code ?new} resolves nothing), no {@code ?api}; errors rethrown, never written into the page. The templates
 * get plain maps, lists and strings ({@link PageModel}), never the page's objects, so a template cannot call
 * into the platform.
 */
public final class Renderer {

    private static final Configuration CONFIG = configuration();
    private static final Map<String, String> ASSETS = assets();

    public Renderer() {
    }

    /** A full HTML page of a screen; {@code state} overlays the values of a refused submit and marks its field. */
    public String screen(Chrome chrome, View.Screen screen, FormState state) {
        Map<String, String> t = Texts.of(chrome.locale());
        PageModel model = new PageModel(chrome, state, t);
        Map<String, Object> root = root(chrome, t, model);
        root.put("screen", model.screen(screen));
        String shellLang = (String) root.get("lang");
        if (screen.language() != null && !screen.language().equals(shellLang)) {
            // the page is in the family's language; the shell's own texts (skip link, header, footer) stay German, marked so
            root.put("lang", screen.language());
            root.put("dir", de.ikz.api.ui.TextDirection.of(screen.language()));
            root.put("shellLang", shellLang);
        }
        return render("screen.ftlh", root, chrome.locale());
    }

    /** The login page; the form posts {@code username}, {@code password} and {@code _csrf} to {@code /ui/login}. */
    public String login(LoginForm form) {
        Map<String, String> t = Texts.of(form.locale());
        Map<String, Object> root = root(null, t, new PageModel(null, FormState.NONE, t));
        root.put("csrf", PageModel.nz(form.csrfToken()));
        root.put("username", PageModel.nz(form.username()));
        root.put("error", PageModel.nz(form.error()));
        root.put("notice", PageModel.nz(form.notice()));
        return render("login.ftlh", root, form.locale());
    }

    /**
     * The password change page; posts {@code currentPassword}, {@code password}, {@code passwordRepeat} and
     * {@code _csrf} to {@code /ui/password}. When {@code required}, the navigation is left out: there is
     * nowhere else to go first.
     */
    public String passwordChange(Chrome chrome, String error, boolean required) {
        Map<String, String> t = Texts.of(chrome.locale());
        Chrome c = required ? withoutNavigation(chrome) : chrome;
        Map<String, Object> root = root(c, t, new PageModel(c, FormState.NONE, t));
        root.put("error", PageModel.nz(error));
        root.put("required", required);
        return render("password.ftlh", root, chrome.locale());
    }

    /** An error page; {@code chrome} null when nobody is logged in (no navigation, no user). */
    public String error(Chrome chrome, int status, String message) {
        Locale locale = chrome == null ? Locale.GERMANY : chrome.locale();
        Map<String, String> t = Texts.of(locale);
        Map<String, Object> root = root(chrome, t, new PageModel(chrome, FormState.NONE, t));
        String key = "error" + status;
        root.put("heading", t.getOrDefault(key, t.get("errorOther")));
        root.put("status", Texts.format(t, "errorStatus", String.valueOf(status)));
        root.put("message", PageModel.nz(message));
        return render("error.ftlh", root, locale);
    }

    /** The shared configuration, for tests of its restrictions. */
    static Configuration configuration(boolean forTests) {
        return CONFIG;
    }

    private static Chrome withoutNavigation(Chrome c) {
        return new Chrome(c.locale(), c.user(), c.tenant(), c.office(), List.of(), c.currentPath(), c.csrfToken(),
                c.flash(), c.base());
    }

    private static Map<String, Object> root(Chrome chrome, Map<String, String> t, PageModel model) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("t", t);
        root.put("assets", ASSETS);
        root.put("lang", (chrome == null ? Locale.GERMANY : chrome.locale()).getLanguage());
        root.put("dir", "ltr");
        root.put("shellLang", "");
        // a public page (no login) has a chrome without user: no user, no logout, no navigation, no token
        root.put("loggedIn", chrome != null && chrome.user() != null);
        root.put("publicPage", chrome != null && chrome.user() == null);
        if (chrome != null && chrome.user() != null) {
            root.put("user", PageModel.nz(chrome.user()));
            root.put("tenant", PageModel.nz(chrome.tenant()));
            root.put("office", PageModel.nz(chrome.office()));
            root.put("csrf", PageModel.nz(chrome.csrfToken()));
            root.put("flash", PageModel.nz(chrome.flash()));
            root.put("nav", model.navigation());
        }
        return root;
    }

    private static String render(String template, Map<String, Object> root, Locale locale) {
        try {
            StringWriter out = new StringWriter(16 * 1024);
            CONFIG.getTemplate(template, locale).process(root, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("template " + template, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + ": " + e.getMessageWithoutStackTop(), e);
        }
    }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_35);
        c.setTemplateLoader(new ClassTemplateLoader(Renderer.class, "/templates"));
        c.setRecognizeStandardFileExtensions(true);
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setLocalizedLookup(false);
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setBooleanFormat("c");
        c.setNumberFormat("computer");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setExposeFields(false);
        c.setObjectWrapper(wrapper.build());
        return c;
    }

    /**
     * Asset URLs with a fingerprint of the file's content ({@code ?v=…}), so the web shell can let browsers cache
     * them for long and a new build is still fetched at once.
     */
    private static Map<String, String> assets() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kern", "kern/kern.min.css");
        m.put("css", "ui.css");
        m.put("htmx", "htmx.min.js");
        m.put("js", "ui.js");
        m.put("notices", "THIRD-PARTY-NOTICES.txt");
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, file) -> out.put(k, "/ui/assets/" + file + fingerprint(file)));
        return Map.copyOf(out);
    }

    private static String fingerprint(String file) {
        try (InputStream in = Renderer.class.getClassLoader().getResourceAsStream("ui-assets/" + file)) {
            if (in == null) {
                return "";
            }
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return "?v=" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "";
        }
    }
}
