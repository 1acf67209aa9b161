package org.cctvportal.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One partner's monthly recharge statement. Each approved booking's delivered periods starting in the month are cut
 * into day, night and weekend pieces ({@link PricingBands}) and each piece priced at the tariff in force on its local
 * day, so a tariff changing mid-month gives the month two lines per band. A line is a booking's hours in one band at
 * one tariff: hours, rate, amount. Money is pence-exact: each line is rounded half-up to the penny, the net total is
 * the sum of the lines, VAT is the total at the configured rate rounded half-up, and the gross is net plus VAT.
 */
public record Statement(String partnerId, String partnerName, YearMonth month, List<Line> lines,
        BigDecimal bookedHours, BigDecimal total, BigDecimal vatRate, BigDecimal vat) {

    static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /** One booking's approved periods starting in the month: all booked minutes, and the delivered periods. */
    public record Usage(long bookingId, String partnerId, String hubName, int camerasPerOperator,
            String cameraGroup, int cameras, CustomerKind kind, long bookedMinutes,
            List<Occurrences.Period> delivered) {
    }

    /**
     * A booking's delivered hours in one band at one tariff (tariff fields null: no tariff was in force; band null too:
     * nothing delivered yet this month).
     */
    public record Line(long bookingId, String hubName, String cameraGroup, int cameras, CustomerKind kind,
            PricingBands.Band band, BigDecimal deliveredHours, Tariff.Basis basis, Integer ratePence,
            LocalDate tariffFrom, BigDecimal amount) {
        public String reference() {
            return "MB-" + bookingId;
        }

        /** The band's name, or "To come" for a booking with no hours delivered yet this month. */
        public String bandLabel() {
            return band == null ? "To come" : band.label();
        }

        public String basisLabel() {
            return basis == null ? "No tariff" : basis.label();
        }

        /** The rate in pounds, or null with no tariff. */
        public BigDecimal rate() {
            return ratePence == null ? null : Tariff.pounds(ratePence);
        }
    }

    public BigDecimal deliveredHours() {
        return lines.stream().map(Line::deliveredHours).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The net total of each kind of customer's lines (a partner books as one kind; kept per kind for income). */
    public Map<CustomerKind, BigDecimal> totalsByKind() {
        Map<CustomerKind, BigDecimal> totals = new java.util.EnumMap<>(CustomerKind.class);
        lines.forEach(l -> totals.merge(l.kind(), l.amount(), BigDecimal::add));
        return totals;
    }

    public BigDecimal gross() {
        return total.add(vat);
    }

    /** The rate as a percentage for display: 0.20 is 20. */
    public BigDecimal vatPercent() {
        return vatRate.movePointRight(2).stripTrailingZeros();
    }

    /** Builds the statement of one partner from its usage and the partnership's tariffs. */
    public static Statement build(String partnerId, String partnerName, YearMonth month, List<Usage> usage,
            TariffSchedule tariffs, BigDecimal vatRate) {
        List<Line> lines = new ArrayList<>();
        long booked = 0;
        for (Usage u : usage) {
            booked += u.bookedMinutes();
            lines.addAll(lines(u, tariffs));
        }
        BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal vat = total.multiply(vatRate).setScale(2, RoundingMode.HALF_UP);
        return new Statement(partnerId, partnerName, month, List.copyOf(lines), hours(booked), total, vatRate, vat);
    }

    /** A booking's lines: its delivered minutes added up per tariff and band, then priced once per line. */
    static List<Line> lines(Usage u, TariffSchedule tariffs) {
        record Key(Tariff tariff, PricingBands.Band band) {
        }
        Map<Key, Long> minutes = new LinkedHashMap<>();
        for (Occurrences.Period p : u.delivered()) {
            for (PricingBands.Piece piece : PricingBands.split(p.start(), p.end())) {
                Tariff tariff = tariffs.inForce(u.kind(), piece.day()).orElse(null);
                minutes.merge(new Key(tariff, piece.band()), piece.minutes(), Long::sum);
            }
        }
        List<Line> lines = new ArrayList<>();
        if (minutes.isEmpty()) {
            // Booked in the month, nothing delivered yet: a line without hours, so the booking shows on the statement.
            lines.add(new Line(u.bookingId(), u.hubName(), u.cameraGroup(), u.cameras(), u.kind(), null,
                    BigDecimal.ZERO.setScale(2), null, null, null, BigDecimal.ZERO.setScale(2)));
            return lines;
        }
        minutes.entrySet().stream().sorted(java.util.Comparator
                .comparing((Map.Entry<Key, Long> e) -> e.getKey().tariff() == null ? LocalDate.MIN
                        : e.getKey().tariff().effectiveFrom)
                .thenComparing(e -> e.getKey().band())).forEach(e -> {
                    Optional<Tariff> tariff = Optional.ofNullable(e.getKey().tariff());
                    PricingBands.Band band = e.getKey().band();
                    lines.add(new Line(u.bookingId(), u.hubName(), u.cameraGroup(), u.cameras(), u.kind(), band,
                            hours(e.getValue()), tariff.map(t -> t.basis).orElse(null),
                            tariff.map(t -> t.pence(band)).orElse(null), tariff.map(t -> t.effectiveFrom).orElse(null),
                            tariff.map(t -> amount(t, band, units(t, u), e.getValue()))
                                    .orElse(BigDecimal.ZERO.setScale(2))));
                });
        return lines;
    }

    /** Pounds for minutes of a band at a tariff on so many units, rounded half-up to the penny. */
    static BigDecimal amount(Tariff tariff, PricingBands.Band band, int units, long minutes) {
        return BigDecimal.valueOf((long) tariff.pence(band) * units * minutes)
                .divide(SIXTY.multiply(BigDecimal.valueOf(100)), 2, RoundingMode.HALF_UP);
    }

    /** Units a booking is charged on: its cameras, or the consoles it occupies for a console-hour tariff. */
    static int units(Tariff tariff, Usage usage) {
        return tariff.basis == Tariff.Basis.CONSOLE_HOUR ? consoles(usage.cameras(), usage.camerasPerOperator())
                : usage.cameras();
    }

    /** Consoles a booking occupies: its cameras shared out at the hub's cameras per operator, rounded up. */
    static int consoles(int cameras, int camerasPerOperator) {
        int per = Math.max(1, camerasPerOperator);
        return (cameras + per - 1) / per;
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }
}
