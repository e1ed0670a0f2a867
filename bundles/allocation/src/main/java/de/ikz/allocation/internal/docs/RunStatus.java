package de.ikz.allocation.internal.docs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.ikz.api.allocation.AllocationRun;
import de.ikz.kit.text.GermanFormat;

/**
 * Whether a run is the one in force for its year and kind, and if not, which later run replaced it
 * and why. Runs are never changed; running again makes a new version, and every document of an
 * older version must say that it is no longer the one to pay by.
 *
 * @param supersededBy the next run of the same year and kind, or null if this is the latest
 * @param latest       the latest run of the same year and kind (this one if current)
 * @param replaces     the previous run of the same year and kind, or null
 * @param reasons      what differs from {@code supersededBy}, in German (empty if current)
 */
public record RunStatus(AllocationRun supersededBy, AllocationRun latest, AllocationRun replaces, List<String> reasons) {

    /** The status of {@code run} among all runs of its agreement. */
    public static RunStatus of(AllocationRun run, List<AllocationRun> runsOfAgreement) {
        List<AllocationRun> same = runsOfAgreement.stream()
                .filter(r -> r.fiscalYear() == run.fiscalYear() && Objects.equals(r.kind(), run.kind()))
                .sorted(java.util.Comparator.comparingInt(AllocationRun::version)).toList();
        AllocationRun next = same.stream().filter(r -> r.version() > run.version()).findFirst().orElse(null);
        AllocationRun previous = same.stream().filter(r -> r.version() < run.version()).reduce((a, b) -> b).orElse(null);
        AllocationRun latest = same.isEmpty() ? run : same.get(same.size() - 1);
        if (latest.version() < run.version()) {
            latest = run;
        }
        return new RunStatus(next, latest, previous, next == null ? List.of() : differences(run, next));
    }

    /** A run on its own (a preview, or no other runs known). */
    public static RunStatus alone(AllocationRun run) {
        return new RunStatus(null, run, null, List.of());
    }

    public boolean current() {
        return supersededBy == null;
    }

    /** What changed from {@code a} to {@code b}, as short German phrases. */
    static List<String> differences(AllocationRun a, AllocationRun b) {
        List<String> why = new ArrayList<>();
        if (a.agreementVersion() != b.agreementVersion()) {
            why.add("Vereinbarung in Fassung " + b.agreementVersion() + " statt " + a.agreementVersion());
        }
        if (!same(a.actualCost(), b.actualCost())) {
            why.add("tatsächliche Kosten " + GermanFormat.money(a.actualCost()) + " → " + GermanFormat.money(b.actualCost()));
        }
        if (!same(a.grants(), b.grants())) {
            why.add("Zuschüsse " + GermanFormat.money(a.grants()) + " → " + GermanFormat.money(b.grants()));
        }
        if (!same(a.amount(), b.amount())) {
            why.add("umzulegender Betrag " + GermanFormat.money(a.amount()) + " → " + GermanFormat.money(b.amount()));
        }
        if (!Objects.equals(a.keyDescription(), b.keyDescription()) || !Objects.equals(a.rounding(), b.rounding())) {
            why.add("Schlüssel oder Rundung geändert");
        }
        if (!figures(a).equals(figures(b))) {
            why.add("Kennzahlen der Partner geändert");
        }
        if (!a.shares().stream().map(AllocationRun.Share::partnerId).toList()
                .equals(b.shares().stream().map(AllocationRun.Share::partnerId).toList())) {
            why.add("Kreis der zahlenden Partner geändert");
        }
        if (why.isEmpty()) {
            why.add(sameShares(a, b) ? "erneut berechnet, Anteile unverändert" : "Anteile neu berechnet");
        }
        return why;
    }

    private static List<String> figures(AllocationRun r) {
        return r.inputs().stream().map(i -> i.partnerId() + "|" + i.figure() + "|"
                + (i.value() == null ? "" : i.value().stripTrailingZeros().toPlainString()) + "|" + i.referenceDate()).toList();
    }

    private static boolean sameShares(AllocationRun a, AllocationRun b) {
        if (a.shares().size() != b.shares().size()) {
            return false;
        }
        for (int i = 0; i < a.shares().size(); i++) {
            if (!same(a.shares().get(i).payable(), b.shares().get(i).payable())) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }
}
