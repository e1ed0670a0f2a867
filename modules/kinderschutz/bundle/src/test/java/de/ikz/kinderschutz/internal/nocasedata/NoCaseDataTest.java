package de.ikz.kinderschutz.internal.nocasedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import de.ikz.api.persistence.Migration;
import de.ikz.kinderschutz.internal.db.Schema;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.testkit.TestDatabases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No case data, by construction (§ 3 KKG, § 9 LKiSchG NRW give the network no power to exchange
 * personal data of children or families): no column of the module's tables and no field of any
 * request body the module's API accepts has a name that says it holds a child's or a family's
 * personal data. The platform's JSON reader refuses unknown fields, so a request that adds such a
 * field is refused (400 naming it; the in-container test sends them).
 * <p>
 * The words below (German and English) name what case data would be called; a column or field whose
 * name contains one fails. Work contacts of professionals ("person", "work_email") are allowed: they
 * are the network's members, not its clients. "Familienzentrum" is an offer type's label, never a
 * field name, so it does not collide.
 */
class NoCaseDataTest {

    /** Parts of names that would hold case data; checked against lower-case names without separators. */
    static final List<String> CASE_WORDS = List.of("child", "kind", "birth", "geburt", "family", "familie", "mother", "mutter", "father",
            "vater", "parent", "eltern", "pregnan", "schwanger", "casenumber", "caseno", "fallnummer", "aktenzeichen", "minor",
            "minderj", "patient", "diagnos", "client", "klient", "victim", "opfer", "suspect", "verdacht");

    /** Words that contain a case word but are not case data (kept short and argued). */
    static final Map<String, String> ALLOWED = Map.of(
            "kind", "the kind of a meeting, an agreement or an event: a type, never a child (\"Kind\" is German for child)");

    static List<String> findings(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String raw : names) {
            String n = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (ALLOWED.containsKey(n)) {
                continue;
            }
            for (String w : CASE_WORDS) {
                if (n.contains(w)) {
                    out.add(raw + " (\"" + w + "\")");
                    break;
                }
            }
        }
        return out;
    }

    @Test
    void theCheckerCatchesACaseDataName() {
        assertThat(findings(List.of("child_name", "GEBURTSDATUM", "familyName", "mutter", "case_no", "task", "kind", "work_email")))
                .containsExactly("child_name (\"child\")", "GEBURTSDATUM (\"geburt\")", "familyName (\"family\")", "mutter (\"mutter\")",
                        "case_no (\"caseno\")");
    }

    @Test
    void noColumnOfTheModulesTablesCanHoldCaseData(@TempDir Path dir) throws Exception {
        DataSource ds = TestDatabases.derby(dir);
        new JdbcDatabase(ds).migrate(Schema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        List<String> columns = new ArrayList<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getColumns(null, null, "KINDERSCHUTZ_%", null)) {
            while (rs.next()) {
                columns.add(rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME"));
            }
        }
        assertThat(columns).as("the module's columns").hasSizeGreaterThan(50);
        assertThat(findings(columns.stream().map(col -> col.substring(col.indexOf('.') + 1)).toList())).isEmpty();
        // the table names too (a "kinderschutz_child" table would be case data)
        assertThat(findings(columns.stream().map(col -> col.substring(0, col.indexOf('.')).substring("KINDERSCHUTZ_".length())).distinct()
                .toList())).isEmpty();
    }

    @Test
    void noRequestBodyOfTheApiHasAFieldForCaseData() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(Files.readString(Path.of("target/classes/openapi/kinderschutz.json")));
        JsonNode schemas = doc.path("components").path("schemas");
        List<String> bodySchemas = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            for (Iterator<Map.Entry<String, JsonNode>> ops = paths.next().getValue().fields(); ops.hasNext(); ) {
                JsonNode ref = ops.next().getValue().path("requestBody").path("content").path("application/json").path("schema").path("$ref");
                if (!ref.isMissingNode()) {
                    bodySchemas.add(ref.asText().substring(ref.asText().lastIndexOf('/') + 1));
                }
            }
        }
        assertThat(bodySchemas).as("request bodies").hasSizeGreaterThan(10);
        List<String> fields = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String s : bodySchemas) {
            collect(schemas, s, fields, seen);
        }
        assertThat(fields).contains("name", "title", "task", "personName", "workEmail");
        assertThat(findings(fields)).isEmpty();
    }

    private static final Pattern REF = Pattern.compile(".*/");

    /** The properties of a schema and of the schemas it refers to (nested inputs such as texts). */
    private static void collect(JsonNode schemas, String name, List<String> out, List<String> seen) {
        if (seen.contains(name)) {
            return;
        }
        seen.add(name);
        JsonNode props = schemas.path(name).path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            out.add(p.getKey());
            for (JsonNode ref : p.getValue().findValues("$ref")) {
                collect(schemas, REF.matcher(ref.asText()).replaceAll(""), out, seen);
            }
        }
    }
}
