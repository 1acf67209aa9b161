package org.cctvportal.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.web.LondonTime;

/**
 * A share that would outlast the footage: the force may open it until its last day, but the footage is disposed of
 * once its retention ends. Evidential items and items on legal hold are kept past that date, so none of theirs is.
 */
public record ShareRetention(EvidenceShare share, LocalDate lastDay, LocalDate disposedOn) {

    /** The item's live shares whose last day falls after the footage's disposal date, as of {@code now}. */
    static List<ShareRetention> outlasting(EvidenceItem item, List<EvidenceShare> shares, Instant now) {
        if (!item.isOpen() || item.evidential || item.legalHold || item.retainUntil == null) {
            return List.of();
        }
        return shares.stream().filter(s -> s.revokedAt == null && s.expiresAt.isAfter(now))
                .map(s -> new ShareRetention(s, lastDay(s), item.retainUntil))
                .filter(r -> r.lastDay().isAfter(item.retainUntil)).toList();
    }

    /** The last London day a share is open: it ends at the start of the next. */
    static LocalDate lastDay(EvidenceShare share) {
        return share.expiresAt.atZone(LondonTime.ZONE).toLocalDate().minusDays(1);
    }

    /** The instant a share ending with {@code day} expires. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant();
    }
}
