package org.cctvportal.estate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rows a commit's chunks take from one reading of the file: in the file's order, from the line after those
 * already applied, to its end; a file that turns out unreadable is refused on the chunk's side; and a feed closed
 * before the end stops its reading.
 */
class ImportRowFeedTest {

    static final EstateImportConfig LIMITS = new EstateImportConfig() {
        @Override
        public long importMaxBytes() {
            return 20_971_520;
        }

        @Override
        public int importMaxRows() {
            return 200_000;
        }

        @Override
        public Duration importRetention() {
            return Duration.ofDays(2);
        }

        @Override
        public int importChunkRows() {
            return 2;
        }
    };

    static byte[] sites(int rows) {
        StringBuilder csv = new StringBuilder("name,kind,postcode,latitude,longitude\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("Site ").append(i).append(",Town centre,OX1 1BX,51.752,-1.2577\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theRowsComeInTheFilesOrderFromTheLineAfterThoseApplied() {
        List<String> names = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (ImportRowFeed rows = new ImportRowFeed(sites(5_000), "sites.csv", EstateImport.Subject.SITES, LIMITS,
                3)) {
            while (rows.hasNext()) {
                ImportRow row = rows.next();
                names.add(row.raw().get("name"));
                lines.add(row.line());
            }
            assertFalse(rows.hasNext(), "still at its end when asked again");
        }
        assertEquals(4_998, names.size(), "lines 2 and 3 (the first two rows) were applied already");
        assertEquals("Site 3", names.get(0));
        assertEquals(4, lines.get(0));
        assertEquals("Site 5000", names.get(names.size() - 1));
        for (int i = 1; i < lines.size(); i++) {
            assertEquals(lines.get(i - 1) + 1, lines.get(i), "in the file's order, none left out");
        }
    }

    @Test
    void aFileFoundUnreadableIsRefusedWhenTheChunkTakesItsRow() {
        byte[] bytes = "name,kind,postcode,latitude,longitude\n\"Site 1,Town centre,OX1 1BX,51.752,-1.2577\n"
                .getBytes(StandardCharsets.UTF_8);
        try (ImportRowFeed rows = new ImportRowFeed(bytes, "sites.csv", EstateImport.Subject.SITES, LIMITS, 0)) {
            assertTrue(rows.hasNext());
            ImportFileException refused = assertThrows(ImportFileException.class, rows::next);
            assertTrue(refused.getMessage().startsWith("The file is not valid CSV"), refused.getMessage());
        }
    }

    @Test
    void aFeedClosedBeforeTheEndStopsReading() throws Exception {
        ImportRowFeed rows = new ImportRowFeed(sites(20_000), "sites.csv", EstateImport.Subject.SITES, LIMITS, 0);
        assertEquals("Site 1", rows.next().raw().get("name"));
        rows.close();
        long until = System.currentTimeMillis() + 10_000;
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("estate-import-rows"))
                && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("estate-import-rows")), "the reading thread has ended");
    }
}
