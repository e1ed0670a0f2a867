package de.ikz.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;

import de.ikz.core.internal.ShippedModuleRules.Feature;
import de.ikz.core.internal.ShippedModuleRules.Install;
import de.ikz.core.internal.ShippedModuleRules.Kar;
import de.ikz.core.internal.ShippedModuleRules.Repo;

import org.junit.jupiter.api.Test;

class ShippedModuleRulesTest {

    static final String KAR = "ikz-module-vormundschaft-kar-0.1.0-SNAPSHOT";
    static final URI REPO = URI.create("mvn:de.ikz.platform/ikz-module-vormundschaft-kar/0.1.0-SNAPSHOT/xml/features");

    static Kar kar(Feature... features) {
        return new Kar(KAR, List.of(new Repo(REPO, List.of(features))));
    }

    static Feature module(boolean installed, boolean started) {
        return new Feature("ikz-module-vormundschaft", "0.1.0.SNAPSHOT", installed, started);
    }

    @Test
    void aRunningRegisteredModuleIsFine() {
        assertThat(ShippedModuleRules.notRunning(List.of(kar(module(true, true))), Set.of("vormundschaft"))).isEmpty();
        assertThat(ShippedModuleRules.toInstall(List.of(kar(module(true, true))))).isEmpty();
    }

    @Test
    void anInterruptedDeployIsReportedAndInstalled() {
        List<Kar> kars = List.of(kar(module(false, false)));
        assertThat(ShippedModuleRules.notRunning(kars, Set.of())).containsExactly("vormundschaft");
        assertThat(ShippedModuleRules.toInstall(kars))
                .containsExactly(new Install("ikz-module-vormundschaft", "0.1.0.SNAPSHOT", KAR));
    }

    @Test
    void startedButNotRegisteredIsNotRunningButNotReinstalled() {
        List<Kar> kars = List.of(kar(module(true, true)));
        assertThat(ShippedModuleRules.notRunning(kars, Set.of("other"))).containsExactly("vormundschaft");
        assertThat(ShippedModuleRules.toInstall(kars)).isEmpty();
    }

    @Test
    void installedButNotStartedIsReportedAndLeftAlone() {
        List<Kar> kars = List.of(kar(module(true, false)));
        assertThat(ShippedModuleRules.notRunning(kars, Set.of("vormundschaft"))).containsExactly("vormundschaft");
        assertThat(ShippedModuleRules.toInstall(kars)).isEmpty();
    }

    @Test
    void aRemovedKarIsNotShipped() {
        assertThat(ShippedModuleRules.notRunning(List.of(), Set.of())).isEmpty();
        assertThat(ShippedModuleRules.toInstall(List.of())).isEmpty();
    }

    @Test
    void otherFeaturesAndKarsAreNotOurs() {
        Kar foreign = new Kar("camel-kar-3.0", List.of(new Repo(URI.create("mvn:x/y/1/xml/features"),
                List.of(new Feature("camel-core", "3.0", false, false)))));
        Kar helper = kar(module(true, true), new Feature("some-helper", "1", false, false));
        Kar noCfg = new Kar("camel-kar-3.0", null);
        assertThat(ShippedModuleRules.notRunning(List.of(foreign, helper, noCfg), Set.of("vormundschaft"))).isEmpty();
        assertThat(ShippedModuleRules.toInstall(List.of(foreign, helper, noCfg))).isEmpty();
        assertThat(ShippedModuleRules.repositoriesToAdd(List.of(foreign, helper, noCfg))).isEmpty();
    }

    @Test
    void aRepositoryTheFeaturesServiceLostIsReportedByKarNameAndAdded() {
        List<Kar> kars = List.of(new Kar(KAR, List.of(new Repo(REPO, null))));
        assertThat(ShippedModuleRules.notRunning(kars, Set.of())).containsExactly("vormundschaft");
        assertThat(ShippedModuleRules.repositoriesToAdd(kars)).containsExactly(REPO);
        assertThat(ShippedModuleRules.toInstall(kars)).isEmpty();
    }

    @Test
    void aKarUnpackedWithoutItsRepositoryListIsReported() {
        assertThat(ShippedModuleRules.notRunning(List.of(new Kar(KAR, null)), Set.of())).containsExactly("vormundschaft");
    }

    @Test
    void moduleIdsFromNames() {
        assertThat(ShippedModuleRules.moduleOfKar("ikz-module-fruehe-hilfen-kar-1.2.3")).contains("fruehe-hilfen");
        assertThat(ShippedModuleRules.moduleOfKar("ikz-module-x1-kar")).contains("x1");
        assertThat(ShippedModuleRules.moduleOfKar("ikz-features-1.0")).isEmpty();
        assertThat(ShippedModuleRules.moduleOfFeature("ikz-module-vormundschaft")).contains("vormundschaft");
        assertThat(ShippedModuleRules.moduleOfFeature("ikz-module-")).isEmpty();
        assertThat(ShippedModuleRules.moduleOfFeature("ikz-core")).isEmpty();
    }
}
