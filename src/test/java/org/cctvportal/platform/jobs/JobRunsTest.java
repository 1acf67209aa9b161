package org.cctvportal.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * One run per slot: a second claim of the same slot (another replica firing a little later) is skipped, the next
 * slot runs again, and the row says which instance ran it and how it ended. The table is out of reach of requests.
 */
@QuarkusTest
class JobRunsTest {

    private static final Duration HOURLY = Duration.ofHours(1);

    @Inject
    JobRuns runs;

    @Inject
    JobOverrunGauge overrun;

    @Inject
    java.time.Clock clock;

    @Test
    void eachSlotRunsOnceWhenReplicasFireAtDifferentMoments() throws SQLException {
        String job = "test-" + UUID.randomUUID();
        AtomicInteger ran = new AtomicInteger();
        Instant first = Instant.parse("2030-01-01T10:05:00Z");

        assertTrue(runs.runOnce(job, HOURLY, first, () -> "ran " + ran.incrementAndGet()));
        assertFalse(runs.runOnce(job, HOURLY, first.plusSeconds(40 * 60), () -> "ran " + ran.incrementAndGet()));
        assertTrue(runs.runOnce(job, HOURLY, first.plus(HOURLY), () -> "ran " + ran.incrementAndGet()));

        assertEquals(2, ran.get());
        try (Connection connection = owner(); Statement sql = connection.createStatement()) {
            var rows = sql.executeQuery("select slot, instance, outcome, finished_at from job_run where job = '"
                    + job + "' order by slot");
            assertTrue(rows.next());
            assertEquals(Instant.parse("2030-01-01T10:00:00Z"), rows.getTimestamp(1).toInstant());
            assertEquals(JobRuns.INSTANCE, rows.getString(2));
            assertEquals("done: ran 1", rows.getString(3));
            assertTrue(rows.getTimestamp(4) != null);
            assertTrue(rows.next());
            assertEquals(Instant.parse("2030-01-01T11:00:00Z"), rows.getTimestamp(1).toInstant());
            assertFalse(rows.next());
        }
    }

    @Test
    void aRunThatHasNotFinishedForHoursIsReportedToOperators() throws SQLException {
        String job = "test-" + UUID.randomUUID();
        Instant started = clock.instant().minus(Duration.ofHours(3));
        try (Connection connection = owner(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into job_run (job, slot, instance, started_at) values ('" + job + "', '"
                    + started + "', 'died/0', '" + started + "')");
        }
        assertTrue(overrun.refresh() >= 3 * 3600, "the gauge behind PortalJobOverrun");
        assertTrue(org.cctvportal.support.Metrics.gauge("portal_job_unfinished_seconds") >= 3 * 3600);
        try (Connection connection = owner(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("update job_run set finished_at = started_at where job = '" + job + "'");
        }
        assertTrue(overrun.refresh() < 3 * 3600, "a finished run is no longer reported");
    }

    @Test
    void aFailedRunIsRecordedAndItsSlotIsNotRunAgain() throws SQLException {
        String job = "test-" + UUID.randomUUID();
        Instant at = Instant.parse("2030-01-02T10:00:00Z");
        assertTrue(runs.runOnce(job, HOURLY, at, () -> {
            throw new IllegalStateException("store unavailable");
        }));
        assertFalse(runs.runOnce(job, HOURLY, at, () -> "ran"));
        try (Connection connection = owner(); Statement sql = connection.createStatement()) {
            var rows = sql.executeQuery("select outcome from job_run where job = '" + job + "'");
            assertTrue(rows.next());
            assertEquals("failed: store unavailable", rows.getString(1));
        }
    }

    @Test
    void aRunForgetsTheSameJobsRunsOlderThanNinetyDays() throws SQLException {
        String job = "test-" + UUID.randomUUID();
        Instant old = Instant.parse("2030-01-01T10:00:00Z");
        assertTrue(runs.runOnce(job, HOURLY, old, () -> "old"));
        assertTrue(runs.runOnce(job, HOURLY, old.plus(Duration.ofDays(89)), () -> "recent"));
        assertTrue(runs.runOnce(job, HOURLY, old.plus(Duration.ofDays(91)), () -> "now"));
        try (Connection connection = owner(); Statement sql = connection.createStatement()) {
            var rows = sql.executeQuery("select outcome from job_run where job = '" + job + "' order by slot");
            assertTrue(rows.next());
            assertEquals("done: recent", rows.getString(1));
            assertTrue(rows.next());
            assertEquals("done: now", rows.getString(1));
            assertFalse(rows.next());
        }
    }

    @Test
    void slotsAreTheStartOfTheirInterval() {
        assertEquals(Instant.parse("2030-01-01T10:00:00Z"),
                JobRuns.slot(Instant.parse("2030-01-01T10:59:59.999Z"), HOURLY));
        assertEquals(Instant.parse("2030-01-01T10:00:04Z"),
                JobRuns.slot(Instant.parse("2030-01-01T10:00:05.500Z"), Duration.ofSeconds(2)));
    }

    @Test
    void aRequestsScopeCannotReadOrClaimJobRuns() throws SQLException {
        try (Connection connection = portalRole(); Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.partner', 'tv-oxford-city', false), "
                    + "set_config('app.partnership', 'thames-valley', false), set_config('app.scope', 'partner', false)");
            var rows = sql.executeQuery("select count(*) from job_run");
            rows.next();
            assertEquals(0, rows.getLong(1));
            SQLException forged = assertThrows(SQLException.class, () -> sql.executeUpdate("insert into job_run (job,"
                    + " slot, instance, started_at) values ('forged', now(), 'x', now())"));
            assertEquals("42501", forged.getSQLState(), forged.getMessage());
        }
    }

    private static Connection portalRole() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /** The owner, which reads the table without the platform scope (checks only, never the portal's own path). */
    private static Connection owner() throws SQLException {
        var config = ConfigProvider.getConfig();
        Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
        try (Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.scope', 'platform', false)");
        }
        return connection;
    }
}
