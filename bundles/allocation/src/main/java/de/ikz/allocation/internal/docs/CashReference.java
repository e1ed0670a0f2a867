package de.ikz.allocation.internal.docs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import de.ikz.api.allocation.AllocationRun;

/**
 * The Kassenzeichen of a notice: the reference a partner's treasury pays with and the issuing
 * treasury books against. One per partner and run, unique within a tenant, and stable: it is made
 * of the run's fiscal year, the run's tenant-wide serial number (given once when the run is stored,
 * never changed) and the partner's position in the run (a run is immutable), plus two check digits
 * (ISO 7064 MOD 97-10, as in the IBAN) so that a mistyped reference is noticed. Digits only apart
 * from the dashes, so every treasury system accepts it: {@code 2027-00012-00003-47}.
 *
 * <p>Hand-written: it is a format of this platform, four lines of arithmetic.
 */
public final class CashReference {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{5})-(\\d{5})-(\\d{2})");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private CashReference() {
    }

    /**
     * The Kassenzeichen.
     *
     * @param fiscalYear the run's fiscal year
     * @param serial     the run's serial number within its tenant, 1–99,999
     * @param position   the partner's position in the run's shares, 1–99,999
     */
    public static String of(int fiscalYear, int serial, int position) {
        if (fiscalYear < 1000 || fiscalYear > 9999 || serial < 1 || serial > 99_999 || position < 1 || position > 99_999) {
            throw new IllegalArgumentException("no Kassenzeichen for year " + fiscalYear + ", run " + serial + ", partner " + position);
        }
        String digits = String.format("%04d%05d%05d", fiscalYear, serial, position);
        int check = 98 - new BigInteger(digits + "00").mod(NINETY_SEVEN).intValue();
        return String.format("%s-%s-%s-%02d", digits.substring(0, 4), digits.substring(4, 9), digits.substring(9), check);
    }

    /**
     * The run with the Kassenzeichen of every partner's notice, made of the run's serial number; the run itself
     * if it has none (not stored yet, or stored before serials existed and not numbered).
     */
    public static AllocationRun assign(AllocationRun run, int serial) {
        if (run == null || serial <= 0) {
            return run;
        }
        List<AllocationRun.Share> shares = new ArrayList<>(run.shares().size());
        for (int i = 0; i < run.shares().size(); i++) {
            shares.add(run.shares().get(i).withCashReference(of(run.fiscalYear(), serial, i + 1)));
        }
        return new AllocationRun(run.id(), run.tenantId(), run.agreementId(), run.agreementVersion(), run.fiscalYear(),
                run.version(), run.kind(), run.createdAt(), run.createdBy(), run.amount(), run.actualCost(), run.grants(),
                run.rounding(), run.keyDescription(), run.inputs(), shares, run.instalments(), run.settlement());
    }

    /** Whether a text is a Kassenzeichen of this form with correct check digits. */
    public static boolean valid(String reference) {
        if (reference == null || !FORM.matcher(reference).matches()) {
            return false;
        }
        String digits = reference.replace("-", "");
        return new BigInteger(digits).mod(NINETY_SEVEN).intValue() == 1;
    }
}
