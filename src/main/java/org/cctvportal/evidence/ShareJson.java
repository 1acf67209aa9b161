package org.cctvportal.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.web.Formats;

/**
 * A share as the owner sees it. {@code outlastsRetention} is the page's warning, for a share whose last day falls
 * after the footage is disposed of (null otherwise): the force would find nothing to open in its last days.
 */
public record ShareJson(long id, String recipient, String reason, Instant expiresAt, LocalDate lastDay,
        String sharedBy, Instant revokedAt, boolean live, RetentionWarning outlastsRetention) {

    /** The footage's disposal date before the share ends, and what the owner may do about it. */
    public record RetentionWarning(LocalDate footageDisposedOn, String message) {
    }

    static ShareJson of(EvidenceShare s, List<ShareRetention> outlasting, Instant now) {
        RetentionWarning warning = outlasting.stream().filter(o -> o.share().id.equals(s.id)).findFirst()
                .map(o -> new RetentionWarning(o.disposedOn(), "The share runs until " + Formats.day(o.lastDay())
                        + ", but the footage is disposed of on " + Formats.day(o.disposedOn()) + ": keep the footage"
                        + " until the share ends, or end the share on " + Formats.day(o.disposedOn()) + "."))
                .orElse(null);
        return new ShareJson(s.id, s.recipientPartnerId, s.reason, s.expiresAt, ShareRetention.lastDay(s),
                s.sharedBy, s.revokedAt, s.isLive(now), warning);
    }

    static List<ShareJson> of(EvidenceService.Detail detail, Instant now) {
        return detail.shares().stream().map(s -> of(s, detail.outlasting(), now)).toList();
    }
}
