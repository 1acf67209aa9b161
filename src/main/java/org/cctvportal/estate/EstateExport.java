package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cctvportal.platform.web.CsvCells;

/**
 * The estate as CSV, with the same column names the importer reads, so an exported file imports back unchanged.
 * Every cell goes through {@link CsvCells#neutralise} so a spreadsheet never runs one as a formula.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EstateExport {

    /** Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark; the importer accepts one. */
    static final String BOM = "\uFEFF";

    public String csv(EstateImport.Subject subject) {
        if (subject == EstateImport.Subject.SITES) {
            return write(exported(subject), Site.listByName(), SiteRules::values);
        }
        List<Camera> cameras = Camera.list("select c from Camera c join fetch c.site left join fetch c.manufacturer"
                + " left join fetch c.recorder order by lower(c.assetTag)");
        return write(exported(subject), cameras, CameraRules::values);
    }

    /** An empty file with every column a file of this subject may have. */
    public String template(EstateImport.Subject subject) {
        return write(subject.fields(), List.<Object>of(), record -> Map.of());
    }

    /** The reason for a status belongs to a change, not to the camera, so the export leaves it out. */
    static List<Field> exported(EstateImport.Subject subject) {
        return subject.fields().stream().filter(f -> !f.key().equals("statusReason")).toList();
    }

    private static <T> String write(List<Field> columns, List<T> records, Function<T, Map<String, String>> values) {
        StringBuilder out = new StringBuilder(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(columns.stream().map(Field::column).toList());
            for (T record : records) {
                Map<String, String> row = values.apply(record);
                printer.printRecord(columns.stream().map(c -> CsvCells.neutralise(row.get(c.key()))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
