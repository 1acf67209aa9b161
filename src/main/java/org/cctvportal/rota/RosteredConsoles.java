package org.cctvportal.rota;

import static org.cctvportal.platform.NativeRows.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cctvportal.monitoring.StaffedConsoles;

/**
 * The rota's answer to monitoring's {@link StaffedConsoles}: the operators assigned to operator shifts at each
 * instant, read in one call of {@code hub_rostered_at}, the function the database's capacity guard uses too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RosteredConsoles implements StaffedConsoles {

    @Inject
    EntityManager entityManager;

    @Override
    @SuppressWarnings("unchecked")
    public Map<Instant, Integer> rosteredAt(long hubId, List<Instant> instants) {
        Map<Instant, Integer> rostered = new HashMap<>();
        if (instants.isEmpty()) {
            return rostered;
        }
        // The instants travel as one array literal of ISO-8601 times, so the call is one round trip however many.
        String array = instants.stream().map(Instant::toString).collect(Collectors.joining(",", "{", "}"));
        List<Object[]> rows = entityManager.createNativeQuery("select at, rostered from hub_rostered_at(?1,"
                + " cast(?2 as timestamptz[])) where rostered is not null").setParameter(1, hubId)
                .setParameter(2, array).getResultList();
        rows.forEach(r -> rostered.put(instant(r[0]), ((Number) r[1]).intValue()));
        return rostered;
    }
}
