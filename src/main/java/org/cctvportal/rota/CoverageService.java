package org.cctvportal.rota;

import static org.cctvportal.platform.NativeRows.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cctvportal.monitoring.HubDirectory;
import org.cctvportal.platform.web.LondonTime;

/**
 * The rota against the hub's approved bookings: the partners watched during each shift (the clearance rule's input)
 * and the coverage gaps, the times when bookings need more operators than are rostered.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageService {

    /** A time when approved bookings need more operators than are rostered. */
    public record Gap(Instant startsAt, Instant endsAt, int needed, int rostered) {
        public int missing() {
            return needed - rostered;
        }

        public String label() {
            java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
                    java.util.Locale.UK);
            java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("HH:mm",
                    java.util.Locale.UK);
            return day.format(startsAt.atZone(LondonTime.ZONE)) + " to " + time.format(endsAt.atZone(LondonTime.ZONE));
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    HubDirectory hubs;

    @Inject
    ShiftService shiftService;

    /**
     * For each of the hub's shifts starting in [from, to), the partners (id to name) whose approved bookings are
     * watched at the hub during it: the clearance rule's input, read in one query.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, Map<String, String>> watched(long hubId, Instant from, Instant to) {
        List<Object[]> rows = entityManager.createNativeQuery("select shift_id, partner_id from "
                + "rota_watched_partners(?1, ?2, ?3) order by shift_id, partner_id").setParameter(1, hubId)
                .setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to)).getResultList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = partnerNames(hubId);
        Map<Long, Map<String, String>> watched = new HashMap<>();
        for (Object[] row : rows) {
            String partner = (String) row[1];
            watched.computeIfAbsent(((Number) row[0]).longValue(), k -> new LinkedHashMap<>()).put(partner,
                    Optional.ofNullable(names.get(partner)).orElse(partner));
        }
        return watched;
    }

    private Map<String, String> partnerNames(long hubId) {
        // Work run for a partner without a signed-in user (demo data) gets no names: partners are named by id.
        return hubs.servedPartnerNames(shiftService.myHub(hubId));
    }

    /** Times in [from, to) when the hub's approved bookings need more operators than are rostered. */
    @SuppressWarnings("unchecked")
    public List<Gap> gaps(long hubId, Instant from, Instant to) {
        List<Object[]> rows = entityManager.createNativeQuery("select starts_at, ends_at, needed, rostered "
                + "from rota_gaps(?1, ?2, ?3)").setParameter(1, hubId).setParameter(2, Timestamp.from(from))
                .setParameter(3, Timestamp.from(to)).getResultList();
        List<Gap> gaps = new ArrayList<>();
        for (Object[] row : rows) {
            gaps.add(new Gap(instant(row[0]), instant(row[1]), ((Number) row[2]).intValue(),
                    ((Number) row[3]).intValue()));
        }
        return gaps;
    }
}
