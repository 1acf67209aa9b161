package org.cctvportal.estate;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheet programs from running exported cells as formulas (CSV injection), and undoes it on import, so an
 * exported file imports back unchanged. A plain number the portal wrote ({@code -1.2577}) is left as it is: a
 * spreadsheet reads it as a number and runs nothing.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");
    private static final String TRIGGERS = "=+-@\t\r";

    private CsvCells() {
    }

    /** The cell as written to an export: a leading apostrophe before anything a spreadsheet would run. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell == null ? "" : cell;
        }
        return runsAsFormula(cell) || (cell.charAt(0) == '\'' && runsAsFormula(cell.substring(1))) ? "'" + cell : cell;
    }

    /** The cell as typed before {@link #neutralise}: one leading apostrophe before a trigger character is dropped. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\''
                && (runsAsFormula(cell.substring(1)) || cell.charAt(1) == '\'' && cell.length() > 2
                        && runsAsFormula(cell.substring(2)))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean runsAsFormula(String cell) {
        return !cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0;
    }
}
