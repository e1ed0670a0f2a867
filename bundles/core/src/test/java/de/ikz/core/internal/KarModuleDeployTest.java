package de.ikz.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.persistence.Database;
import de.ikz.api.platform.PlatformHealth;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureState;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The component over a fake features service and a data/kar folder as Karaf's KAR service leaves it. */
class KarModuleDeployTest {

    static final String KAR = ShippedModuleRulesTest.KAR;
    static final URI REPO = ShippedModuleRulesTest.REPO;

    @TempDir
    Path karaf;
    Path karDir;
    Path deployDir;

    @org.junit.jupiter.api.BeforeEach
    void folders() throws Exception {
        karDir = Files.createDirectories(karaf.resolve("data/kar"));
        deployDir = Files.createDirectories(karaf.resolve("deploy"));
    }

    /** A features service that knows (or not) the module's repository; installFeature installs and starts it. */
    static final class FakeFeatures {
        boolean repoKnown = true;
        boolean installed;
        /** Runs inside installFeature, before it returns (what happens meanwhile elsewhere). */
        Runnable duringInstall = () -> { };
        final List<String> calls = new ArrayList<>();

        FeaturesService service() {
            Feature feature = (Feature) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Feature.class},
                    (p, m, a) -> switch (m.getName()) {
                        case "getName" -> "ikz-module-vormundschaft";
                        case "getVersion" -> "0.1.0.SNAPSHOT";
                        case "getId" -> "ikz-module-vormundschaft/0.1.0.SNAPSHOT";
                        default -> null;
                    });
            Repository repo = (Repository) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Repository.class}, (p, m, a) -> "getFeatures".equals(m.getName())
                            ? new Feature[] {feature} : null);
            return (FeaturesService) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {FeaturesService.class}, (p, m, a) -> switch (m.getName()) {
                        case "getRepository" -> repoKnown && REPO.equals(a[0]) ? repo : null;
                        case "isInstalled" -> installed;
                        case "getState" -> installed ? FeatureState.Started : FeatureState.Uninstalled;
                        case "addRepository" -> {
                            calls.add("add " + a[0]);
                            repoKnown = true;
                            yield null;
                        }
                        case "installFeature" -> {
                            calls.add("install " + a[0] + "/" + a[1]);
                            installed = true;
                            duringInstall.run();
                            yield null;
                        }
                        case "uninstallFeature" -> {
                            calls.add("uninstall " + a[0] + "/" + a[1]);
                            installed = false;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }

    /** A registry that has the module exactly while the fake's feature is installed. */
    static ModuleRegistry registry(FakeFeatures f) {
        return new ModuleRegistry() {
            @Override
            public List<ModuleInfo> modules() {
                return f.installed ? List.of(new ModuleInfo("vormundschaft", Map.of(), "1", "b", 1L, null, List.of(),
                        List.of())) : List.of();
            }

            @Override
            public Optional<de.ikz.api.module.CooperationModule> module(String id) {
                return Optional.empty();
            }
        };
    }

    /** The KAR in deploy/ and unpacked by Karaf's KAR service under data/kar. */
    void shipKar() throws Exception {
        Files.createDirectories(karDir.resolve(KAR));
        Files.writeString(karDir.resolve(KAR).resolve("features.cfg"), REPO + "\n");
        Files.writeString(deployDir.resolve(KAR + ".kar"), "a KAR");
    }

    @Test
    void aKarBeingRemovedFromDeployIsNotInstalledAgain() throws Exception {
        // Karaf's KAR service removes a KAR in steps: features uninstalled, repository removed, data/kar/<kar>
        // deleted. A repair between the first and the last step saw an installed KAR without its feature and
        // installed it again: the module stayed on for good (HotDeployIT, CI of 2026-11-29)
        shipKar();
        Files.delete(deployDir.resolve(KAR + ".kar"));
        FakeFeatures f = new FakeFeatures();
        KarModuleDeploy deploy = deploy(f, Duration.ZERO);
        assertThat(deploy.repair()).isEmpty();
        f.repoKnown = false;
        assertThat(deploy.repair()).isEmpty();
        assertThat(f.calls).isEmpty();
        assertThat(f.installed).isFalse();
    }

    @Test
    void aKarThatLeavesDeployWhileTheRepairInstallsIsUninstalledAgain() throws Exception {
        shipKar();
        FakeFeatures f = new FakeFeatures();
        f.duringInstall = () -> {
            try {
                Files.delete(deployDir.resolve(KAR + ".kar"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        KarModuleDeploy deploy = deploy(f, Duration.ZERO);
        assertThat(deploy.repair()).isEmpty();
        assertThat(f.calls).containsExactly("install ikz-module-vormundschaft/0.1.0.SNAPSHOT",
                "uninstall ikz-module-vormundschaft/0.1.0.SNAPSHOT");
        assertThat(f.installed).isFalse();
    }

    @Test
    void anInterruptedDeployMakesHealthDegradedAndTheRepairCompletesIt() throws Exception {
        shipKar();
        FakeFeatures f = new FakeFeatures();
        KarModuleDeploy deploy = deploy(f, Duration.ZERO);
        PlatformHealthImpl health = health(registry(f));
        health.shipped = deploy;

        PlatformHealth.Report before = health.check();
        assertThat(before.status()).isEqualTo("DEGRADED");
        assertThat(before.modulesNotRunning()).containsExactly("vormundschaft");

        assertThat(deploy.repair()).containsExactly("ikz-module-vormundschaft/0.1.0.SNAPSHOT");
        assertThat(f.calls).containsExactly("install ikz-module-vormundschaft/0.1.0.SNAPSHOT");
        PlatformHealth.Report after = health.check();
        assertThat(after.status()).isEqualTo("UP");
        assertThat(after.modulesNotRunning()).isEmpty();
        assertThat(deploy.repair()).isEmpty();
    }

    @Test
    void aLostRepositoryIsAddedBeforeTheFeatureIsInstalled() throws Exception {
        shipKar();
        FakeFeatures f = new FakeFeatures();
        f.repoKnown = false;
        KarModuleDeploy deploy = deploy(f, Duration.ZERO);
        assertThat(deploy.notRunning()).containsExactly("vormundschaft");
        deploy.repair();
        assertThat(f.calls).containsExactly("add " + REPO, "install ikz-module-vormundschaft/0.1.0.SNAPSHOT");
        assertThat(deploy.notRunning()).isEmpty();
    }

    @Test
    void aKarRemovedFromDeployIsNeitherReportedNorReinstalled() {
        FakeFeatures f = new FakeFeatures();
        KarModuleDeploy deploy = deploy(f, Duration.ZERO);
        assertThat(deploy.notRunning()).isEmpty();
        assertThat(deploy.repair()).isEmpty();
        assertThat(f.calls).isEmpty();
        assertThat(health(registry(f)).check().status()).isEqualTo("UP");
    }

    @Test
    void aModuleIsReportedOnlyOnceItHasNotRunForTheGracePeriod() throws Exception {
        shipKar();
        FakeFeatures f = new FakeFeatures();
        KarModuleDeploy deploy = deploy(f, Duration.ofSeconds(30));
        assertThat(deploy.notRunning()).as("being deployed").isEmpty();
        clock.now = clock.now.plusSeconds(29);
        assertThat(deploy.notRunning()).isEmpty();
        clock.now = clock.now.plusSeconds(1);
        assertThat(deploy.notRunning()).containsExactly("vormundschaft");

        f.installed = true;
        assertThat(deploy.notRunning()).isEmpty();
        f.installed = false;
        assertThat(deploy.notRunning()).as("the grace starts again").isEmpty();
        clock.now = clock.now.plusSeconds(30);
        assertThat(deploy.notRunning()).containsExactly("vormundschaft");
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();

    KarModuleDeploy deploy(FakeFeatures f, Duration grace) {
        return new KarModuleDeploy(f.service(), registry(f), karDir, deployDir, clock, grace);
    }

    @Test
    void withoutTheFeaturesServiceNothingIsReported() {
        FakeFeatures f = new FakeFeatures();
        PlatformHealth.Report r = health(registry(f)).check();
        assertThat(r.status()).isEqualTo("UP");
        assertThat(r.modulesNotRunning()).isEmpty();
    }

    static PlatformHealthImpl health(ModuleRegistry registry) {
        Database db = (Database) Proxy.newProxyInstance(KarModuleDeployTest.class.getClassLoader(),
                new Class<?>[] {Database.class}, (p, m, a) -> switch (m.getName()) {
                    case "ping" -> true;
                    case "dialect" -> "derby";
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        AuditLog audit = (AuditLog) Proxy.newProxyInstance(KarModuleDeployTest.class.getClassLoader(),
                new Class<?>[] {AuditLog.class}, (p, m, a) -> switch (m.getName()) {
                    case "lastVerification" -> Optional.empty();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        return new PlatformHealthImpl(db, registry, audit, "test");
    }
}
