package org.cctvportal.rota;

import static org.cctvportal.rota.RotaFixture.number;
import static org.cctvportal.rota.RotaFixture.portalRole;
import static org.cctvportal.rota.RotaFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/**
 * Supervisors filling a shift's positions at the same moment, through the supervisor's form on the real database:
 * exactly the open positions are filled, every other attempt is refused naming the rule, none is a server error; and
 * two inserts racing for the last position straight in the database are checked one after the other.
 */
@QuarkusTest
class ConcurrentAssignmentTest {

    static final int ATTEMPTS = 40;
    static final int POSITIONS = 5;

    @Inject
    Clock clock;

    @Test
    void fortyConcurrentAssignmentsFillExactlyTheOpenPositions() throws Exception {
        long hub = RotaFixture.hub(4, 5);
        long shift = shift(hub, day(1), POSITIONS);
        List<Long> operators = operators(hub, ATTEMPTS);
        FormSession supervisor = FormSession.of("ods.supervisor");
        Map<Integer, Integer> outcomes = new ConcurrentHashMap<>();
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (long operator : operators) {
            futures.add(pool.submit(() -> {
                start.await();
                Response response = supervisor.form().formParam("operatorId", Long.toString(operator))
                        .post("/rota/shifts/" + shift + "/assign");
                outcomes.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 400) {
                    refusals.add(response.asString());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertEquals(Map.of(303, POSITIONS, 400, ATTEMPTS - POSITIONS), outcomes);
        refusals.forEach(page -> assertTrue(page.contains("govuk-error-summary")
                && page.contains("Open positions: the shift") && page.contains("fully staffed"),
                "a refusal names the rule and the shift"));
        try (Connection db = portalRole("tv-ods")) {
            assertEquals(POSITIONS, number(db, "select count(*) from rota_assignment where shift_id = " + shift));
            assertEquals(POSITIONS, number(db, "select count(*) from audit_event where action = 'rota.assigned' "
                    + "and entity_id = '" + shift + "'"));
        }
    }

    @Test
    void twoInsertsRacingForTheLastPositionInTheDatabaseAreCheckedOneAfterTheOther() throws Exception {
        long hub = RotaFixture.hub(4, 5);
        long shift = shift(hub, day(2), 1);
        List<Long> operators = operators(hub, 2);
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (Connection first = portalRole("tv-ods")) {
            first.setAutoCommit(false);
            insert(first, shift, operators.get(0));
            Future<?> racing = second.submit(() -> {
                try (Connection other = portalRole("tv-ods")) {
                    insert(other, shift, operators.get(1));
                }
                return null;
            });
            // Without the shift's lock the second insert counts no one (the first is not committed) and succeeds.
            assertThrows(TimeoutException.class, () -> racing.get(1, TimeUnit.SECONDS),
                    "the second insert waits for the shift the first one locked");
            first.commit();
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> racing.get(30, TimeUnit.SECONDS));
            assertTrue(refused.getCause() instanceof SQLException);
            assertTrue(refused.getCause().getMessage().contains("shift " + shift + " is fully staffed"),
                    refused.getCause().getMessage());
        } finally {
            second.shutdownNow();
        }
        try (Connection db = portalRole("tv-ods")) {
            assertEquals(1, number(db, "select count(*) from rota_assignment where shift_id = " + shift));
        }
    }

    private static void insert(Connection connection, long shift, long operator) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("insert into rota_assignment (id, partner_id, shift_id, operator_id, period) values "
                    + "(nextval('rota_assignment_seq'), 'tv-ods', " + shift + ", " + operator + ", 'empty')");
        }
    }

    /** A Tuesday {@code weeks} after a day well ahead of the portal's clock, so no demo shift is near it. */
    private LocalDate day(int weeks) {
        return LocalDate.now(clock).plusYears(3).with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).plusWeeks(weeks);
    }

    /** An operator shift from 07:00 to 15:00 (London) on {@code day} at the hub, made as its operator partner. */
    private static long shift(long hub, LocalDate day, int positions) throws SQLException {
        ZonedDateTime from = ZonedDateTime.of(day, LocalTime.of(7, 0), LondonTime.ZONE);
        try (Connection db = portalRole("tv-ods")) {
            return number(db, "insert into rota_shift (id, partner_id, hub_id, starts_at, ends_at, role, positions) "
                    + "values (nextval('rota_shift_seq'), 'tv-ods', " + hub + ", '" + from.toOffsetDateTime() + "', '"
                    + from.plusHours(8).toOffsetDateTime() + "', 'OPERATOR', " + positions + ") returning id");
        }
    }

    /** {@code count} operators of tv-ods trained for the hub, with licences valid for years. */
    private List<Long> operators(long hub, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = portalRole("tv-ods"); Statement sql = db.createStatement()) {
            for (int i = 0; i < count; i++) {
                String person = text(db, TestOperators.personSql("tv-ods", "Racing" + i));
                long id = number(db, "insert into operator_profile (id, partner_id, person_id, sia_licence, "
                        + "sia_expires, contracted_hours) values (nextval('operator_profile_seq'), 'tv-ods', "
                        + "'" + person + "', '" + String.format("%016d", hub * 1000 + i)
                        + "', '" + LocalDate.now(clock).plusYears(10) + "', 40) returning id");
                sql.execute("insert into operator_trained_hub values (" + id + ", " + hub + ")");
                ids.add(id);
            }
        }
        assertFalse(ids.isEmpty());
        return ids;
    }
}
