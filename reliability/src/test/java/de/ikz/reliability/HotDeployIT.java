package de.ikz.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A module updated again and again must not keep its old classes: 12 remove/re-add cycles of the guardianship KAR
 * under a read load (the benchmark, {@link HotDeployBench}, runs 50). Bounds, from cycle 4 (caches filled) to
 * cycle 12: classes loaded and not unloaded after a full GC grow by at most 100 (one leaked module generation is about
 * 170 classes: 8 leaked generations would be over 1,300), threads by at most 4; no read fails.
 */
class HotDeployIT {

    @Test
    void moduleUpdatesUnderLoadFailNoRequestAndLeaveNoClassesBehind() throws Exception {
        HotDeployBench.Result r = HotDeployBench.cycles("hotdeploy-it-home", 12, 4);
        List<HotDeployBench.Sample> s = r.samples();
        Installation.log("hot deploy cycles: " + s + ", reads ok " + r.readsOk() + ", failed " + r.readsFailed());
        HotDeployBench.Sample warm = s.stream().filter(x -> x.cycle() == 4).findFirst().orElseThrow();
        HotDeployBench.Sample last = s.get(s.size() - 1);
        assertThat(last.cycle()).isEqualTo(12);
        assertThat(r.readsFailed()).as("reads that failed during the cycles").isZero();
        assertThat(r.readsOk()).isPositive();
        assertThat(last.classes() - warm.classes()).as("classes kept from cycle 4 to 12: " + s).isLessThanOrEqualTo(100);
        assertThat(last.threads() - warm.threads()).as("threads from cycle 4 to 12: " + s).isLessThanOrEqualTo(4);
    }
}
