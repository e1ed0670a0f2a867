package de.ikz.core.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as a shipped module that is not running, and what a repair installs: plain decisions over a
 * snapshot of the installed KARs, without Karaf types, so they are tested without a container.
 *
 * <p>The rule: a module is <em>shipped</em> while its KAR is installed, i.e. Karaf's KAR deployer has unpacked it
 * under {@code data/kar/<kar name>} (it does so for every KAR in {@code deploy/}, and removes the folder again when
 * the KAR is deleted from {@code deploy/}). Of the repositories a KAR lists in its {@code features.cfg}, the
 * features named {@value #PREFIX}{@code <id>} are the platform's modules; other KARs and other features are not
 * ours and are ignored. A shipped module is <em>not running</em> when its feature is not started, or its module
 * {@code <id>} is not in the module registry. A deploy interrupted before the repository was registered (or before
 * {@code features.cfg} was written) is recognised by the KAR name {@code ikz-module-<id>-kar[-<version>]}.
 */
final class ShippedModuleRules {

    static final String PREFIX = "ikz-module-";
    private static final Pattern KAR_NAME = Pattern.compile(Pattern.quote(PREFIX) + "([a-z][a-z0-9-]*?)-kar(-.*)?");

    /** One installed KAR; {@code repositories} is null when its {@code features.cfg} is missing. */
    record Kar(String name, List<Repo> repositories) {
    }

    /** One repository a KAR lists; {@code features} is null when the features service does not know it. */
    record Repo(URI uri, List<Feature> features) {
    }

    /** A feature of a KAR's repository and its state in the features service. */
    record Feature(String name, String version, boolean installed, boolean started) {
    }

    /** A feature the repair installs, with the KAR it comes from. */
    record Install(String name, String version, String kar) {
    }

    private ShippedModuleRules() {
    }

    /** The module id a feature name stands for: {@code ikz-module-<id>} → {@code <id>}. */
    static Optional<String> moduleOfFeature(String featureName) {
        return featureName != null && featureName.startsWith(PREFIX) && featureName.length() > PREFIX.length()
                ? Optional.of(featureName.substring(PREFIX.length())) : Optional.empty();
    }

    /** The module id a KAR name stands for: {@code ikz-module-<id>-kar[-<version>]} → {@code <id>}. */
    static Optional<String> moduleOfKar(String karName) {
        Matcher m = karName == null ? null : KAR_NAME.matcher(karName);
        return m != null && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Ids of the shipped modules that do not run, sorted and without duplicates. */
    static List<String> notRunning(Collection<Kar> kars, Set<String> registered) {
        Set<String> out = new TreeSet<>();
        for (Kar kar : kars) {
            if (kar.repositories() == null) {
                moduleOfKar(kar.name()).ifPresent(out::add);
                continue;
            }
            for (Repo repo : kar.repositories()) {
                if (repo.features() == null) {
                    moduleOfKar(kar.name()).ifPresent(out::add);
                    continue;
                }
                for (Feature f : repo.features()) {
                    moduleOfFeature(f.name()).filter(id -> !f.started() || !registered.contains(id)).ifPresent(out::add);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The ids that have been not running for at least {@code grace}: {@code since} remembers when each id was first
     * seen not running (updated here: ids running again are forgotten), so a module that is only being deployed or
     * removed (a few seconds) does not make a node leave its load balancer.
     */
    static List<String> overGrace(Map<String, Instant> since, List<String> current, Instant now, Duration grace) {
        since.keySet().retainAll(current);
        List<String> out = new ArrayList<>();
        for (String id : current) {
            Instant first = since.computeIfAbsent(id, k -> now);
            if (!first.plus(grace).isAfter(now)) {
                out.add(id);
            }
        }
        return List.copyOf(out);
    }

    /** Repositories of the platform's module KARs that the features service does not know (to add first). */
    static List<URI> repositoriesToAdd(Collection<Kar> kars) {
        List<URI> out = new ArrayList<>();
        for (Kar kar : kars) {
            if (kar.repositories() != null && moduleOfKar(kar.name()).isPresent()) {
                kar.repositories().stream().filter(r -> r.features() == null).map(Repo::uri).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * The module features that are not installed at all. A feature that is installed but not started is left
     * alone (reinstalling would not start it; health reports it and its bundle's log says why).
     */
    static List<Install> toInstall(Collection<Kar> kars) {
        List<Install> out = new ArrayList<>();
        for (Kar kar : kars) {
            if (kar.repositories() == null) {
                continue;
            }
            for (Repo repo : kar.repositories()) {
                if (repo.features() == null) {
                    continue;
                }
                for (Feature f : repo.features()) {
                    if (!f.installed() && moduleOfFeature(f.name()).isPresent()) {
                        out.add(new Install(f.name(), f.version(), kar.name()));
                    }
                }
            }
        }
        return out;
    }
}
