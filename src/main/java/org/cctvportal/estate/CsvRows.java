package org.cctvportal.estate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cctvportal.platform.web.CsvCells;

/** Reads a comma-separated file whose first line names the columns; each later line becomes a row of fields. */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvRows() {
    }

    /** Hands each row to {@code rows} as it is read, so no list of the file's rows is ever held; returns how many. */
    /**
     * Hands each row after line {@code afterLine} to {@code rows} as it is read, so no list of the file's rows is
     * ever held; returns how many rows the file has.
     */
    static int read(Reader text, EstateImport.Subject subject, int maxRows, long afterLine, Consumer<ImportRow> rows) {
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<Field> columns = header(records.next(), subject);
            int count = 0;
            long lastLine = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (count++ >= maxRows) {
                    throw new ImportFileException("The file has more than " + String.format("%,d", maxRows)
                            + " rows: split it into smaller files");
                }
                if (line <= afterLine) {
                    continue;
                }
                ImportRow row = row(record, line, columns);
                try {
                    rows.accept(row);
                } catch (RuntimeException e) {
                    throw new FromTheRows(e);
                }
            }
            return count;
        } catch (FromTheRows e) {
            throw e.getCause();
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            if (ImportFiles.notUtf8(e)) {
                throw ImportFiles.notUtf8();
            }
            throw new ImportFileException("The file is not valid CSV: " + reason(e) + ". Check for a quote (\") that"
                    + " is opened but never closed");
        }
    }

    /** What the consumer of the rows threw, carried past the handling of the parser's own failures. */
    private static final class FromTheRows extends RuntimeException {
        FromTheRows(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private static ImportRow row(CSVRecord record, int line, List<Field> columns) {
        int named = (int) columns.stream().filter(c -> c != null).count();
        if (record.size() < columns.size()) {
            return ImportRow.broken(line, "has " + record.size() + " cells but the header names " + named
                    + " columns: a column or a comma is missing");
        }
        for (int i = columns.size(); i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return ImportRow.broken(line, "has " + record.size() + " cells but the header names " + named
                        + " columns: a value has a comma in it and needs quotes around it");
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null) {
                values.put(columns.get(i).key(), CsvCells.restore(record.get(i)));
            }
        }
        return ImportRow.of(line, RawRecord.of(values));
    }

    /** The field of each column (null for a column with no name), or a message naming what is wrong. */
    private static List<Field> header(CSVRecord first, EstateImport.Subject subject) {
        List<String> cells = first.stream().map(String::strip).toList();
        if (cells.size() == 1) {
            delimiter(cells.get(0));
        }
        List<Field> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String cell : cells) {
            if (cell.isEmpty()) {
                columns.add(null);
                continue;
            }
            Field field = Field.forHeader(subject.fields(), cell).orElse(null);
            if (field == null) {
                unknown.add(FieldReader.clip(cell));
            } else if (!seen.add(field.key())) {
                throw new ImportFileException("The column " + field.column() + " appears twice in the header");
            }
            columns.add(field);
        }
        if (seen.isEmpty()) {
            throw new ImportFileException("The first line must be a header naming the columns, like "
                    + columnList(subject.fields()) + ". It reads \"" + FieldReader.clip(String.join(",", cells)) + "\"");
        }
        if (!unknown.isEmpty()) {
            throw new ImportFileException("Unknown column" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + ". Check the spelling: the columns for " + subject.plural()
                    + " are " + columnList(subject.fields()));
        }
        List<String> missing = subject.fields().stream()
                .filter(f -> subject.isRequired(f) && !seen.contains(f.key())).map(Field::column).toList();
        if (!missing.isEmpty()) {
            throw new ImportFileException("The header is missing the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + ": every file of " + subject.plural() + " needs them");
        }
        return columns;
    }

    private static void delimiter(String header) {
        String found = header.contains(";") ? "semicolons (;)" : header.contains("\t") ? "tabs" : null;
        if (found != null) {
            throw new ImportFileException("The columns are separated by " + found + ", not commas. Save the file as"
                    + " \"CSV UTF-8 (Comma delimited)\", or change the list separator to a comma, and upload it again");
        }
    }

    static String columnList(List<Field> fields) {
        return fields.stream().map(Field::column).collect(Collectors.joining(", "));
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        return message.length() > 120 ? message.substring(0, 120) : message;
    }
}
