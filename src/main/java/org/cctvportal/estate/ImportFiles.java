package org.cctvportal.estate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns the bytes of an uploaded file into rows: checks the size, decodes strict UTF-8 (a byte-order mark is
 * accepted), tells CSV from GeoJSON and hands the text to the reader for that format.
 */
final class ImportFiles {

    private ImportFiles() {
    }

    /** The format, from the file name first and the first character second. */
    static EstateImport.Format formatOf(String fileName, String text) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json") || text.stripLeading().startsWith("{")) {
            return EstateImport.Format.GEOJSON;
        }
        return EstateImport.Format.CSV;
    }

    /** Reads the file's rows one at a time into {@code rows}; returns how many there were. */
    static int read(byte[] bytes, String fileName, EstateImport.Subject subject, EstateImportConfig limits,
            Consumer<ImportRow> rows) {
        if (bytes.length == 0) {
            throw new ImportFileException("The file is empty: choose the file with your " + subject.plural() + " in it");
        }
        if (bytes.length > limits.importMaxBytes()) {
            throw new ImportFileException(413, "The file is " + megabytes(bytes.length) + "; the largest file you can"
                    + " import is " + megabytes(limits.importMaxBytes()) + ". Split it into smaller files");
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new ImportFileException("The file is empty: choose the file with your " + subject.plural() + " in it");
        }
        return formatOf(fileName, text) == EstateImport.Format.GEOJSON
                ? GeoJsonRows.read(text, subject, limits.importMaxRows(), rows)
                : CsvRows.read(text, subject, limits.importMaxRows(), rows);
    }

    /** Strict UTF-8, so a file saved in another encoding is refused rather than imported with garbled names. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ImportFileException("The file is saved as UTF-16 (\"Unicode text\"), not UTF-8. Save it as"
                    + " \"CSV UTF-8 (Comma delimited)\" and upload it again");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportFileException("The file is not UTF-8 text: it was probably saved as Windows-1252 or"
                    + " Excel's default \"CSV (Comma delimited)\". In Excel choose Save as, then \"CSV UTF-8 (Comma"
                    + " delimited)\", and upload it again");
        }
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10 ? Math.round(mb) + " MB" : String.format(Locale.UK, "%.1f MB", mb);
    }
}
