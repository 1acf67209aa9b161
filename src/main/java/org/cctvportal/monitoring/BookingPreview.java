package org.cctvportal.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.InvalidInputException;

/**
 * What a booking form would ask of its hub, before it is sent: the cameras the rota really gives at the chosen times
 * (rostered consoles, else the staffing plan, as {@link HubCapacity} reads them) and the cost at the tariff in force.
 * Nothing is stored; an incomplete form gets the fields still needed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BookingPreview {

    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    HubService hubs;

    @Inject
    HubCapacity capacity;

    @Inject
    BookingService bookings;

    /** The preview, or the fields still to fill in ({@code missing}). */
    public record Result(FormErrors missing, int cameras, int occurrences, int least, Instant leastAt, long shortHours,
            BigDecimal hours, String cost, String tariff) {
        public boolean ready() {
            return missing == null;
        }

        /** The hub can watch fewer cameras than asked at some of the chosen times. */
        public boolean overbooks() {
            return least < cameras;
        }
    }

    public Result of(Map<String, String> values) {
        List<Hub> serving = hubs.servingMe();
        BookingRequest request;
        try {
            request = BookingForm.read(values, serving, bookings.today());
        } catch (InvalidInputException e) {
            return new Result(e.errors(), 0, 0, 0, null, 0, BigDecimal.ZERO, null, null);
        }
        HubRef hub = serving.stream().filter(h -> h.id.equals(request.hubId())).map(HubRef::of).findFirst()
                .orElseThrow();
        List<Occurrences.Period> periods = request.occurrences();
        List<Instant> instants = new ArrayList<>();
        long minutes = 0;
        for (Occurrences.Period p : periods) {
            minutes += p.length().toMinutes();
            for (Instant at = p.start(); at.isBefore(p.end()); at = at.truncatedTo(ChronoUnit.HOURS).plus(HOUR)) {
                instants.add(at);
            }
        }
        int[] at = capacity.at(hub, instants);
        int least = Integer.MAX_VALUE;
        Instant leastAt = null;
        long shortHours = 0;
        for (int i = 0; i < at.length; i++) {
            if (at[i] < least) {
                least = at[i];
                leastAt = instants.get(i);
            }
            shortHours += at[i] < request.cameras() ? 1 : 0;
        }
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        CustomerKind kind = bookings.customerKind();
        Optional<Tariff> tariff = Tariff.inForce(kind, bookings.today());
        // Every period priced as a statement would price it once delivered: by band, at the tariff of its day.
        Statement.Usage usage = new Statement.Usage(0, "", hub.name(), hub.camerasPerOperator(), "",
                request.cameras(), kind, minutes, periods);
        BigDecimal cost = Statement.lines(usage, TariffSchedule.read()).stream().map(Statement.Line::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Result(null, request.cameras(), periods.size(), least == Integer.MAX_VALUE ? 0 : least, leastAt,
                shortHours, hours, tariff.map(t -> Formats.money(cost)).orElse(null),
                tariff.map(BookingPreview::rates).orElse(null));
    }

    /** A tariff's rates in words: "day £1.85, night £2.10, weekend £2.40 per camera-hour". */
    static String rates(Tariff t) {
        return "day " + Formats.money(t.dayPounds()) + ", night " + Formats.money(t.nightPounds()) + ", weekend "
                + Formats.money(t.weekendPounds()) + " " + t.basis.label();
    }
}
