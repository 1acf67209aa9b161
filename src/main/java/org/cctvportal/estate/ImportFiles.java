package org.cctvportal.estate;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns the bytes of an uploaded file into rows: checks the size, decodes strict UTF-8 (a byte-order mark is
 * accepted) as the rows are read, tells CSV from GeoJSON and hands the text to the reader for that format. The file's
 * text is never held whole: a 20 MB file would take 40 MB more as one string, twice for every pass.
 */
final class ImportFiles {

    private static final int BYTE_ORDER_MARK = 3;

    private ImportFiles() {
    }

    /** The format, from the file name first and the first character that is not a space second. */
    static EstateImport.Format formatOf(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return EstateImport.Format.GEOJSON;
        }
        for (int i = textStart(bytes); i < bytes.length; i++) {
            if (!blank(bytes[i])) {
                return bytes[i] == '{' ? EstateImport.Format.GEOJSON : EstateImport.Format.CSV;
            }
        }
        return EstateImport.Format.CSV;
    }

    /** Reads the file's rows one at a time into {@code rows}; returns how many there were. */
    static int read(byte[] bytes, String fileName, EstateImport.Subject subject, EstateImportConfig limits,
            Consumer<ImportRow> rows) {
        return read(bytes, fileName, subject, limits, 0, rows);
    }

    /**
     * Reads the file's rows into {@code rows}, passing over those that start on or before line {@code afterLine}
     * (counted, not handed on: a commit going on after the chunks it has applied); returns how many there were.
     */
    static int read(byte[] bytes, String fileName, EstateImport.Subject subject, EstateImportConfig limits,
            long afterLine, Consumer<ImportRow> rows) {
        if (bytes.length == 0) {
            throw new ImportFileException("The file is empty: choose the file with your " + subject.plural() + " in it");
        }
        if (bytes.length > limits.importMaxBytes()) {
            throw new ImportFileException(413, "The file is " + megabytes(bytes.length) + "; the largest file you can"
                    + " import is " + megabytes(limits.importMaxBytes()) + ". Split it into smaller files");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ImportFileException("The file is saved as UTF-16 (\"Unicode text\"), not UTF-8. Save it as"
                    + " \"CSV UTF-8 (Comma delimited)\" and upload it again");
        }
        if (isBlank(bytes)) {
            throw new ImportFileException("The file is empty: choose the file with your " + subject.plural() + " in it");
        }
        Reader text = text(bytes);
        return formatOf(fileName, bytes) == EstateImport.Format.GEOJSON
                ? GeoJsonRows.read(text, subject, limits.importMaxRows(), afterLine, rows)
                : CsvRows.read(text, subject, limits.importMaxRows(), afterLine, rows);
    }

    /**
     * The file's text as it is read, in strict UTF-8, so a file saved in another encoding is refused (see
     * {@link #notUtf8}) rather than imported with garbled names.
     */
    private static Reader text(byte[] bytes) {
        int start = textStart(bytes);
        return new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Where the text starts: after UTF-8's byte-order mark, if there is one. */
    private static int textStart(byte[] bytes) {
        return bytes.length >= BYTE_ORDER_MARK && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? BYTE_ORDER_MARK : 0;
    }

    private static boolean isBlank(byte[] bytes) {
        for (int i = textStart(bytes); i < bytes.length; i++) {
            if (!blank(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(byte b) {
        return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
    }

    /** Whether reading failed because the bytes are not UTF-8. */
    static boolean notUtf8(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /** The refusal of a file that is not UTF-8. */
    static ImportFileException notUtf8() {
        return new ImportFileException("The file is not UTF-8 text: it was probably saved as Windows-1252 or"
                + " Excel's default \"CSV (Comma delimited)\". In Excel choose Save as, then \"CSV UTF-8 (Comma"
                + " delimited)\", and upload it again");
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10 ? Math.round(mb) + " MB" : String.format(Locale.UK, "%.1f MB", mb);
    }
}
