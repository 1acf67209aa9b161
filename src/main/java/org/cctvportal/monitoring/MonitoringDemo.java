package org.cctvportal.monitoring;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.estate.CameraDirectory;
import org.cctvportal.estate.CameraRef;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.LondonTime;

/**
 * Thames Valley's hubs and monitoring, seeded on the local stack only through the same services as the pages: the
 * Milton Keynes and Oxford hubs of Oxford Direct Services with staffing plans (tariffs: {@link TariffDemo}), and the
 * councils' bookings since the start of last month (weekend nights approved at both hubs, one request awaiting a
 * decision, one declined, one cancelled), so last month's statements have delivered hours, and a saved group of
 * Milton Keynes cameras to pick on the booking form. Idempotent.
 */
@ApplicationScoped
public class MonitoringDemo implements DemoSeed {

    static final String PARTNERSHIP = "thames-valley";
    static final String OPERATOR = "tv-ods";
    static final Set<DayOfWeek> WEEKEND_NIGHTS = EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    @Inject
    CameraPicker picker;

    @Inject
    UnattendedWork unattended;

    @Inject
    BookingService bookings;

    @Inject
    HubDecisions decisions;

    @Inject
    CameraDirectory directory;

    @Inject
    Clock clock;

    @Inject
    HubServing serving;

    @Override
    public String name() {
        return "monitoring";
    }

    @Override
    public Set<String> after() {
        return Set.of("estate", "people");
    }

    @Override
    public void seed() {
        long[] hubs = operator(this::hubs);
        if (hubs.length == 0) {
            return;
        }
        as("tv-opcc", () -> {
            for (long hub : hubs) {
                serving.proposals(hub).forEach(p -> serving.agree(hub, p.partnerId()));
            }
            return null;
        });
        LocalDate today = clock.instant().atZone(LondonTime.ZONE).toLocalDate();
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(1);
        long mk = hubs[0];
        long oxford = hubs[1];
        long oxfordNights = book("tv-oxford-city", weekly(oxford, "City centre night-time economy",
                cameras("tv-oxford-city", 12, "Cornmarket Street", "Broad Street", "St Aldate's", "Gloucester Green"),
                WEEKEND_NIGHTS, "20:00", "04:00", lastMonth, lastMonth.plusMonths(6), Booking.Priority.HIGH));
        long mkNights = book("tv-milton-keynes", weekly(mk, "Central Milton Keynes evening economy",
                cameras("tv-milton-keynes", 20, "Midsummer Boulevard", "Central Milton Keynes shopping centre"),
                WEEKEND_NIGHTS, "20:00", "04:00", lastMonth, lastMonth.plusMonths(6), Booking.Priority.HIGH));
        List<String> stadium = cameras("tv-milton-keynes", 12, "Milton Keynes Central station",
                "Theatre District car park");
        as("tv-milton-keynes", () -> picker.save(Map.of("groupName", "Station and Theatre District",
                "pick", String.join(",", stadium))));
        long cherwellMarket = book("tv-cherwell", weekly(oxford, "Banbury market days",
                cameras("tv-cherwell", 6, "Banbury town centre"),
                EnumSet.of(DayOfWeek.THURSDAY), "08:00", "16:00", lastMonth, lastMonth.plusMonths(3),
                Booking.Priority.ROUTINE));
        operator(() -> {
            decisions.approve(oxfordNights);
            decisions.approve(mkNights);
            decisions.approve(cherwellMarket);
            return null;
        });
        LocalDate nextThursday = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        book("tv-milton-keynes", weekly(mk, "Stadium MK match days",
                cameras("tv-milton-keynes", 16, "Milton Keynes Central station", "Theatre District car park"), EnumSet.of(DayOfWeek.THURSDAY),
                "18:00", "23:00", nextThursday, nextThursday.plusMonths(2), Booking.Priority.ROUTINE));
        long bicester = book("tv-cherwell", weekly(mk, "Bicester Village late opening",
                cameras("tv-cherwell", 40, "Bicester Village station", "Bicester Sheep Street"),
                EnumSet.of(DayOfWeek.SUNDAY), "10:00", "18:00", nextThursday, nextThursday.plusMonths(1),
                Booking.Priority.ROUTINE));
        operator(() -> {
            decisions.decline(bicester, "Sunday daytime is staffed for two consoles only; book up to 16 cameras "
                    + "or ask for Saturday instead");
            return null;
        });
        long slough = book("tv-slough", weekly(mk, "Slough town centre Christmas lights",
                cameras("tv-slough", 8, "Slough High Street"),
                EnumSet.of(DayOfWeek.SATURDAY), "16:00", "22:00", nextThursday, nextThursday.plusWeeks(4),
                Booking.Priority.ROUTINE));
        as("tv-slough", () -> bookings.cancel(slough,
                "The lights switch-on moved to the council's own staff; no hub watching needed"));
    }

    private long[] hubs() {
        if (Hub.count() > 0) {
            return new long[0];
        }
        Hub mk = hub("Milton Keynes hub", "Civic Offices, 1 Saxon Gate East, Milton Keynes MK9 3EJ", 6, 8,
                "Every day, 24 hours; weekend nights fully staffed");
        proposeAll(mk, List.of("tv-milton-keynes", "tv-oxford-city", "tv-cherwell", "tv-slough"));
        plan(mk, 2, 4, 6);
        Hub oxford = hub("Oxford hub", "St Aldate's Chambers, 109 St Aldate's, Oxford OX1 1DS", 4, 6,
                "Every day 07:00 to 05:00; closed 05:00 to 07:00");
        proposeAll(oxford, List.of("tv-oxford-city", "tv-cherwell"));
        plan(oxford, 2, 3, 4);
        return new long[] { mk.id, oxford.id };
    }

    /** The operator proposes each partner; the PCC office agrees them in {@link #seed()}. */
    private void proposeAll(Hub hub, List<String> partners) {
        entityManager().flush();
        partners.forEach(partner -> serving.propose(hub.id, partner));
    }

    private Hub hub(String name, String address, int consoles, int perOperator, String opening) {
        Hub hub = new Hub();
        hub.partnershipId = PARTNERSHIP;
        hub.operatorPartnerId = OPERATOR;
        hub.name = name;
        hub.address = address;
        hub.consoles = consoles;
        hub.camerasPerOperator = perOperator;
        hub.openingPattern = opening;
        hub.persist();
        return hub;
    }

    /** Days on {@code day} consoles, evenings on {@code evening}, weekend nights (to 05:00) on {@code peak}. */
    private static void plan(Hub hub, int day, int evening, int peak) {
        for (DayOfWeek weekday : DayOfWeek.values()) {
            boolean afterWeekendNight = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
            boolean weekendNight = weekday == DayOfWeek.FRIDAY || weekday == DayOfWeek.SATURDAY;
            HubStaffing.band(hub.id, weekday, 0, 5, afterWeekendNight ? peak : evening).persist();
            HubStaffing.band(hub.id, weekday, 7, 18, day).persist();
            HubStaffing.band(hub.id, weekday, 18, 24, weekendNight ? peak : evening).persist();
            if (hub.consoles > 4) {
                HubStaffing.band(hub.id, weekday, 5, 7, 1).persist();
            }
        }
    }

    private static jakarta.persistence.EntityManager entityManager() {
        return Hub.getEntityManager();
    }

    private static BookingRequest weekly(long hub, String group, List<String> cameras, Set<DayOfWeek> days,
            String from, String to, LocalDate first, LocalDate last, Booking.Priority priority) {
        return new BookingRequest(hub, group, cameras.size(), Booking.Recurrence.WEEKLY, null, null, days,
                LocalTime.parse(from), LocalTime.parse(to), first, last, priority, null, cameras);
    }

    /** Asset tags of {@code count} of the partner's cameras in use, those at the named sites first. */
    private List<String> cameras(String partner, int count, String... sites) {
        return as(partner, () -> directory.inUse(count, List.of(sites)).stream()
                .map(CameraRef::assetTag).toList());
    }

    private long book(String partner, BookingRequest request) {
        return as(partner, () -> bookings.request(request).id);
    }

    private <T> T operator(java.util.function.Supplier<T> work) {
        return as(OPERATOR, work);
    }

    private <T> T as(String partner, java.util.function.Supplier<T> work) {
        return unattended.forPartner(partner, PARTNERSHIP, work);
    }
}
