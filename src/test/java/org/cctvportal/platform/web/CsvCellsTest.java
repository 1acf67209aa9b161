package org.cctvportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Formula cells are neutralised on export and restored on import; numbers the portal writes are left alone. */
class CsvCellsTest {

    @Test
    void cellsASpreadsheetWouldRunGetAnApostrophe() {
        assertEquals("'=SUM(A1:A9)", CsvCells.neutralise("=SUM(A1:A9)"));
        assertEquals("'+44 1865", CsvCells.neutralise("+44 1865"));
        assertEquals("'-cmd", CsvCells.neutralise("-cmd"));
        assertEquals("'@SUM(1)", CsvCells.neutralise("@SUM(1)"));
        assertEquals("'\tx", CsvCells.neutralise("\tx"));
        assertEquals("'\rx", CsvCells.neutralise("\rx"));
    }

    @Test
    void numbersAndPlainTextStayAsTheyAre() {
        assertEquals("-1.2577", CsvCells.neutralise("-1.2577"));
        assertEquals("51.752", CsvCells.neutralise("51.752"));
        assertEquals("270", CsvCells.neutralise("270"));
        assertEquals("Axis P3265", CsvCells.neutralise("Axis P3265"));
        assertEquals("", CsvCells.neutralise(""));
        assertEquals("", CsvCells.neutralise(null));
        assertEquals("'quoted", CsvCells.neutralise("'quoted"));
    }

    @Test
    void importUndoesExportExactly() {
        for (String cell : new String[] { "=1+1", "+x", "-x", "@x", "\tx", "'=x", "''=x", "'plain", "-1.5", "a=b",
                "=", "'" }) {
            assertEquals(cell, CsvCells.restore(CsvCells.neutralise(cell)), cell);
        }
    }
}
