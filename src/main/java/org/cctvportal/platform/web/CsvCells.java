package org.cctvportal.platform.web;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheet programs from running exported cells as formulas (CSV injection), and undoes it on import, so an
 * exported file imports back unchanged. A plain number the portal wrote ({@code -1.2577}) is left as it is: a
 * spreadsheet reads it as a number and runs nothing.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");
    /** Starts with a character a spreadsheet runs, after any apostrophes a previous neutralisation added. */
    private static final Pattern RUNS = Pattern.compile("^'*[=+\\-@\t\r]", Pattern.DOTALL);
    private static final Pattern NEUTRALISED = Pattern.compile("^'+[=+\\-@\t\r]", Pattern.DOTALL);

    private CsvCells() {
    }

    /** The cell as written to an export: a leading apostrophe before anything a spreadsheet would run. */
    public static String neutralise(String cell) {
        if (cell == null) {
            return "";
        }
        return !NUMBER.matcher(cell).matches() && RUNS.matcher(cell).find() ? "'" + cell : cell;
    }

    /** The cell as typed before {@link #neutralise}: one leading apostrophe before a trigger character is dropped. */
    public static String restore(String cell) {
        return cell != null && cell.startsWith("'") && NEUTRALISED.matcher(cell).find() ? cell.substring(1) : cell;
    }
}
