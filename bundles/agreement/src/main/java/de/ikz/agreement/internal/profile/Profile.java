package de.ikz.agreement.internal.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementDates;
import de.ikz.api.agreement.AgreementText;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.agreement.Party;
import de.ikz.kit.text.GermanFormat;

/**
 * The profile of an agreement as the state IKZ database (interkommunales.nrw) shows it, with its
 * fields in page order ({@link #FIELDS}): as a JSON-ready map, as Markdown and as PDF (A4).
 *
 * <p>JSON holds data: dates as ISO strings ({@code "2024-01-01"}), numbers as numbers, missing
 * values as {@code null}; it contains only maps, lists, strings and numbers, so any JSON mapper
 * writes it without modules. Markdown and PDF are documents and use German formats
 * ({@code 556.631}, {@code 31.12.2023}, {@code 706,91 km²}) and German labels; an empty field
 * shows "keine Angabe".
 *
 * <p>"Beteiligte" are the parties with role lead or partner, "Sonstige Beteiligte" those with role
 * other, both in the agreement's order.
 */
public final class Profile {

    /** The JSON keys, in the page order of the state IKZ database. */
    public static final List<String> FIELDS = List.of("titel", "beteiligte", "stichworte", "hauptverantwortlich",
            "sonstigeBeteiligte", "kurzprofil", "anlass", "ziel", "umsetzung", "finanzierung", "rechtsform",
            "zusammenarbeitSeit", "kontakt", "links");

    private static final Map<String, String> LABELS = labels();
    private static final String NONE = "keine Angabe";
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>]+");

    private Profile() {
    }

    /** The German label of a field, e.g. "sonstigeBeteiligte" → "Sonstige Beteiligte". */
    public static String label(String field) {
        return LABELS.get(field);
    }

    /** The profile as an insertion-ordered map in {@link #FIELDS} order, ready for a JSON mapper. */
    public static Map<String, Object> json(Agreement agreement, ProfileFacts facts) {
        Content c = new Content(agreement, facts);
        Map<String, Object> m = new LinkedHashMap<>();
        for (String field : FIELDS) {
            m.put(field, switch (field) {
                case "titel" -> c.title;
                case "beteiligte" -> c.participants;
                case "stichworte" -> c.tags;
                case "hauptverantwortlich" -> c.lead;
                case "sonstigeBeteiligte" -> c.others;
                case "kurzprofil" -> {
                    Map<String, Object> population = new LinkedHashMap<>();
                    population.put("anzahl", c.facts.population());
                    population.put("stichtag", iso(c.facts.populationDate()));
                    population.put("quelle", c.facts.populationSource());
                    Map<String, Object> k = new LinkedHashMap<>();
                    k.put("hauptverantwortlich", c.lead);
                    k.put("regierungsbezirk", c.facts.regierungsbezirk());
                    k.put("einwohner", Collections.unmodifiableMap(population));
                    k.put("flaecheKm2", c.facts.areaKm2());
                    yield Collections.unmodifiableMap(k);
                }
                case "anlass" -> c.text.anlass();
                case "ziel" -> c.text.ziel();
                case "umsetzung" -> c.text.umsetzung();
                case "finanzierung" -> c.text.finanzierung();
                case "rechtsform" -> legalForm(c.agreement.legalForm());
                case "zusammenarbeitSeit" -> iso(c.dates.inForce());
                case "kontakt" -> c.text.kontakt();
                case "links" -> c.text.links();
                default -> throw new IllegalStateException(field);
            });
        }
        return Collections.unmodifiableMap(m);
    }

    /** The profile as Markdown (CommonMark): the title as level-1 heading, every further field a level-2 heading. */
    public static String markdown(Agreement agreement, ProfileFacts facts) {
        Content c = new Content(agreement, facts);
        StringBuilder md = new StringBuilder();
        for (String field : FIELDS) {
            if (field.equals("titel")) {
                md.append("# ").append(inline(c.title)).append("\n\n");
                continue;
            }
            md.append("## ").append(label(field)).append("\n\n");
            switch (field) {
                case "beteiligte" -> list(md, c.participants);
                case "sonstigeBeteiligte" -> list(md, c.others);
                case "links" -> {
                    if (c.text.links().isEmpty()) {
                        md.append(NONE).append('\n');
                    }
                    for (String link : c.text.links()) {
                        md.append("- ").append(URL.matcher(link.strip()).matches() ? "<" + link.strip() + ">" : inline(link)).append('\n');
                    }
                }
                case "kurzprofil" -> {
                    for (String[] line : c.shortProfile()) {
                        md.append("- **").append(line[0]).append(":** ").append(escape(line[1])).append('\n');
                    }
                }
                default -> block(md, c.text(field));
            }
            md.append('\n');
        }
        return md.toString().stripTrailing() + "\n";
    }

    /** The profile as PDF, A4 portrait; long texts wrap and continue on new pages. */
    public static byte[] pdf(Agreement agreement, ProfileFacts facts) {
        Content c = new Content(agreement, facts);
        try (ProfilePdf pdf = new ProfilePdf(c.title, "IKZ-Profil · " + c.title)) {
            for (String field : FIELDS) {
                if (field.equals("titel")) {
                    pdf.title(c.title);
                    continue;
                }
                pdf.heading(label(field));
                switch (field) {
                    case "beteiligte", "sonstigeBeteiligte", "links" -> {
                        List<String> items = field.equals("beteiligte") ? c.participants
                                : field.equals("links") ? c.text.links() : c.others;
                        if (items.isEmpty()) {
                            pdf.text(NONE);
                        }
                        items.forEach(pdf::bullet);
                    }
                    case "kurzprofil" -> c.shortProfile().forEach(l -> pdf.field(l[0] + ":", l[1], 130f));
                    default -> pdf.text(c.text(field));
                }
            }
            return pdf.bytes();
        }
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

    // ---------------------------------------------------------------------------------------------

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
        final List<String> tags;

        Content(Agreement agreement, ProfileFacts facts) {
            if (agreement == null) {
                throw new IllegalArgumentException("agreement is required");
            }
            this.agreement = agreement;
            this.facts = facts == null ? new ProfileFacts(null, null, null, null, null, null, null) : facts;
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
            this.tags = agreement.tags();
        }

        String name(String participantId) {
            String n = facts.participantNames().get(participantId);
            return notBlank(n) ? n : participantId;
        }

        /** Plain text of a field for Markdown and PDF. */
        String text(String field) {
            String s = switch (field) {
                case "stichworte" -> String.join(", ", tags);
                case "hauptverantwortlich" -> lead;
                case "anlass" -> text.anlass();
                case "ziel" -> text.ziel();
                case "umsetzung" -> text.umsetzung();
                case "finanzierung" -> text.finanzierung();
                case "rechtsform" -> legalForm(agreement.legalForm());
                case "zusammenarbeitSeit" -> date(dates.inForce());
                case "kontakt" -> text.kontakt();
                default -> throw new IllegalStateException(field);
            };
            return notBlank(s) ? s : NONE;
        }

        /** Kurzprofil lines: label, value. */
        List<String[]> shortProfile() {
            String population = NONE;
            if (facts.population() != null) {
                List<String> about = new ArrayList<>(2);
                if (facts.populationDate() != null) {
                    about.add("Stand " + date(facts.populationDate()));
                }
                if (notBlank(facts.populationSource())) {
                    about.add("Quelle: " + facts.populationSource());
                }
                population = decimal(BigDecimal.valueOf(facts.population())) + (about.isEmpty() ? "" : " (" + String.join("; ", about) + ")");
            }
            return List.of(new String[] {"Hauptverantwortlich", notBlank(lead) ? lead : NONE},
                    new String[] {"Regierungsbezirk", notBlank(facts.regierungsbezirk()) ? facts.regierungsbezirk() : NONE},
                    new String[] {"Einwohner", population},
                    new String[] {"Fläche", facts.areaKm2() == null ? NONE : decimal(facts.areaKm2()) + " km²"});
        }
    }

    private static Map<String, String> labels() {
        List<String> labels = List.of("Titel", "Beteiligte", "Stichworte", "Hauptverantwortlich", "Sonstige Beteiligte",
                "Kurzprofil", "Anlass", "Ziel", "Umsetzung", "Finanzierung", "Rechtsform", "Zusammenarbeit seit", "Kontakt", "Links");
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            m.put(FIELDS.get(i), labels.get(i));
        }
        return Collections.unmodifiableMap(m);
    }

    private static void list(StringBuilder md, List<String> items) {
        if (items.isEmpty()) {
            md.append(NONE).append('\n');
        }
        items.forEach(i -> md.append("- ").append(inline(i)).append('\n'));
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

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? null : GermanFormat.date(d);
    }

    /** German decimal: "556.631", "706,91" (trailing zeros dropped). */
    static String decimal(BigDecimal v) {
        return GermanFormat.number(v);
    }
}
