package de.ikz.fruehehilfen.internal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.persistence.Session;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.families.Offices;
import de.ikz.fruehehilfen.internal.families.Referral;
import de.ikz.fruehehilfen.internal.pool.CostType;
import de.ikz.fruehehilfen.internal.pool.FundingArea;
import de.ikz.fruehehilfen.internal.pool.PoolFigures;
import de.ikz.fruehehilfen.internal.pool.PoolFigures.Amounts;
import de.ikz.fruehehilfen.internal.pool.PoolSettings;
import de.ikz.fruehehilfen.internal.pool.ReceiptKind;
import de.ikz.fruehehilfen.internal.visits.ContactKind;
import de.ikz.fruehehilfen.internal.visits.ReferralService;
import de.ikz.fruehehilfen.internal.visits.ServiceFigures;

/**
 * What the reports read from the pool and the visits parts, as fixed inputs a test sets: per
 * partner money and per office counts. Totals are the sums of the inputs, as the parts promise.
 */
final class Inputs {

    static final String KREIS = "ja-kreis-heinsberg";
    static final String ERKELENZ = "ja-erkelenz";
    static final String GEILENKIRCHEN = "ja-geilenkirchen";

    static Offices offices() {
        return new Offices() {
            @Override
            public String ownerOf(Caller caller, String tenantId, String ags, LocalDate on, String field) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Participant> offices(Caller caller, String tenantId) {
                return List.of(new Participant(KREIS, ParticipantKind.YOUTH_OFFICE, "Kreisjugendamt Heinsberg", null, null, List.of()),
                        new Participant(ERKELENZ, ParticipantKind.YOUTH_OFFICE, "Jugendamt Erkelenz", null, null, List.of()),
                        new Participant(GEILENKIRCHEN, ParticipantKind.YOUTH_OFFICE, "Jugendamt Geilenkirchen", null, null, List.of()));
            }
        };
    }

    // ------------------------------------------------------------------------------ pool

    /** One partner's money: granted, own share, received, spent per area (I, II, III), returned. */
    record Money(String partner, String name, String granted, String ownShare, String received, String spentI, String spentII,
                 String spentIII, String returned) {
    }

    /** The pool of a year as the pool part answers it; partner staff get only their own partner, as there. */
    static final class Pool implements PoolYears {
        final Map<Integer, List<Money>> years = new LinkedHashMap<>();
        final Map<Integer, Map<FundingArea, Map<CostType, BigDecimal>>> lines = new LinkedHashMap<>();

        Pool year(int year, Map<FundingArea, Map<CostType, BigDecimal>> spent, Money... partners) {
            years.put(year, List.of(partners));
            lines.put(year, spent);
            return this;
        }

        @Override
        public PoolFigures figures(Caller caller, String tenantId, int year) {
            List<Money> money = years.getOrDefault(year, List.of());
            List<PoolFigures.PartnerFigures> partners = new ArrayList<>();
            List<Amounts> all = new ArrayList<>();
            for (Money m : money) {
                Amounts a = amounts(m);
                all.add(a);
                if (caller.participantId().map(m.partner()::equals).orElse(true)) {
                    partners.add(new PoolFigures.PartnerFigures(m.partner(), m.name(), m.partner().equals(KREIS),
                            LocalDate.of(year, 3, 1), a));
                }
            }
            Amounts total = sum(all);
            PoolSettings settings = new PoolSettings(year, KREIS, new BigDecimal("20"), PoolSettings.ON_TOP, null, null, null,
                    Map.of(), false, false);
            return new PoolFigures(tenantId, year, settings, partners, total, zero(), zero(), total.received(),
                    lines.getOrDefault(year, Map.of()), zero(), total.received().subtract(total.spent()), areas(zero(), zero(), zero()),
                    areas(zero(), zero(), zero()), false, null);
        }

        private static Amounts amounts(Money m) {
            BigDecimal granted = new BigDecimal(m.granted());
            BigDecimal own = new BigDecimal(m.ownShare());
            BigDecimal received = new BigDecimal(m.received());
            Map<FundingArea, BigDecimal> spent = areas(new BigDecimal(m.spentI()), new BigDecimal(m.spentII()),
                    new BigDecimal(m.spentIII()));
            BigDecimal spentAll = spent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal due = granted.add(own);
            BigDecimal unspent = received.subtract(spentAll).max(zero());
            Map<ReceiptKind, BigDecimal> byKind = new EnumMap<>(ReceiptKind.class);
            for (ReceiptKind k : ReceiptKind.values()) {
                byKind.put(k, zero());
            }
            byKind.put(ReceiptKind.GRANT, received);
            return new Amounts(areas(granted, zero(), zero()), granted, own, zero(), zero(), due, byKind, received,
                    due.subtract(received), spent, spentAll, unspent, new BigDecimal(m.returned()), zero());
        }

        private static Amounts sum(List<Amounts> all) {
            java.util.function.Function<java.util.function.Function<Amounts, BigDecimal>, BigDecimal> s =
                    f -> all.stream().map(f).reduce(zero(), BigDecimal::add);
            Map<FundingArea, BigDecimal> spent = new EnumMap<>(FundingArea.class);
            for (FundingArea a : FundingArea.values()) {
                spent.put(a, s.apply(x -> x.spentByArea().get(a)));
            }
            return new Amounts(areas(s.apply(Amounts::granted), zero(), zero()), s.apply(Amounts::granted), s.apply(Amounts::ownShare),
                    zero(), zero(), s.apply(Amounts::due), Map.of(), s.apply(Amounts::received), s.apply(Amounts::outstanding), spent,
                    s.apply(Amounts::spent), s.apply(Amounts::unspent), s.apply(Amounts::returned), zero());
        }
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    static Map<FundingArea, BigDecimal> areas(BigDecimal i, BigDecimal ii, BigDecimal iii) {
        Map<FundingArea, BigDecimal> m = new EnumMap<>(FundingArea.class);
        m.put(FundingArea.I, i);
        m.put(FundingArea.II, ii);
        m.put(FundingArea.III, iii);
        return m;
    }

    /** Spent lines of the pool: area, cost type, amount, ... */
    static Map<FundingArea, Map<CostType, BigDecimal>> lines(Object... areaTypeAmount) {
        Map<FundingArea, Map<CostType, BigDecimal>> m = new EnumMap<>(FundingArea.class);
        for (int i = 0; i < areaTypeAmount.length; i += 3) {
            m.computeIfAbsent((FundingArea) areaTypeAmount[i], k -> new EnumMap<>(CostType.class))
                    .put((CostType) areaTypeAmount[i + 1], new BigDecimal((String) areaTypeAmount[i + 2]));
        }
        return m;
    }

    // ------------------------------------------------------------------------------ service

    /** One office's counts over any period asked for (a test sets them per period it reads). */
    record Counts(String office, int newCases, int families, int contacts, long minutes, int referrals, Map<Referral, Integer> referredBy) {
    }

    /** The visits part's figures: the offices set, the total their sum. */
    static final class Service implements ServiceFigures {
        final List<Counts> offices = new ArrayList<>();
        int calls;

        Service with(Counts... counts) {
            offices.clear();
            offices.addAll(List.of(counts));
            return this;
        }

        @Override
        public Figures figures(Caller caller, String tenantId, LocalDate from, LocalDate to) {
            throw new AssertionError("the reports apply their own rights and read the unchecked figures");
        }

        @Override
        public Figures figures(String tenantId, LocalDate from, LocalDate to) {
            calls++;
            List<PartnerFigures> partners = new ArrayList<>();
            offices.forEach(c -> partners.add(partner(c)));
            Counts sum = new Counts(null, offices.stream().mapToInt(Counts::newCases).sum(), offices.stream().mapToInt(Counts::families).sum(),
                    offices.stream().mapToInt(Counts::contacts).sum(), offices.stream().mapToLong(Counts::minutes).sum(),
                    offices.stream().mapToInt(Counts::referrals).sum(), referred(offices));
            PartnerFigures total = partner(sum);
            BigDecimal hours = partners.stream().map(PartnerFigures::hours).reduce(zero(), BigDecimal::add);
            total = new PartnerFigures(null, total.newCases(), total.families(), total.contacts(), total.contactsByKind(), total.minutes(),
                    hours, total.hoursByArea(), total.referrals(), total.referralsByService(), total.referredBy());
            return new Figures(from, to, partners, total);
        }

        @Override
        public Figures figures(Session session, String tenantId, LocalDate from, LocalDate to) {
            return figures(tenantId, from, to);
        }

        private static Map<Referral, Integer> referred(List<Counts> all) {
            Map<Referral, Integer> m = new EnumMap<>(Referral.class);
            all.forEach(c -> c.referredBy().forEach((k, v) -> m.merge(k, v, Integer::sum)));
            return m;
        }

        private static PartnerFigures partner(Counts c) {
            PartnerFigures z = ServiceFigures.zero(c.office());
            Map<ContactKind, Integer> kinds = new EnumMap<>(z.contactsByKind());
            kinds.put(ContactKind.HOME_VISIT, c.contacts());
            Map<Referral, Integer> referredBy = new EnumMap<>(z.referredBy());
            referredBy.putAll(c.referredBy());
            BigDecimal hours = ServiceFigures.hoursOf(c.minutes());
            return new PartnerFigures(c.office(), c.newCases(), c.families(), c.contacts(), kinds, c.minutes(), hours,
                    areas(zero(), hours, zero()), c.referrals(), new EnumMap<ReferralService, Integer>(z.referralsByService()), referredBy);
        }
    }
}
