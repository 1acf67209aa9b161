package org.cctvportal.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cctvportal.estate.CameraDirectory;
import org.cctvportal.estate.CameraRef;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.LondonTime;

/**
 * Monitoring sold to a business, as the Mansfield report is after: Kingsmead Quarter Shopping Centre in Milton Keynes
 * (admitted by the PCC office with its monitoring-only cameras, by the partner and estate demos) is proposed by the
 * operator for its Milton Keynes hub, the PCC office agrees, and the centre books its late-night shopping Thursdays
 * from the start of last month (approved, so last month's statement charges it at the business tariff) and asks for
 * its Saturday trading ahead, which waits for the hub. Through the same services as the pages. Idempotent.
 */
@ApplicationScoped
public class BusinessDemo implements DemoSeed {

    static final String BUSINESS = "tv-kingsmead";

    @Inject
    UnattendedWork unattended;

    @Inject
    HubServing serving;

    @Inject
    BookingService bookings;

    @Inject
    HubDecisions decisions;

    @Inject
    CameraDirectory directory;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "business";
    }

    @Override
    public Set<String> after() {
        return Set.of("monitoring", "estate", "rota", "hub-opening");
    }

    @Override
    public void seed() {
        Long hub = operator(() -> {
            Hub mk = Hub.<Hub>list("name", "Milton Keynes hub").stream().findFirst().orElse(null);
            if (mk == null || mk.serves(BUSINESS)
                    || serving.proposals(mk.id).stream().anyMatch(p -> p.partnerId().equals(BUSINESS))) {
                return null;
            }
            serving.propose(mk.id, BUSINESS);
            return mk.id;
        });
        if (hub == null) {
            return;
        }
        as("tv-opcc", () -> {
            serving.agree(hub, BUSINESS);
            return null;
        });
        LocalDate today = clock.instant().atZone(LondonTime.ZONE).toLocalDate();
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(1);
        long thursdays = as(BUSINESS, () -> bookings.request(new BookingRequest(hub, "Late-night shopping Thursdays",
                6, Booking.Recurrence.WEEKLY, null, null, EnumSet.of(DayOfWeek.THURSDAY), LocalTime.of(17, 0),
                LocalTime.of(22, 0), lastMonth, lastMonth.plusMonths(4), Booking.Priority.ROUTINE, null,
                tags(6, "Kingsmead Quarter malls"))).id);
        operator(() -> {
            decisions.approve(thursdays);
            return null;
        });
        LocalDate saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).plusWeeks(1);
        as(BUSINESS, () -> bookings.request(new BookingRequest(hub, "Saturday trading, malls and car park", 10,
                Booking.Recurrence.WEEKLY, null, null, EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0),
                LocalTime.of(18, 0), saturday, saturday.plusWeeks(5), Booking.Priority.ROUTINE,
                "Busiest weeks of the year: the car park fills by 11:00",
                tags(10, "Kingsmead Quarter malls", "Kingsmead Quarter car park"))));
    }

    private List<String> tags(int count, String... sites) {
        return directory.inUse(count, List.of(sites)).stream().map(CameraRef::assetTag).toList();
    }

    private <T> T operator(java.util.function.Supplier<T> work) {
        return as(MonitoringDemo.OPERATOR, work);
    }

    private <T> T as(String partner, java.util.function.Supplier<T> work) {
        return unattended.forPartner(partner, MonitoringDemo.PARTNERSHIP, work);
    }
}
