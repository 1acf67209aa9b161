package org.cctvportal.monitoring;

import static org.cctvportal.platform.NativeRows.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;

/**
 * Whether a partner's approved nights fit at another hub before {@link HubMoves} moves them: the database's
 * {@code booking_move_breaches} adds them to the target's load and answers every moment over capacity, gathered here
 * into the nights a person reads.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MoveCapacity {

    @Inject
    EntityManager entityManager;

    /** One London day on which the target hub cannot take the approved nights moved to it. */
    public record NightRefused(LocalDate day, Instant firstAt, int booked, int capacity) {
    }

    /** Each London day on which the approved nights from {@code from} would overbook the target, worst first seen. */
    @SuppressWarnings("unchecked")
    List<NightRefused> refusedNights(String partner, long source, long target, Instant from) {
        List<Object[]> rows = entityManager.createNativeQuery("select at, booked, capacity from"
                + " booking_move_breaches(?1, ?2, ?3, ?4)").setParameter(1, partner).setParameter(2, source)
                .setParameter(3, target).setParameter(4, Timestamp.from(from)).getResultList();
        Map<LocalDate, NightRefused> days = new TreeMap<>();
        for (Object[] row : rows) {
            Instant at = instant(row[0]);
            ZonedDateTime local = at.atZone(LondonTime.ZONE);
            // A night belongs to the evening it starts: its early hours count with the day before.
            LocalDate day = local.getHour() < 12 ? local.toLocalDate().minusDays(1) : local.toLocalDate();
            int booked = ((Number) row[1]).intValue();
            int capacity = ((Number) row[2]).intValue();
            days.merge(day, new NightRefused(day, at, booked, capacity), (a, b) -> new NightRefused(day, a.firstAt(),
                    Math.max(a.booked(), b.booked()), Math.min(a.capacity(), b.capacity())));
        }
        return new ArrayList<>(days.values());
    }

    static String refusal(Hub target, List<NightRefused> refused) {
        StringBuilder text = new StringBuilder(target.name).append(" cannot take ").append(refused.size())
                .append(refused.size() == 1 ? " night" : " nights").append(", so nothing was moved:");
        for (NightRefused night : refused) {
            text.append(' ').append(Formats.day(night.day())).append(" (").append(night.booked())
                    .append(" cameras booked, ").append(night.capacity()).append(" it can watch);");
        }
        text.setLength(text.length() - 1);
        return text.append('.').toString();
    }

}
