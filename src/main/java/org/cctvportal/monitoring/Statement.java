package org.cctvportal.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One partner's monthly recharge statement: a line per approved booking with occurrences starting in the month
 * (booked hours, delivered hours, what the tariff makes of the delivered ones), a fee line for a monthly tariff, and
 * the total. Money is pence-exact: each line is rounded half-up to the penny and the total is the sum of the lines.
 */
public record Statement(String partnerId, String partnerName, YearMonth month, List<Line> lines, BigDecimal total) {

    static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /** Delivered and booked minutes of one booking in the month, as the database adds them up. */
    public record Usage(long bookingId, String partnerId, String hubName, int camerasPerOperator,
            String cameraGroup, int cameras, CustomerKind kind, long bookedMinutes, long deliveredMinutes) {
    }

    /** One line; bookingId is 0 for a monthly fee. */
    public record Line(long bookingId, String hubName, String cameraGroup, int cameras, CustomerKind kind,
            BigDecimal bookedHours, BigDecimal deliveredHours, Tariff.Basis basis, BigDecimal rate,
            BigDecimal amount) {
        public String reference() {
            return bookingId == 0 ? "Fee" : "MB-" + bookingId;
        }

        public String basisLabel() {
            return basis == null ? "No tariff" : basis.label();
        }
    }

    public BigDecimal deliveredHours() {
        return lines.stream().map(Line::deliveredHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal bookedHours() {
        return lines.stream().map(Line::bookedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Builds the statement of one partner from its usage and the tariff in force for each kind of customer. */
    public static Statement build(String partnerId, String partnerName, YearMonth month, List<Usage> usage,
            Function<CustomerKind, Optional<Tariff>> tariffs) {
        List<Line> lines = new ArrayList<>();
        Map<CustomerKind, Long> deliveredByKind = new java.util.EnumMap<>(CustomerKind.class);
        for (Usage u : usage) {
            Optional<Tariff> tariff = tariffs.apply(u.kind());
            BigDecimal amount = tariff.map(t -> amount(t, u)).orElse(BigDecimal.ZERO.setScale(2));
            lines.add(new Line(u.bookingId(), u.hubName(), u.cameraGroup(), u.cameras(), u.kind(),
                    hours(u.bookedMinutes()), hours(u.deliveredMinutes()), tariff.map(t -> t.basis).orElse(null),
                    tariff.map(t -> t.rate).orElse(null), amount));
            deliveredByKind.merge(u.kind(), u.deliveredMinutes(), Long::sum);
        }
        deliveredByKind.forEach((kind, minutes) -> tariffs.apply(kind)
                .filter(t -> t.basis == Tariff.Basis.MONTHLY_FIXED && minutes > 0)
                .ifPresent(t -> lines.add(new Line(0, "", "Monthly fee (" + kind.label().toLowerCase() + ")", 0,
                        kind, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), t.basis, t.rate,
                        t.rate.setScale(2, RoundingMode.HALF_UP)))));
        BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Statement(partnerId, partnerName, month, List.copyOf(lines), total);
    }

    static BigDecimal amount(Tariff tariff, Usage usage) {
        BigDecimal minutes = BigDecimal.valueOf(usage.deliveredMinutes());
        return switch (tariff.basis) {
            case CAMERA_HOUR -> tariff.rate.multiply(BigDecimal.valueOf(usage.cameras())).multiply(minutes)
                    .divide(SIXTY, 2, RoundingMode.HALF_UP);
            case CONSOLE_HOUR -> tariff.rate.multiply(BigDecimal.valueOf(consoles(usage))).multiply(minutes)
                    .divide(SIXTY, 2, RoundingMode.HALF_UP);
            case MONTHLY_FIXED -> BigDecimal.ZERO.setScale(2);
        };
    }

    /** Consoles a booking occupies: its cameras shared out at the hub's cameras per operator, rounded up. */
    static int consoles(Usage usage) {
        int per = Math.max(1, usage.camerasPerOperator());
        return (usage.cameras() + per - 1) / per;
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }
}
