package org.cctvportal.monitoring;

import static org.cctvportal.monitoring.MonitoringFixture.approve;
import static org.cctvportal.monitoring.MonitoringFixture.booked;
import static org.cctvportal.monitoring.MonitoringFixture.friday;
import static org.cctvportal.monitoring.MonitoringFixture.hub;
import static org.cctvportal.monitoring.MonitoringFixture.number;
import static org.cctvportal.monitoring.MonitoringFixture.portalRole;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two hundred supervisors' approvals racing for the last of a hub's capacity, through the API on the real database:
 * exactly as many as fit are approved, every other is refused, and the database holds no more than capacity.
 */
@QuarkusTest
class ConcurrentApprovalTest {

    static final int BOOKINGS = 200;
    static final int CAPACITY = 10;

    @Test
    void twoHundredConcurrentApprovalsAdmitExactlyWhatFits() throws Exception {
        long hub = hub("tv-ods", 2, 5);
        LocalDate friday = friday();
        long holder = booked("oxford.manager", hub, 7, friday + "T20:00", friday.plusDays(1) + "T04:00");
        approve(holder).then().statusCode(200);
        List<Long> requests = new ArrayList<>();
        for (int i = 0; i < BOOKINGS; i++) {
            requests.add(booked(i % 2 == 0 ? "oxford.manager" : "mk.manager", hub, 1, friday + "T21:00",
                    friday + "T23:00"));
        }
        Map<Integer, Integer> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (long booking : requests) {
            futures.add(pool.submit(() -> {
                start.await();
                outcomes.merge(approve(booking).statusCode(), 1, Integer::sum);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        int fits = CAPACITY - 7;
        assertEquals(Map.of(200, fits, 409, BOOKINGS - fits), outcomes);
        try (Connection db = portalRole("tv-ods")) {
            assertEquals(CAPACITY, number(db, "select coalesce(sum(cameras), 0) from booking_occurrence "
                    + "where approved and hub_id = " + hub));
            assertEquals(0, number(db, "select count(*) from booking_occurrence o where o.hub_id = " + hub
                    + " and exists (select 1 from capacity_breaches(o.hub_id, array[o.period], 0))"));
        }
    }
}
