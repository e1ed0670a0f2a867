package de.ikz.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import de.ikz.api.persistence.Database;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceReference;

/**
 * The access log in the built distribution: key file and checkpoint file created owner-only at
 * first start, the chain verified at start, and a chain altered in the database reported by
 * {@code ikz:audit-verify} and as DEGRADED on {@code /health}. The altered field is put back at
 * the end, so the other suites of the shared container see an intact chain.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuditIT extends ContainerSupport {

    @Test
    public void anAlteredEntryMakesHealthDegradedUntilItIsPutBack() throws Exception {
        awaitHealthy();
        Path key = Path.of(System.getProperty("karaf.etc"), "ikz-audit.key");
        Path checkpoints = Path.of(System.getProperty("karaf.data"), "audit", "checkpoints.log");
        assertTrue("key file created at first start", Files.exists(key));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        Await.until("the first checkpoint", Duration.ofSeconds(60), () -> Files.exists(checkpoints));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(checkpoints)));
        Http h = http();
        Await.until("the check at start", Duration.ofSeconds(60),
                () -> "INTACT".equals(h.get("health", null, null).json().get("audit").get("status").asText()));
        assertEquals("UP", h.get("health", null, null).json().get("status").asText());

        ServiceReference<Database> ref = ctx.getServiceReference(Database.class);
        Database db = ctx.getService(ref);
        // reading the log writes an entry: the newest entry is one of this run
        console("ikz:audit-list", "itest", "ikz-platform-admin");
        long seq = db.inTransaction(s -> s.queryOne("SELECT MAX(seq) FROM ikz_audit", rs -> rs.getLong(1))).orElseThrow();
        String record = db.inTransaction(s -> s.queryOne("SELECT record FROM ikz_audit WHERE seq = ?",
                rs -> rs.getString(1), seq)).orElseThrow();
        try {
            db.inTransaction(s -> s.update("UPDATE ikz_audit SET record = ? WHERE seq = ?", "tenant/forged", seq));
            String out = console("ikz:audit-verify", "itest", "ikz-platform-admin");
            assertTrue(out, out.contains("Access log BROKEN at entry " + seq));
            assertTrue(out, out.contains("Last checkpoint: entry "));
            Http.Reply r = h.get("health", null, null);
            assertEquals(200, r.status());
            JsonNode j = r.json();
            assertEquals(r.body(), "DEGRADED", j.get("status").asText());
            assertEquals(r.body(), "BROKEN", j.get("audit").get("status").asText());
        } finally {
            db.inTransaction(s -> s.update("UPDATE ikz_audit SET record = ? WHERE seq = ?", record, seq));
            ctx.ungetService(ref);
        }
        String out = console("ikz:audit-verify", "itest", "ikz-platform-admin");
        assertTrue(out, out.contains("Access log intact"));
        assertEquals("UP", h.get("health", null, null).json().get("status").asText());
    }
}
