package org.cctvportal.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How many consoles are staffed at a hub, as the rota knows it: monitoring asks, the rota answers (its bean
 * implements this). A hub's capacity is these consoles while an operator shift covers the moment, and its staffing
 * plan otherwise. The database's capacity guard reads the same figures through its own function
 * ({@code hub_capacity_at} calls the rota's {@code hub_rostered_at}).
 */
public interface StaffedConsoles {

    /**
     * Consoles rostered at the hub at each instant covered by an operator shift; an instant no operator shift covers
     * is absent, and so is every instant of a hub outside the caller's partnership.
     */
    Map<Instant, Integer> rosteredAt(long hubId, List<Instant> instants);
}
