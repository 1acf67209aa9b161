package org.cctvportal.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cctvportal.estate.CameraDirectory;
import org.cctvportal.estate.CameraRef;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.LondonTime;

/**
 * Thames Valley's third hub, as the seed report names it: Oxford Direct Services opens the Slough hub through the
 * portal's own services (the hub, its evening and night staffing plan), proposes Slough Borough Council, the PCC
 * office agrees, and Slough moves across from the Milton Keynes hub with its bookings: its town-centre evenings,
 * approved at Milton Keynes, move to the new hub from next Monday in one step, and the Milton Keynes hub stops
 * serving it, with the notice that raises. Idempotent.
 */
@ApplicationScoped
public class HubOpeningDemo implements DemoSeed {

    static final String SLOUGH = "tv-slough";

    @Inject
    UnattendedWork unattended;

    @Inject
    HubAdministration administration;

    @Inject
    StaffingPlans plans;

    @Inject
    HubServing serving;

    @Inject
    BookingService bookings;

    @Inject
    HubDecisions decisions;

    @Inject
    CameraDirectory directory;

    @Inject
    HubMoves moves;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "hub-opening";
    }

    @Override
    public Set<String> after() {
        return Set.of("monitoring", "rota");
    }

    @Override
    public void seed() {
        LocalDate today = clock.instant().atZone(LondonTime.ZONE).toLocalDate();
        LocalDate opened = today.withDayOfMonth(1);
        Long hub = operator(() -> {
            List<Hub> hubs = Hub.byName();
            if (hubs.isEmpty() || hubs.stream().anyMatch(h -> h.name.equals("Slough hub"))) {
                return null;
            }
            Hub slough = administration.open(new HubForm.Command("Slough hub",
                    "Observatory House, 25 Windsor Road, Slough SL1 2EL", 3, 8, LocalTime.of(18, 0),
                    LocalTime.of(6, 0), "Evenings and nights, 18:00 to 06:00", opened));
            int[] days = new int[7];
            int[] nights = new int[7];
            Arrays.fill(nights, 2);
            plans.change(slough.id, new StaffingPlanForm.Command(opened, days, nights, false, ""));
            serving.propose(slough.id, SLOUGH);
            return slough.id;
        });
        if (hub == null) {
            return;
        }
        as("tv-opcc", () -> {
            serving.agree(hub, SLOUGH);
            return null;
        });
        moveSlough(hub, today);
    }

    /**
     * Slough's town-centre evenings, booked and approved at the Milton Keynes hub since the start of the month, move
     * to its new hub from next Monday in one step ({@link HubMoves}, as the operator's manager does it from the hub
     * pages): the evenings already watched stay at Milton Keynes, which stops serving Slough, with the notice that
     * raises.
     */
    private void moveSlough(long hub, LocalDate today) {
        Hub mk = operator(() -> Hub.<Hub>list("name", "Milton Keynes hub").stream().filter(h -> h.serves(SLOUGH))
                .findFirst().orElse(null));
        if (mk == null) {
            return;
        }
        LocalDate friday = today.withDayOfMonth(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        long booking = as(SLOUGH, () -> {
            List<String> tags = directory.inUse(8, List.of("Slough High Street")).stream().map(CameraRef::assetTag)
                    .toList();
            return bookings.request(new BookingRequest(mk.id, "Slough town centre evenings", tags.size(),
                    Booking.Recurrence.WEEKLY, null, null, EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                    LocalTime.of(19, 0), LocalTime.of(2, 0), friday, friday.plusMonths(3), Booking.Priority.ROUTINE,
                    null, tags)).id;
        });
        operator(() -> {
            decisions.approve(booking);
            moves.move(new HubMoves.Move(SLOUGH, mk.id, hub, today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))));
            return null;
        });
    }

    private <T> T operator(java.util.function.Supplier<T> work) {
        return as(MonitoringDemo.OPERATOR, work);
    }

    private <T> T as(String partner, java.util.function.Supplier<T> work) {
        return unattended.forPartner(partner, MonitoringDemo.PARTNERSHIP, work);
    }
}
