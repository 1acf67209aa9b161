package org.cctvportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Numbers as the issue asks for them: "£3,550", pence only where they matter, thousands separated, plurals right. */
class FormatsTest {

    @Test
    void moneyShowsPenceOnlyWhereThereAreSome() {
        assertEquals("£3,550", Formats.money(new BigDecimal("3550.00")));
        assertEquals("£120.87", Formats.money(new BigDecimal("120.87")));
        assertEquals("£2,150.50", Formats.money(new BigDecimal("2150.5")));
        assertEquals("£0", Formats.money(new BigDecimal("0.00")));
        assertEquals("£12,346", Formats.wholePounds(new BigDecimal("12345.60")));
    }

    @Test
    void countsAndPlurals() {
        assertEquals("1,204", Formats.count(1204));
        assertEquals("1 camera", Formats.plural(1, "camera", "cameras"));
        assertEquals("0 cameras", Formats.plural(0, "camera", "cameras"));
        assertEquals("2,000 bookings", Formats.plural(2000, "booking", "bookings"));
        assertEquals("7.5", Formats.decimal(new BigDecimal("7.50")));
    }

    @Test
    void timesAreLondonsInWords() {
        // 1 July is summer time: 13:05 UTC is 14:05 in London; 31 December is not.
        assertEquals("1 Jul 2026, 14:05", Formats.when(Instant.parse("2026-07-01T13:05:00Z")));
        assertEquals("31 Dec 2026, 23:50", Formats.when(Instant.parse("2026-12-31T23:50:00Z")));
        assertEquals("14:20", Formats.until(Instant.parse("2026-07-01T13:05:00Z"),
                Instant.parse("2026-07-01T13:20:00Z")));
        assertEquals("1 Jan 2027, 00:10", Formats.until(Instant.parse("2026-12-31T23:50:00Z"),
                Instant.parse("2027-01-01T00:10:00Z")));
        assertEquals("3 Jan 2027", Formats.day(LocalDate.of(2027, 1, 3)));
    }
}
