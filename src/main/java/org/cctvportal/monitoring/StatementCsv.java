package org.cctvportal.monitoring;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cctvportal.platform.web.CsvCells;

/** Monthly statements as CSV, through commons-csv, every text cell neutralised like every other export. */
final class StatementCsv {

    private StatementCsv() {
    }

    /** The statements as CSV: a row per line (a booking's hours in one band at one tariff), then totals per partner. */
    static String csv(List<Statement> statements, boolean totalsOnly) {
        StringWriter out = new StringWriter();
        String[] header = totalsOnly
                ? new String[] { "partner", "month", "booked_hours", "delivered_hours", "net_gbp", "vat_gbp",
                    "gross_gbp" }
                : new String[] { "partner", "month", "reference", "hub", "camera_group", "cameras", "customer",
                    "band", "delivered_hours", "basis", "tariff_from", "rate_gbp", "amount_gbp" };
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            for (Statement s : statements) {
                if (totalsOnly) {
                    csv.printRecord(cells(s.partnerName(), s.month(), s.bookedHours(), s.deliveredHours(), s.total(),
                            s.vat(), s.gross()));
                    continue;
                }
                for (Statement.Line l : s.lines()) {
                    csv.printRecord(cells(s.partnerName(), s.month(), l.reference(), l.hubName(), l.cameraGroup(),
                            l.cameras(), l.kind().label(), l.bandLabel(), l.deliveredHours(), l.basisLabel(),
                            l.tariffFrom(), l.rate(), l.amount()));
                }
                csv.printRecord(cells(s.partnerName(), s.month(), "Net total", "", "", "", "", "",
                        s.deliveredHours(), "", "", "", s.total()));
                csv.printRecord(cells(s.partnerName(), s.month(), "VAT at " + s.vatPercent().toPlainString() + "%",
                        "", "", "", "", "", "", "", "", "", s.vat()));
                csv.printRecord(cells(s.partnerName(), s.month(), "Total", "", "", "", "", "", "", "", "", "",
                        s.gross()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Every text cell neutralised like every other export (a camera group or partner name a partner typed could start
     * with {@code =} and run in the hub's spreadsheet); numbers the portal computed are left as numbers.
     */
    private static List<Object> cells(Object... values) {
        return java.util.Arrays.stream(values).map(v -> v instanceof String text ? (Object) CsvCells.neutralise(text)
                : v == null ? "" : v).toList();
    }
}
