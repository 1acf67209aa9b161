package org.cctvportal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** A user's file name is kept to show and to offer on download, never raw in a header or a path. */
class FileNamesTest {

    @Test
    void directoriesControlCharactersAndQuotesAreRemoved() {
        assertEquals("passwd", FileNames.safe("../../etc/passwd"));
        assertEquals("boot.ini", FileNames.safe("C:\\Windows\\..\\boot.ini"));
        assertEquals("a__b_.mp4", FileNames.safe("a\r\nb\".mp4"));
        assertEquals("hidden.mp4", FileNames.safe("...hidden.mp4"));
        assertEquals("evidence", FileNames.safe("  "));
        assertEquals("evidence", FileNames.safe(null));
        assertEquals(200, FileNames.safe("x".repeat(500) + ".mp4").length());
    }

    @Test
    void theHeaderHasAnAsciiFallbackAndTheExactNameEncoded() {
        assertEquals("attachment; filename=\"Caf_ cam 1.mp4\"; filename*=UTF-8''Caf%C3%A9%20cam%201.mp4",
                FileNames.contentDisposition("Café cam 1.mp4"));
        String hostile = FileNames.contentDisposition("x\r\nSet-Cookie: a=b\".mp4");
        assertFalse(hostile.contains("\r") || hostile.contains("\n"), hostile);
        assertEquals(2, hostile.chars().filter(c -> c == '"').count(), hostile);
    }
}
