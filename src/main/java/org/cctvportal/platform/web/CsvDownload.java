package org.cctvportal.platform.web;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV downloads (commons-csv), every text cell neutralised against spreadsheet formulas. */
public final class CsvDownload {

    private CsvDownload() {
    }

    public static Response download(String fileName, List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(CsvDownload::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    public static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String text ? CsvCells.neutralise(text) : value.toString();
    }
}
