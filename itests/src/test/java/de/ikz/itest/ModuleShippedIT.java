package de.ikz.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureState;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceReference;

/**
 * Issue 14: a module that is shipped (its KAR installed from deploy/) but not running makes {@code /health} answer
 * 503 DEGRADED naming it, and the core's repair of interrupted deploys starts it again. The state a kill during
 * the KAR deploy leaves (KAR unpacked under data/kar, feature never installed) is made here by uninstalling the
 * guardianship module's feature; the test leaves it installed and started, as the other ITs expect.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ModuleShippedIT extends ContainerSupport {

    private static final String FEATURE = "ikz-module-vormundschaft";
    private static final String MODULE = "vormundschaft";
    private static final String REPAIR_SERVICE = "de.ikz.core.internal.ShippedModules";

    @Test
    public void aShippedModuleThatDoesNotRunIsReportedAndTheRepairStartsIt() throws Exception {
        JsonNode up = awaitHealthy().json();
        assertEquals(up.toString(), "UP", up.get("status").asText());
        assertEquals(up.toString(), 0, up.get("modulesNotRunning").size());
        Http h = http();

        ServiceReference<FeaturesService> ref = ctx.getServiceReference(FeaturesService.class);
        FeaturesService features = ctx.getService(ref);
        Feature feature = null;
        for (Feature f : features.listInstalledFeatures()) {
            if (FEATURE.equals(f.getName())) {
                feature = f;
            }
        }
        assertNotNull("the shipped module's feature is installed", feature);
        String version = feature.getVersion();
        // report at once and leave the repair to the test (the defaults wait 30 s, and repair 10 s after a start)
        Path cfg = Path.of(System.getProperty("karaf.etc"), "de.ikz.modules.cfg");
        Files.writeString(cfg, "notRunningGraceSeconds = 0\nrepairOnStart = false\n");
        try {
            Await.until("the repair component with the test's settings", Duration.ofSeconds(60),
                    () -> "0".equals(String.valueOf(repairProperty("notRunningGraceSeconds"))));
            // the state an interrupted KAR deploy leaves: KAR unpacked, its feature not installed
            features.uninstallFeature(FEATURE, version);
            Http.Reply[] last = new Http.Reply[1];
            Await.until("GET /health answers 503", Duration.ofSeconds(60),
                    () -> (last[0] = h.get("health", null, null)).status() == 503);
            JsonNode degraded = last[0].json();
            assertEquals(degraded.toString(), "DEGRADED", degraded.get("status").asText());
            assertEquals(degraded.toString(), List.of(MODULE), strings(degraded.get("modulesNotRunning")));
            assertEquals(degraded.toString(), "UP", degraded.get("database").get("status").asText());
            assertEquals("the Java API says the same", List.of(MODULE), health.check().modulesNotRunning());
            String console = console("ikz:health", "itest", "ikz-platform-admin");
            assertTrue(console, console.contains("DEGRADED") && console.contains("Not running (shipped): " + MODULE));

            // the repair the core runs on start, called through its service
            ServiceReference<?> repairRef = ctx.getServiceReference(REPAIR_SERVICE);
            assertNotNull("the core's repair service (needs Karaf's features service)", repairRef);
            Object repair = ctx.getService(repairRef);
            try {
                Object repaired = repair.getClass().getMethod("repair").invoke(repair);
                assertEquals(List.of(FEATURE + "/" + version), repaired);
            } finally {
                ctx.ungetService(repairRef);
            }
            assertTrue(features.isInstalled(feature));
            Await.until("GET /health answers 200 UP with the module", Duration.ofSeconds(120), () -> {
                Http.Reply r = h.get("health", null, null);
                return r.status() == 200 && "UP".equals(r.json().get("status").asText())
                        && strings(r.json().get("modules")).contains(MODULE);
            });
            assertEquals(FeatureState.Started, features.getState(feature.getId()));
            assertTrue(registry.module(MODULE).isPresent());
            assertEquals(0, h.get("health", null, null).json().get("modulesNotRunning").size());
        } finally {
            // back to the defaults (an update: deleting the file alone did not reliably remove the configuration)
            Files.writeString(cfg, "notRunningGraceSeconds = 30\nrepairOnStart = true\n");
            Await.until("the repair component with its defaults again", Duration.ofSeconds(60),
                    () -> "30".equals(String.valueOf(repairProperty("notRunningGraceSeconds"))));
            Files.deleteIfExists(cfg);
            if (!features.isInstalled(feature)) {
                features.installFeature(FEATURE, version, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            }
            ctx.ungetService(ref);
            awaitHealthy();
        }
        assertFalse(health.check().modules().isEmpty());
    }

    /** A property of the core's repair service (DS publishes its configuration), null without it or the service. */
    private Object repairProperty(String key) {
        ServiceReference<?> r = ctx.getServiceReference(REPAIR_SERVICE);
        return r == null ? null : r.getProperty(key);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
