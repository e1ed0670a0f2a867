package de.ikz.fruehehilfen.internal.visits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.persistence.Session;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.families.Referral;
import de.ikz.fruehehilfen.internal.pool.FundingArea;

/**
 * The family-midwife service in figures, per partner (the family's owning youth office) over a
 * period: what the reports (steering report, proof of use) and the measures read. A DS service
 * ({@link VisitService} implements it). Sums only: no family id, no personal data; reading the
 * figures writes no access-log entry.
 * <p>
 * Rules: a period includes both days. A <b>new case</b> opened in the period; a <b>family served</b>
 * had its case open on at least one day of the period (so every family with a contact in the
 * period counts); <b>contacts</b>, their <b>minutes</b> and <b>referrals</b> are those dated in the
 * period. Every contact of the service counts to funding area {@link FundingArea#II} (psychosocial
 * support by health professionals); network coordination work (area I) is the pool's.
 * <b>Hours</b> are the minutes / 60, rounded HALF_UP to 2 decimals per partner; the total is the sum
 * of the partners' hours, so the rows add up to the cent; the exact minutes are kept beside them.
 */
public interface ServiceFigures {

    /**
     * The figures of one partner youth office.
     *
     * @param office             participant id of the owning youth office
     * @param newCases           cases opened in the period
     * @param families           cases open on at least one day of the period
     * @param contacts           contacts in the period
     * @param contactsByKind     contacts by kind (every kind present, 0 where none)
     * @param minutes            contact minutes in the period, exact
     * @param hours              {@link #hoursOf(long) hoursOf(minutes)}
     * @param hoursByArea        hours per funding area (every area present; contacts count to II)
     * @param referrals          referrals to other services made in contacts of the period
     * @param referralsByService referrals by service (every service present)
     * @param referredBy         new cases by who referred the family (every referrer present)
     */
    record PartnerFigures(String office, int newCases, int families, int contacts, Map<ContactKind, Integer> contactsByKind,
                          long minutes, BigDecimal hours, Map<FundingArea, BigDecimal> hoursByArea, int referrals,
                          Map<ReferralService, Integer> referralsByService, Map<Referral, Integer> referredBy) {
        public PartnerFigures {
            contactsByKind = Map.copyOf(contactsByKind);
            hoursByArea = Map.copyOf(hoursByArea);
            referralsByService = Map.copyOf(referralsByService);
            referredBy = Map.copyOf(referredBy);
        }

        /** Nothing in the period: no family served, no new case, no contact. */
        public boolean empty() {
            return families == 0 && contacts == 0 && newCases == 0;
        }
    }

    /**
     * The figures of a period.
     *
     * @param from     first day
     * @param to       last day
     * @param partners one entry per owning youth office with a family served, a new case or a contact in the
     *                 period, ordered by office id
     * @param total    the sum over {@code partners} (office {@code null}); hours are the sum of the partners' hours
     */
    record Figures(LocalDate from, LocalDate to, List<PartnerFigures> partners, PartnerFigures total) {
        public Figures {
            partners = List.copyOf(partners);
        }

        /** The partner's figures, all zero when it has nothing in the period. */
        public PartnerFigures of(String office) {
            return partners.stream().filter(p -> p.office().equals(office)).findFirst().orElse(ServiceFigures.zero(office));
        }
    }

    /**
     * The figures the caller may read: the coordinator and the auditor every partner; partner staff its own
     * office only (the other offices are left out, the total is its own); nobody else (FORBIDDEN).
     * The period is refused (field {@code to}) when {@code to} is before {@code from}; both are required (field
     * {@code from} / {@code to}).
     */
    Figures figures(Caller caller, String tenantId, LocalDate from, LocalDate to);

    /**
     * Every partner of the tenant, unchecked: for a service of this module that has already authorised its caller
     * (reports, measures). Opens its own transaction.
     */
    Figures figures(String tenantId, LocalDate from, LocalDate to);

    /** As {@link #figures(String, LocalDate, LocalDate)}, inside the caller's transaction. */
    Figures figures(Session session, String tenantId, LocalDate from, LocalDate to);

    /** Minutes as hours: / 60, HALF_UP to 2 decimals. */
    static BigDecimal hoursOf(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** A partner with nothing in the period. */
    static PartnerFigures zero(String office) {
        Map<ContactKind, Integer> kinds = new EnumMap<>(ContactKind.class);
        for (ContactKind k : ContactKind.values()) {
            kinds.put(k, 0);
        }
        Map<FundingArea, BigDecimal> areas = new EnumMap<>(FundingArea.class);
        for (FundingArea a : FundingArea.values()) {
            areas.put(a, BigDecimal.ZERO.setScale(2));
        }
        Map<ReferralService, Integer> services = new EnumMap<>(ReferralService.class);
        for (ReferralService s : ReferralService.values()) {
            services.put(s, 0);
        }
        Map<Referral, Integer> referrers = new EnumMap<>(Referral.class);
        for (Referral r : Referral.values()) {
            referrers.put(r, 0);
        }
        return new PartnerFigures(office, 0, 0, 0, kinds, 0, BigDecimal.ZERO.setScale(2), areas, 0, services, referrers);
    }
}
