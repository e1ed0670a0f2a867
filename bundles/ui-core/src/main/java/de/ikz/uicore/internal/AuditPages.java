package de.ikz.uicore.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.kit.text.GermanFormat;

/**
 * Zugriffsprotokoll: the access log for auditors and tenant admins (a platform admin: platform
 * entries, or a tenant's with {@code ?tenant=}), filtered by period, user and kind, and the check of
 * its hash chain. As in REST ({@code GET /audit}, {@code GET /audit/verify}), reading is for the
 * auditor, tenant admin and platform admin, and running the check over the whole chain is for the
 * platform admin; everybody who reads the log sees the newest check's result (the public health
 * answer shows the same state).
 * <p>
 * The service lists the newest entries (at most {@value #LIMIT}); the filter applies to those, and
 * the page says so. The matching entries are shown {@value #PER_PAGE} to a page ({@code ?seite=}), with links to
 * newer and older ones that keep the filter: a table of a thousand rows took a browser (and axe in the browser
 * tests) about 25 s.
 */
@Component(service = UiContribution.class, property = UiContribution.PROPERTY_ID + "=" + AuditPages.ID)
public class AuditPages extends CoreArea {

    /** The area's start page, named in full so that other areas' links reach it too. */
    static final String START = "/ui/protokoll/";

    static final String ID = "protokoll";

    /** The most entries the service returns in one list. */
    static final int LIMIT = 1000;

    /** Rows on one page of the log. */
    static final int PER_PAGE = 100;

    /** The filter's parameters, kept by the links to newer and older entries. */
    private static final List<String> FILTER = List.of("from", "to", "user", "action", "tenant");

    private final AuditLog audit;

    @Activate
    public AuditPages(@Reference AuditLog audit) {
        super(ID, "Zugriffsprotokoll");
        this.audit = audit;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new LogPage(), new VerifyPage());
    }

    @Override
    public List<NavEntry> navigation(Locale locale) {
        return List.of(new NavEntry("Einträge", START), new NavEntry("Prüfung der Kette", "pruefung"));
    }

    static String action(String a) {
        return switch (a == null ? "" : a) {
            case "READ" -> "Lesen";
            case "CREATE" -> "Anlegen";
            case "UPDATE" -> "Ändern";
            case "DELETE" -> "Löschen";
            case "LOGIN" -> "Anmeldung";
            case "LOGIN_FAILED" -> "Fehlgeschlagene Anmeldung";
            case "GRANT_REQUEST" -> "Freigabe beantragt";
            case "GRANT_CONFIRM" -> "Freigabe bestätigt";
            case "GRANT_REJECT" -> "Freigabe abgelehnt";
            default -> Ui.orEmpty(a);
        };
    }

    /** The tenant whose log is read: the caller's; a platform admin may name one, else sees the platform entries. */
    private static String tenantOf(UiRequest r) {
        return r.caller().isPlatformAdmin() ? r.param("tenant").orElse(null) : r.caller().tenantFor(null);
    }

    final class LogPage implements UiPage {
        @Override
        public String path() {
            return "";
        }

        @Override
        @Roles({"auditor", "tenant-admin", "platform-admin"})
        public View view(UiRequest r) {
            LocalDate from = Ui.date("from", r.param("from").orElse(null), false);
            LocalDate to = Ui.date("to", r.param("to").orElse(null), false);
            if (from != null && to != null && to.isBefore(from)) {
                throw IkzException.invalid("to", "Das Ende des Zeitraums liegt vor seinem Anfang.");
            }
            Optional<String> user = r.param("user");
            Optional<String> kind = r.param("action");
            List<AuditEntry> all = audit.list(r.caller(), tenantOf(r), LIMIT);
            TreeSet<String> kinds = new TreeSet<>();
            all.forEach(e -> kinds.add(e.action()));
            List<AuditEntry> shown = all.stream().filter(e -> {
                LocalDate day = e.at().atZone(GermanFormat.ZONE).toLocalDate();
                return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))
                        && user.map(u -> u.equalsIgnoreCase(e.user())).orElse(true)
                        && kind.map(k -> k.equals(e.action())).orElse(true);
            }).toList();
            Map<String, String> kindOptions = new LinkedHashMap<>();
            kindOptions.put("", "alle");
            kinds.forEach(k -> kindOptions.put(k, action(k)));
            List<Part.Input> filter = new ArrayList<>();
            filter.add(Ui.input("from", "Von", Part.InputType.DATE, r.param("from").orElse(null), false, null));
            filter.add(Ui.input("to", "Bis", Part.InputType.DATE, r.param("to").orElse(null), false, null));
            filter.add(Ui.input("user", "Benutzer", Part.InputType.TEXT, user.orElse(null), false, null));
            filter.add(Ui.select("action", "Art", kindOptions, kind.orElse(""), false));
            if (r.caller().isPlatformAdmin()) {
                filter.add(Ui.input("tenant", "Mandant (leer: Einträge der Plattform)", Part.InputType.TEXT,
                        r.param("tenant").orElse(null), false, null));
            }
            int pages = Math.max(1, (shown.size() + PER_PAGE - 1) / PER_PAGE);
            int page = Math.min(page(r), pages);
            int first = (page - 1) * PER_PAGE;
            List<AuditEntry> onPage = shown.subList(first, Math.min(shown.size(), first + PER_PAGE));
            List<List<Value>> rows = onPage.stream().map(e -> List.<Value>of(Value.count(e.seq()), Value.time(e.at()),
                    Ui.text(e.user()), Value.text(action(e.action())), Ui.text(e.record()), Ui.text(e.reason()),
                    Ui.text(e.address()))).toList();
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Form("/ui/" + ID, Part.Method.GET, filter, "Filtern", null));
            String range = shown.isEmpty() ? "keine" : shown.size() <= PER_PAGE ? "alle " + shown.size()
                    : (first + 1) + " bis " + (first + onPage.size()) + " von " + shown.size();
            parts.add(Part.paragraph("Gezeigt werden " + range + " passenden unter den neuesten " + all.size()
                    + " Einträgen (höchstens " + LIMIT + ", " + PER_PAGE + " je Seite); das Lesen des Protokolls wird "
                    + "selbst protokolliert."));
            parts.add(new Part.Table("Einträge, neueste zuerst", List.of("Nr.", "Zeitpunkt", "Benutzer", "Art", "Datensatz",
                    "Anlass", "Herkunft"), rows, null, "Keine Einträge für diesen Filter."));
            if (pages > 1) {
                List<Part.Link> links = new ArrayList<>();
                if (page > 1) {
                    links.add(new Part.Link("Neuere Einträge", target(r, page - 1), "Seite " + (page - 1) + " von " + pages));
                }
                if (page < pages) {
                    links.add(new Part.Link("Ältere Einträge", target(r, page + 1), "Seite " + (page + 1) + " von " + pages));
                }
                parts.add(new Part.Links("Seite " + page + " von " + pages, links));
            }
            return new View.Screen("Zugriffsprotokoll", parts);
        }
    }

    /** The page asked for ({@code ?seite=}, from 1; default 1). */
    static int page(UiRequest r) {
        Optional<String> p = r.param("seite").map(String::strip).filter(v -> !v.isEmpty());
        if (p.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(p.get());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw IkzException.invalid("seite", "Die Seite ist eine ganze Zahl ab 1.");
    }

    /** This page with the request's filter and page {@code n}. */
    static String target(UiRequest r, int n) {
        StringBuilder q = new StringBuilder(START).append('?');
        for (String name : FILTER) {
            r.param(name).filter(v -> !v.isBlank()).ifPresent(v -> q.append(name).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        }
        return q.append("seite=").append(n).toString();
    }

    /** The result of a chain check in words, with its tone. */
    static Part verification(AuditLog.Verification v) {
        List<Part> parts = new ArrayList<>();
        if (v.intact()) {
            parts.add(Part.notice(Value.Tone.SUCCESS, v.entries() == 0 ? "Die Kette ist unversehrt; bei dieser Prüfung gab es "
                    + "noch keine Einträge." : "Die Kette ist unversehrt: alle " + v.entries()
                    + " Einträge passen zueinander und zum letzten Sicherungspunkt."));
        } else {
            parts.add(Part.notice(Value.Tone.ERROR, "Die Kette ist unterbrochen ab Eintrag Nr. " + v.firstBroken().orElse(0L)
                    + ": " + v.reason() + ". Bitte informieren Sie den Betrieb; die Einträge ab dort sind nicht mehr beweiskräftig."));
        }
        List<Part.Fact> f = new ArrayList<>();
        f.add(Ui.fact("Geprüft am", Value.time(v.checkedAt())));
        f.add(Ui.fact("Geprüfte Einträge", Value.count(v.entries())));
        f.add(Ui.fact("Ergebnis", v.intact() ? Value.badge("unversehrt", Value.Tone.SUCCESS) : Value.badge("unterbrochen", Value.Tone.ERROR)));
        v.firstBroken().ifPresent(n -> f.add(Ui.fact("Erster fehlerhafter Eintrag", Value.count(n))));
        v.lastCheckpoint().ifPresent(c -> {
            f.add(Ui.fact("Letzter Sicherungspunkt", Value.time(c.at())));
            f.add(Ui.fact("Sicherungspunkt bei Eintrag", Value.count(c.seq())));
        });
        parts.add(new Part.Facts(f));
        return new Part.Section("Ergebnis der Prüfung", parts);
    }

    final class VerifyPage implements UiPage {
        @Override
        public String path() {
            return "pruefung";
        }

        @Override
        @Roles({"auditor", "tenant-admin", "platform-admin"})
        public View view(UiRequest r) {
            List<Part> parts = new ArrayList<>();
            parts.add(Part.paragraph("Jeder Eintrag ist mit dem vorigen durch einen Schlüssel-Hash verkettet, der außerhalb der "
                    + "Datenbank liegt; der Kopf der Kette wird außerhalb der Datenbank gesichert. Die Prüfung rechnet die ganze "
                    + "Kette nach und zeigt, ob ein Eintrag verändert oder entfernt wurde."));
            Optional<AuditLog.Verification> last = audit.lastVerification();
            parts.add(last.map(AuditPages::verification)
                    .orElse(Part.notice(Value.Tone.INFO, "Es liegt noch keine Prüfung vor.")));
            if (r.caller().isPlatformAdmin()) {
                parts.add(new Part.Actions(List.of(new Part.Action("Kette jetzt prüfen", "pruefung", Part.Method.POST, null, true, null))));
            } else {
                parts.add(Part.paragraph("Die Prüfung läuft regelmäßig und beim Start; auf Anforderung startet sie die "
                        + "Plattform-Administration."));
            }
            return new View.Screen("Prüfung des Zugriffsprotokolls", parts);
        }

        @Override
        @Roles("platform-admin")
        public View submit(UiRequest r) {
            AuditLog.Verification v = audit.verify();
            return View.redirect("pruefung", v.intact() ? "Die Kette ist unversehrt (" + v.entries() + " Einträge geprüft)."
                    : "Die Kette ist unterbrochen ab Eintrag Nr. " + v.firstBroken().orElse(0L) + ".");
        }
    }
}
