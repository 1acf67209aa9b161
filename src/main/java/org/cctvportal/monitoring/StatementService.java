package org.cctvportal.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.partner.PartnerService;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.LondonTime;

/**
 * Monthly recharge statements, built from approved occurrences starting in the month (Europe/London): a partner reads
 * its own; the hub's operator every partner its hubs serve (its named path); the PCC office the totals (its path).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatementService {

    @Inject
    EntityManager entityManager;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    TenantContext tenant;

    @Inject
    PartnerService partners;

    @Inject
    HubService hubs;

    @Inject
    Clock clock;

    @Inject
    StatementConfig config;

    public YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(LondonTime.ZONE));
    }

    public Statement own(YearMonth month) {
        return own(month, month).get(month);
    }

    /**
     * The caller's own statements of the months from {@code first} to {@code last}, each as {@link #own(YearMonth)}
     * gives it, read in one pass over the partner's bookings rather than one pass a month.
     */
    public Map<YearMonth, Statement> own(YearMonth first, YearMonth last) {
        String me = tenant.requirePartner();
        // The partner as a bound value, so the months' occurrences are read by the partner's index (app_partner()
        // goes through a function PostgreSQL cannot use ahead of the row-level policies).
        Map<YearMonth, List<Statement.Usage>> byMonth = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m, new ArrayList<>());
        }
        usage(first, last, "and b.partner_id = ?3 and o.partner_id = ?3 ", me)
                .forEach((m, usage) -> byMonth.get(m).addAll(usage));
        String name = partners.own().name;
        Map<YearMonth, Statement> statements = new LinkedHashMap<>();
        TariffSchedule tariffs = TariffSchedule.read();
        byMonth.forEach((m, usage) -> statements.put(m, Statement.build(me, name, m, usage, tariffs,
                config.vatRate())));
        return statements;
    }

    /** Statements of every partner with bookings at the caller's hubs. */
    public List<Statement> served(YearMonth month) {
        // The operator as a bound value (see own): its hubs' occurrences are read by the hubs' index.
        return crossPartner.read(CrossPartnerPath.HUB_BOOKINGS, () -> statements(month,
                "and h.operator_partner_id = ?3 ", tenant.requirePartner()));
    }

    /** Every partner's statement of the partnership, for the PCC office's totals. */
    public List<Statement> totals(YearMonth month) {
        // The partnership as a bound value (see own): its partners' occurrences by the partner index.
        return crossPartner.read(CrossPartnerPath.MONITORING_TOTALS, () -> statements(month,
                "and o.partner_id in (select pp.id from partner pp where pp.partnership_id = ?3) ",
                tenant.partnershipId()));
    }

    private List<Statement> statements(YearMonth month, String where, String bound) {
        Map<String, String> names = hubs.partnerNames();
        Map<String, List<Statement.Usage>> byPartner = new LinkedHashMap<>();
        usage(month, month, where, bound).getOrDefault(month, List.of()).forEach(u -> byPartner.computeIfAbsent(u.partnerId(), k -> new ArrayList<>()).add(u));
        List<Statement> statements = new ArrayList<>();
        TariffSchedule tariffs = TariffSchedule.read();
        byPartner.forEach((partner, usage) -> statements.add(Statement.build(partner,
                names.getOrDefault(partner, partner), month, usage, tariffs, config.vatRate())));
        statements.sort(java.util.Comparator.comparing(Statement::partnerName));
        return statements;
    }

    /**
     * Each approved booking's occurrences starting in the months, one row per occurrence (delivered when it ended by
     * now), gathered per booking and month in the order the database gives them.
     */
    @SuppressWarnings("unchecked")
    private Map<YearMonth, List<Statement.Usage>> usage(YearMonth first, YearMonth last, String where,
            String partner) {
        Instant from = first.atDay(1).atStartOfDay(LondonTime.ZONE).toInstant();
        Instant to = last.plusMonths(1).atDay(1).atStartOfDay(LondonTime.ZONE).toInstant();
        Instant now = clock.instant();
        jakarta.persistence.Query query = entityManager.createNativeQuery("select b.id, b.partner_id, h.name, "
                + "h.cameras_per_operator, b.camera_group, b.cameras, b.customer_kind, lower(o.period), "
                + "upper(o.period), to_char(lower(o.period) at time zone '" + LondonTime.ZONE.getId()
                + "', 'YYYY-MM') as month "
                + "from booking_occurrence o join booking b on b.id = o.booking_id join hub h on h.id = b.hub_id "
                + "where o.approved and lower(o.period) >= ?1 and lower(o.period) < ?2 " + where
                + "order by h.name, b.id, lower(o.period)")
                .setParameter(1, utc(from)).setParameter(2, utc(to));
        if (partner != null) {
            query.setParameter(3, partner);
        }
        List<Object[]> rows = query.getResultList();
        Map<YearMonth, Map<Long, Statement.Usage>> byMonth = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Instant start = instant(r[7]);
            Instant end = instant(r[8]);
            long bookingId = ((Number) r[0]).longValue();
            Map<Long, Statement.Usage> bookings = byMonth.computeIfAbsent(YearMonth.parse((String) r[9]),
                    m -> new LinkedHashMap<>());
            Statement.Usage before = bookings.get(bookingId);
            List<Occurrences.Period> delivered = new ArrayList<>(before == null ? List.of() : before.delivered());
            if (!end.isAfter(now)) {
                delivered.add(new Occurrences.Period(start, end));
            }
            long minutes = java.time.Duration.between(start, end).toMinutes()
                    + (before == null ? 0 : before.bookedMinutes());
            bookings.put(bookingId, new Statement.Usage(bookingId, (String) r[1], (String) r[2],
                    ((Number) r[3]).intValue(), (String) r[4], ((Number) r[5]).intValue(),
                    CustomerKind.valueOf((String) r[6]), minutes, delivered));
        }
        Map<YearMonth, List<Statement.Usage>> usage = new LinkedHashMap<>();
        byMonth.forEach((month, bookings) -> usage.put(month, List.copyOf(bookings.values())));
        return usage;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("not a time: " + value);
    }

    /** VAT as configured, a fraction of the net total. */
    public java.math.BigDecimal vatRate() {
        return config.vatRate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
