package de.ikz.agreement.internal.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementDates;
import de.ikz.api.agreement.AgreementText;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.agreement.Party;
import de.ikz.api.document.Block;
import de.ikz.api.document.DocumentInfo;
import de.ikz.api.document.Field;
import de.ikz.api.document.Letterhead;
import de.ikz.api.document.Report;
import de.ikz.kit.text.GermanFormat;

/**
 * The profile of an agreement as the state IKZ database (interkommunales.nrw) shows it, built from
 * the agreement version in force on the requested day: as a JSON-ready map, as Markdown, and as a
 * {@link Report} that the document service renders to PDF/A.
 *
 * <p>JSON is data with English keys ({@link #FIELDS}), like the rest of the API: dates as ISO
 * strings, numbers as numbers, missing values as {@code null} (the key set never changes); it holds
 * only maps, lists, strings and numbers, so any JSON mapper writes it. Markdown and PDF are documents
 * for people: German labels in the state database's field order ({@link #LABELS}), German formats
 * ({@code 556.631}, {@code 31.12.2023}, {@code 706,91 km²}); a field without a value is left out
 * instead of printing "keine Angabe".
 *
 * <p>"Beteiligte" are the parties with role lead or partner, "Sonstige Beteiligte" those with role
 * other, both in the agreement's order. The lead body (Hauptverantwortlich) is printed once.
 * "Finanzierung" is the cost rule in force in words, then the agreement's own text on financing
 * where that was written for this rule ({@link ProfileFacts#financingText()}).
 */
public final class Profile {

    /** The JSON keys: the version's identity, then the fields in the page order of the state IKZ database. */
    public static final List<String> FIELDS = List.of("id", "version", "validFrom", "on", "title", "participants", "tags", "lead",
            "otherParticipants", "summary", "occasion", "goal", "implementation", "financing", "legalForm", "cooperationSince",
            "contact", "links");

    /** The keys of {@code summary}, of {@code summary.population} and of {@code financing}. */
    public static final List<String> SUMMARY_FIELDS = List.of("regions", "population", "areaKm2");
    public static final List<String> POPULATION_FIELDS = List.of("count", "municipalities", "referenceDate", "source");
    public static final List<String> FINANCING_FIELDS = List.of("costRule", "text");

    /** The German labels of the printed profile, in the state database's page order. */
    public static final List<String> LABELS = List.of("Beteiligte", "Stichworte", "Hauptverantwortlich", "Sonstige Beteiligte",
            "Kurzprofil", "Anlass", "Ziel", "Umsetzung", "Finanzierung", "Rechtsform", "Zusammenarbeit seit", "Kontakt", "Links");

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>]+");

    private Profile() {
    }

    // ------------------------------------------------------------------------------------------ JSON

    /** The profile as an insertion-ordered map in {@link #FIELDS} order, ready for a JSON mapper. */
    public static Map<String, Object> json(Agreement agreement, ProfileFacts facts) {
        Content c = new Content(agreement, facts);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", agreement.id());
        m.put("version", agreement.version());
        m.put("validFrom", iso(agreement.validFrom()));
        m.put("on", iso(c.facts.on()));
        m.put("title", c.title);
        m.put("participants", c.participants);
        m.put("tags", agreement.tags());
        m.put("lead", c.lead);
        m.put("otherParticipants", c.others);
        Map<String, Object> summary = new LinkedHashMap<>();
        ProfileFacts.CooperationArea area = c.facts.area();
        summary.put("regions", area == null ? List.of() : area.regions());
        Map<String, Object> population = null;
        if (area != null && area.population() != null) {
            population = new LinkedHashMap<>();
            population.put("count", area.population());
            population.put("municipalities", area.municipalities().size());
            population.put("referenceDate", iso(area.referenceDate()));
            population.put("source", area.source());
            population = Collections.unmodifiableMap(population);
        }
        summary.put("population", population);
        summary.put("areaKm2", area == null ? null : area.areaKm2());
        m.put("summary", Collections.unmodifiableMap(summary));
        m.put("occasion", blankToNull(c.text.anlass()));
        m.put("goal", blankToNull(c.text.ziel()));
        m.put("implementation", blankToNull(c.text.umsetzung()));
        Map<String, Object> financing = new LinkedHashMap<>();
        financing.put("costRule", c.facts.costRule());
        financing.put("text", blankToNull(c.facts.financingText()));
        m.put("financing", Collections.unmodifiableMap(financing));
        m.put("legalForm", agreement.legalForm() == null ? null : agreement.legalForm().name());
        m.put("cooperationSince", iso(c.dates.inForce()));
        m.put("contact", blankToNull(c.text.kontakt()));
        m.put("links", c.links);
        return Collections.unmodifiableMap(m);
    }

    // -------------------------------------------------------------------------------------- Markdown

    /**
     * The profile as Markdown (CommonMark): the title as level-1 heading, the version line, then every
     * field that has a value as a level-2 heading.
     */
    public static String markdown(Agreement agreement, ProfileFacts facts) {
        Content c = new Content(agreement, facts);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(c.title)).append("\n\n").append(escape(c.versionLine())).append("\n\n");
        for (Section s : c.sections()) {
            md.append("## ").append(s.label()).append("\n\n");
            for (Field f : s.fields()) {
                md.append("- **").append(f.label()).append(":** ").append(escape(f.value())).append('\n');
            }
            if (!s.fields().isEmpty() && (!s.items().isEmpty() || s.text() != null)) {
                md.append('\n');
            }
            for (String item : s.items()) {
                md.append("- ").append(URL.matcher(item.strip()).matches() ? "<" + item.strip() + ">" : inline(item)).append('\n');
            }
            if (s.text() != null) {
                block(md, s.text());
            }
            md.append('\n');
        }
        return md.toString().stripTrailing() + "\n";
    }

    // ------------------------------------------------------------------------------------------- PDF

    /**
     * The profile as a report for the document service: the lead body's letterhead, the title, the
     * version line, then the fields. The parties, tags and the lead body are printed as label–value
     * lines below the title, the others under their heading; fields without a value are left out.
     *
     * @param issuer the lead body's letterhead ({@code DocumentService.letterhead}), or null
     */
    public static Report report(Agreement agreement, ProfileFacts facts, Letterhead issuer) {
        Content c = new Content(agreement, facts);
        List<Block> body = new ArrayList<>();
        List<Field> pending = new ArrayList<>();
        for (Section s : c.sections()) {
            if (s.inline()) {
                pending.add(new Field(s.label(), s.text() != null ? s.text() : String.join("\n", s.items())));
                continue;
            }
            if (!pending.isEmpty()) {
                body.add(Block.fields(pending));
                pending = new ArrayList<>();
            }
            body.add(Block.heading(s.label()));
            if (!s.fields().isEmpty()) {
                body.add(Block.fields(s.fields()));
            }
            if (!s.items().isEmpty()) {
                body.add(Block.paragraph(String.join("\n", s.items())));
            }
            if (s.text() != null) {
                body.add(Block.paragraph(s.text().strip()));
            }
        }
        if (!pending.isEmpty()) {
            body.add(Block.fields(pending));
        }
        String author = notBlank(c.lead) ? c.lead : issuer == null ? null : issuer.name();
        java.time.Instant created = agreement.recordedAt() != null ? agreement.recordedAt()
                : (agreement.validFrom() != null ? agreement.validFrom() : LocalDate.of(2000, 1, 1)).atStartOfDay().toInstant(ZoneOffset.UTC);
        DocumentInfo info = new DocumentInfo("IKZ-Profil – " + c.title, author, created, "de", fileName(agreement.id()));
        return new Report(info, issuer, c.title, c.versionLine(), false, body, "IKZ-Profil · " + c.title, null);
    }

    /** The legal form in German, as the state database names it; null → null. */
    public static String legalForm(LegalForm form) {
        if (form == null) {
            return null;
        }
        return switch (form) {
            case PUBLIC_LAW_DELEGATION -> "Öffentlich-rechtliche Vereinbarung (Delegation)";
            case PUBLIC_LAW_MANDATE -> "Öffentlich-rechtliche Vereinbarung (Mandat)";
            case ZWECKVERBAND -> "Zweckverband";
            case COOPERATION_AGREEMENT -> "Kooperationsvereinbarung";
        };
    }

    /**
     * The version's own "Finanzierung" text if it was written for the cost rule in force: null when
     * the text is empty, or when it was taken over unchanged from an earlier version whose cost rule
     * differs (an amendment that changed only the rule leaves a text describing the old one).
     *
     * @param history all versions of the agreement, oldest first
     */
    public static String financingText(List<Agreement> history, Agreement inForce) {
        String text = inForce.text() == null ? null : inForce.text().finanzierung();
        if (!notBlank(text)) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Agreement v = history.get(i);
            if (v.version() >= inForce.version()) {
                continue;
            }
            String earlier = v.text() == null ? null : v.text().finanzierung();
            if (!text.equals(earlier)) {
                break; // the text was (re)written with a later version
            }
            if (!Objects.equals(v.costRule(), inForce.costRule())) {
                return null; // written for an earlier rule
            }
        }
        return text;
    }

    // ---------------------------------------------------------------------------------------------

    /** A printed field: its label, label–value lines, list items, and text; empty parts are empty. */
    record Section(String label, boolean inline, List<Field> fields, List<String> items, String text) {
    }

    /** The agreement and facts with nulls resolved, as all three renderings need them. */
    private static final class Content {
        final Agreement agreement;
        final ProfileFacts facts;
        final AgreementText text;
        final AgreementDates dates;
        final String title;
        final String lead;
        final List<String> participants;
        final List<String> others;
        final List<String> links;

        Content(Agreement agreement, ProfileFacts facts) {
            if (agreement == null) {
                throw new IllegalArgumentException("agreement is required");
            }
            this.agreement = agreement;
            this.facts = facts == null ? new ProfileFacts(null, null, null, null, null, null) : facts;
            this.text = agreement.text() == null ? new AgreementText(null, null, null, null, null, null) : agreement.text();
            this.dates = agreement.dates() == null ? new AgreementDates(null, null, null, null, null, null) : agreement.dates();
            this.title = agreement.title() == null || agreement.title().isBlank() ? agreement.id() : agreement.title();
            this.lead = notBlank(this.facts.leadName()) ? this.facts.leadName()
                    : agreement.leadPartner() == null ? null : name(agreement.leadPartner());
            List<String> p = new ArrayList<>();
            List<String> o = new ArrayList<>();
            for (Party party : agreement.parties()) {
                (Party.OTHER.equals(party.role()) ? o : p).add(name(party.participantId()));
            }
            this.participants = List.copyOf(p);
            this.others = List.copyOf(o);
            this.links = text.links().stream().filter(Profile::notBlank).map(String::strip).toList();
        }

        String name(String participantId) {
            String n = facts.participantNames().get(participantId);
            return notBlank(n) ? n : participantId;
        }

        /** "IKZ-Profil · Fassung 2, gültig ab 01.01.2026 · Stand 30.06.2026". */
        String versionLine() {
            StringBuilder sb = new StringBuilder("IKZ-Profil");
            if (agreement.version() > 0) {
                sb.append(" · Fassung ").append(agreement.version());
                if (agreement.validFrom() != null) {
                    sb.append(", gültig ab ").append(GermanFormat.date(agreement.validFrom()));
                }
            }
            if (facts.on() != null) {
                sb.append(" · Stand ").append(GermanFormat.date(facts.on()));
            }
            return sb.toString();
        }

        /** The fields in the state database's order, those without a value left out. */
        List<Section> sections() {
            List<Section> out = new ArrayList<>();
            list(out, "Beteiligte", participants);
            line(out, "Stichworte", String.join(", ", agreement.tags()));
            line(out, "Hauptverantwortlich", lead);
            list(out, "Sonstige Beteiligte", others);
            List<Field> summary = shortProfile();
            if (!summary.isEmpty()) {
                out.add(new Section("Kurzprofil", false, summary, List.of(), null));
            }
            text(out, "Anlass", text.anlass());
            text(out, "Ziel", text.ziel());
            text(out, "Umsetzung", text.umsetzung());
            List<Field> rule = notBlank(facts.costRule()) ? List.of(new Field("Kostenaufteilung", facts.costRule())) : List.of();
            String financing = notBlank(facts.financingText()) ? facts.financingText() : null;
            if (!rule.isEmpty() || financing != null) {
                out.add(new Section("Finanzierung", false, rule, List.of(), financing));
            }
            text(out, "Rechtsform", legalForm(agreement.legalForm()));
            text(out, "Zusammenarbeit seit", GermanFormat.date(dates.inForce()));
            text(out, "Kontakt", text.kontakt());
            if (!links.isEmpty()) {
                out.add(new Section("Links", false, List.of(), links, null));
            }
            return out;
        }

        /** Kurzprofil lines of the cooperation's whole area; the lead body is not repeated here. */
        List<Field> shortProfile() {
            ProfileFacts.CooperationArea area = facts.area();
            List<Field> lines = new ArrayList<>();
            if (area == null) {
                return lines;
            }
            if (!area.regions().isEmpty()) {
                lines.add(new Field(area.regions().size() == 1 ? "Regierungsbezirk" : "Regierungsbezirke", String.join(", ", area.regions())));
            }
            if (area.population() != null) {
                lines.add(new Field("Einwohner", decimal(BigDecimal.valueOf(area.population())) + " (Gebiet der Kooperation: "
                        + area.municipalities().size() + (area.municipalities().size() == 1 ? " Gemeinde)" : " Gemeinden)")));
                if (area.referenceDate() != null) {
                    lines.add(new Field("Stichtag", area.oldestReferenceDate() == null || area.oldestReferenceDate().equals(area.referenceDate())
                            ? GermanFormat.date(area.referenceDate())
                            : GermanFormat.date(area.oldestReferenceDate()) + " bis " + GermanFormat.date(area.referenceDate())));
                }
                if (notBlank(area.source())) {
                    lines.add(new Field("Quelle", area.source()));
                }
            }
            if (area.areaKm2() != null) {
                lines.add(new Field("Fläche", decimal(area.areaKm2()) + " km²"));
            }
            return lines;
        }
    }

    private static void list(List<Section> out, String label, List<String> items) {
        if (!items.isEmpty()) {
            out.add(new Section(label, true, List.of(), items, null));
        }
    }

    private static void line(List<Section> out, String label, String value) {
        if (notBlank(value)) {
            out.add(new Section(label, true, List.of(), List.of(), value.strip()));
        }
    }

    private static void text(List<Section> out, String label, String value) {
        if (notBlank(value)) {
            out.add(new Section(label, false, List.of(), List.of(), value));
        }
    }

    /** Paragraphs as given: a blank line separates paragraphs, a single line break stays a (hard) line break. */
    private static void block(StringBuilder md, String text) {
        String[] lines = text.strip().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean nextIsText = i + 1 < lines.length && !lines[i + 1].isBlank();
            md.append(line.isEmpty() ? "" : inline(line));
            md.append(!line.isEmpty() && nextIsText ? "\\\n" : "\n");
        }
    }

    /**
     * Escapes what Markdown would read as markup: emphasis, code, links, HTML, tables, and a
     * heading, list or quote marker at the start of a line.
     */
    static String inline(String s) {
        String out = escape(s);
        if (out.startsWith("-") || out.startsWith("+") || out.startsWith("=")) {
            return "\\" + out;
        }
        return out.replaceFirst("^(\\d{1,9})([.)])(?=\\s|$)", "$1\\\\$2");
    }

    /** Escapes emphasis, code, links, HTML, tables and headings; for text in the middle of a line. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char ch : s.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(ch) >= 0) {
                sb.append('\\');
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    /** The file name of the PDF: the agreement id (a-z, 0-9, '-') and "-profil". */
    private static String fileName(String id) {
        String safe = id == null ? "" : id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        return (safe.isEmpty() ? "vereinbarung" : safe) + "-profil";
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return notBlank(s) ? s : null;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** German decimal: "556.631", "706,91" (trailing zeros dropped). */
    static String decimal(BigDecimal v) {
        return GermanFormat.number(v);
    }
}
