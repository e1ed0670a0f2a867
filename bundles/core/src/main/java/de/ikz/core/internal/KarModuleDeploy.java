package de.ikz.core.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;

import org.apache.karaf.features.FeatureState;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.Repository;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shipped modules through Karaf's features service: what {@code /health} reports as not running, and the repair of
 * an interrupted deploy on start. A kill while Karaf deploys a KAR can leave it unpacked under {@code data/kar}
 * (so the deployer answers "already installed" at every restart) with its feature never installed; on activation
 * this component installs such features, after {@code repairDelaySeconds} (the deployer of a first start runs
 * meanwhile), on its own thread. The decisions are in {@link ShippedModuleRules}; this class only reads the
 * snapshot ({@code data/kar/<kar>/features.cfg}, written by Karaf's KAR service, one repository URI per line)
 * and calls the features service. Hand-written: Karaf offers no "complete the KAR deploy" operation.
 * <p>Only KARs whose file is still in {@code deploy/} are completed: Karaf's KAR service removes a KAR in steps
 * (features uninstalled, repository removed, {@code data/kar/<kar>} deleted), and a repair that looked in between
 * used to install the feature again, so a module removed (or updated) in the seconds the repair ran stayed on for
 * good, with no KAR left to remove. A KAR that leaves {@code deploy/} while the repair installs its feature has
 * that feature uninstalled again.
 */
@Component(service = ShippedModules.class, immediate = true, configurationPid = "de.ikz.modules")
@Designate(ocd = KarModuleDeploy.Config.class)
public final class KarModuleDeploy implements ShippedModules {

    @ObjectClassDefinition(name = "IKZ shipped modules",
            description = "Completing interrupted module deploys (KARs in deploy/) on start")
    public @interface Config {
        @AttributeDefinition(description = "On start, install every module feature of an installed module KAR that "
                + "is not installed (a shipped module always runs; to switch one off, remove its KAR from deploy/)")
        boolean repairOnStart() default true;

        @AttributeDefinition(description = "Seconds after the core started before the repair looks (0..3600)")
        int repairDelaySeconds() default 10;

        @AttributeDefinition(description = "Seconds a shipped module must be not running before /health reports it "
                + "(0..3600; a hot deploy or removal takes a few seconds and should not take the node out of its "
                + "load balancer)")
        int notRunningGraceSeconds() default 30;
    }

    private static final Logger LOG = LoggerFactory.getLogger(KarModuleDeploy.class);

    private final FeaturesService features;
    private final ModuleRegistry registry;
    private final Path karDir;
    private final Path deployDir;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final Duration grace;
    private final Map<String, Instant> notRunningSince = new HashMap<>();

    @Activate
    public KarModuleDeploy(@Reference FeaturesService features, @Reference ModuleRegistry registry, BundleContext ctx,
                           Config config) {
        this(features, registry, Path.of(ctx.getProperty("karaf.data"), "kar"), Path.of(ctx.getProperty("karaf.base"), "deploy"),
                Clock.systemUTC(),
                Duration.ofSeconds(Math.max(0, Math.min(3600, config.notRunningGraceSeconds()))));
        if (config.repairOnStart()) {
            int delay = Math.max(0, Math.min(3600, config.repairDelaySeconds()));
            timer.schedule(this::repairLogged, delay, TimeUnit.SECONDS);
        }
    }

    KarModuleDeploy(FeaturesService features, ModuleRegistry registry, Path karDir, Path deployDir, Clock clock,
                    Duration grace) {
        this.features = features;
        this.registry = registry;
        this.karDir = karDir;
        this.deployDir = deployDir;
        this.clock = clock;
        this.grace = grace;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ikz-module-repair");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    @Override
    public List<String> notRunning() {
        try {
            Set<String> registered = registry.modules().stream().map(ModuleInfo::id).collect(Collectors.toSet());
            List<String> now = ShippedModuleRules.notRunning(snapshot(), registered);
            synchronized (notRunningSince) {
                return ShippedModuleRules.overGrace(notRunningSince, now, clock.instant(), grace);
            }
        } catch (Exception | LinkageError e) {
            LOG.warn("cannot read the state of the shipped modules: {}", e.toString());
            return List.of();
        }
    }

    private void repairLogged() {
        try {
            repair();
        } catch (RuntimeException e) {
            LOG.error("completing interrupted module deploys failed", e);
        }
    }

    @Override
    public List<String> repair() {
        List<String> done = new ArrayList<>();
        try {
            List<ShippedModuleRules.Kar> kars = new ArrayList<>(snapshot());
            kars.removeIf(kar -> !inDeploy(kar.name()));
            for (URI uri : ShippedModuleRules.repositoriesToAdd(kars)) {
                LOG.warn("repository {} of an installed module KAR is not registered (an interrupted deploy); adding it",
                        uri);
                try {
                    features.addRepository(uri);
                } catch (Exception e) {
                    LOG.error("adding repository {} failed; the module stays off (see /health)", uri, e);
                }
            }
            kars = new ArrayList<>(snapshot());
            kars.removeIf(kar -> !inDeploy(kar.name()));
            for (ShippedModuleRules.Install f : ShippedModuleRules.toInstall(kars)) {
                LOG.warn("feature {}/{} of the installed module KAR {} is not installed (an interrupted deploy); "
                        + "installing it", f.name(), f.version(), f.kar());
                try {
                    features.installFeature(f.name(), f.version(), EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
                } catch (Exception e) {
                    LOG.error("installing feature {}/{} of KAR {} failed; the module stays off (see /health)", f.name(),
                            f.version(), f.kar(), e);
                    continue;
                }
                if (inDeploy(f.kar())) {
                    done.add(f.name() + "/" + f.version());
                    LOG.warn("feature {}/{} installed: the interrupted deploy of KAR {} is complete", f.name(), f.version(),
                            f.kar());
                } else {
                    undo(f);
                }
            }
        } catch (IOException e) {
            LOG.error("cannot read the installed KARs under {}", karDir, e);
        }
        return done;
    }

    /** Whether the KAR's file is (still) in deploy/: Karaf's KAR service names a KAR after its file, without ".kar". */
    private boolean inDeploy(String karName) {
        return Files.isRegularFile(deployDir.resolve(karName + ".kar"));
    }

    /** The KAR left deploy/ while its feature was being installed: its removal may have run already, so undo ours. */
    private void undo(ShippedModuleRules.Install f) {
        LOG.warn("KAR {} left {} while the repair installed feature {}/{}; uninstalling it again", f.kar(), deployDir,
                f.name(), f.version());
        try {
            features.uninstallFeature(f.name(), f.version(), EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        } catch (Exception e) {
            LOG.error("uninstalling feature {}/{} failed: the module stays on without its KAR; feature:uninstall {} "
                    + "in the console ends it", f.name(), f.version(), f.name(), e);
        }
    }

    /** The installed KARs and the state of their repositories' features, as the features service sees them now. */
    List<ShippedModuleRules.Kar> snapshot() throws IOException {
        List<ShippedModuleRules.Kar> kars = new ArrayList<>();
        if (!Files.isDirectory(karDir)) {
            return kars;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(karDir, Files::isDirectory)) {
            for (Path dir : dirs) {
                kars.add(new ShippedModuleRules.Kar(dir.getFileName().toString(), repositories(dir.resolve("features.cfg"))));
            }
        }
        return kars;
    }

    private List<ShippedModuleRules.Repo> repositories(Path cfg) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(cfg);
        } catch (NoSuchFileException e) {
            return null;
        }
        List<ShippedModuleRules.Repo> repos = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            URI uri = URI.create(line.strip());
            Repository repo;
            try {
                repo = features.getRepository(uri);
            } catch (Exception e) {
                repo = null;
            }
            if (repo == null) {
                repos.add(new ShippedModuleRules.Repo(uri, null));
                continue;
            }
            List<ShippedModuleRules.Feature> fs = new ArrayList<>();
            try {
                for (org.apache.karaf.features.Feature f : repo.getFeatures()) {
                    fs.add(new ShippedModuleRules.Feature(f.getName(), f.getVersion(), features.isInstalled(f),
                            features.getState(f.getId()) == FeatureState.Started));
                }
            } catch (Exception e) {
                throw new IOException("features of repository " + uri + ": " + e.getMessage(), e);
            }
            repos.add(new ShippedModuleRules.Repo(uri, fs));
        }
        return repos;
    }
}
