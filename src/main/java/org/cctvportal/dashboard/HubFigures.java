package org.cctvportal.dashboard;

import org.cctvportal.monitoring.CustomerKind;
import org.cctvportal.monitoring.MonitoringLinks;
import org.cctvportal.monitoring.StatementService;
import org.cctvportal.platform.web.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cctvportal.monitoring.HubBookings;
import org.cctvportal.monitoring.HubCapacity;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.monitoring.MonitoringFigures;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.rota.CoverageService;
import org.cctvportal.rota.ProfileBreaks;
import org.cctvportal.rota.ShiftService;

/**
 * The hub dashboard's figures, read live for the hubs the caller's partner runs: this month's camera-hours booked
 * by every partner (through {@link CrossPartnerPath#HUB_BOOKINGS}) against the hub's capacity, the rota's coverage
 * gaps in the next 14 days, the bookings waiting for a decision and the shifts ahead that operators' profiles break. The same definitions as the PCC office's figures.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HubFigures {

    @Inject
    MonitoringFigures monitoringFigures;

    @Inject
    HubCapacity hubCapacity;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    ShiftService shiftService;

    @Inject
    CoverageService coverage;

    @Inject
    HubBookings bookings;

    @Inject
    ProfileBreaks breaks;

    @Inject
    StatementService statements;

    @Inject
    Clock clock;

    /** One hub's live figures. */
    public record Figures(long id, String name, BigDecimal bookedCameraHours, BigDecimal capacityCameraHours,
            long gaps, BigDecimal gapHours, long waiting, List<ProfileBreaks.Broken> broken) {
    }

    /**
     * What the partners the caller's hubs serve were charged, net of VAT, per kind of customer, this month and the
     * five before: their statements as the hub's supervisor reads them, taken live like the other hub figures.
     */
    public List<DashboardPages.KindIncome> income() {
        YearMonth month = statements.currentMonth();
        List<DashboardPages.KindIncome> income = new ArrayList<>();
        for (YearMonth m = month.minusMonths(DashboardFigures.RECHARGE_MONTHS - 1); !m.isAfter(month);
                m = m.plusMonths(1)) {
            Map<CustomerKind, BigDecimal> byKind = new java.util.EnumMap<>(CustomerKind.class);
            statements.served(m).forEach(s -> s.totalsByKind().forEach((k, a) -> byKind.merge(k, a, BigDecimal::add)));
            income.add(new DashboardPages.KindIncome(m.toString(), DashboardFormats.month(m),
                    Formats.money(byKind.getOrDefault(CustomerKind.COUNCIL, BigDecimal.ZERO)),
                    Formats.money(byKind.getOrDefault(CustomerKind.BUSINESS, BigDecimal.ZERO)),
                    Formats.money(byKind.getOrDefault(CustomerKind.POLICE, BigDecimal.ZERO)),
                    MonitoringLinks.statementsOf(m)));
        }
        return income;
    }

    public List<Figures> mine() {
        YearMonth month = YearMonth.now(clock.withZone(LondonTime.ZONE));
        Instant from = month.atDay(1).atStartOfDay(LondonTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(LondonTime.ZONE).toInstant();
        Instant now = clock.instant();
        List<HubRef> hubs = shiftService.myHubs();
        Map<Long, Long> waiting = bookings.queue().stream()
                .collect(Collectors.groupingBy(n -> n.booking().hubId, Collectors.counting()));
        List<Figures> figures = new ArrayList<>();
        for (HubRef hub : hubs) {
            BigDecimal booked = crossPartner.read(CrossPartnerPath.HUB_BOOKINGS,
                    () -> monitoringFigures.bookedCameraHours(hub.id(), from, to));
            BigDecimal capacity = BigDecimal.valueOf(hubCapacity.cameraHours(hub, from, to));
            List<CoverageService.Gap> gaps = coverage.gaps(hub.id(), now, now.plus(DashboardFigures.GAP_HORIZON));
            long gapMinutes = gaps.stream().mapToLong(g -> Duration.between(g.startsAt(), g.endsAt()).toMinutes())
                    .sum();
            figures.add(new Figures(hub.id(), hub.name(), booked, capacity, gaps.size(),
                    BigDecimal.valueOf(gapMinutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP),
                    waiting.getOrDefault(hub.id(), 0L), breaks.ahead(hub.id())));
        }
        return figures;
    }
}
