package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * What the evidence feature publishes about its shares coming to an end (notifications' daily scan): the caller's
 * partner's live shares that end by a moment, with who shared them. Never the item's title or anything of its footage.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SharesEnding {

    /** A live share ending soon: to whom, until when, and the account that shared it. */
    public record EndingShare(long shareId, String recipientPartnerId, Instant endsAt, String sharedBy) {
    }

    public List<EndingShare> endingBy(Instant now, Instant by) {
        return EvidenceShare.<EvidenceShare>list("revokedAt is null and expiresAt > ?1 and expiresAt <= ?2"
                + " order by expiresAt, id", now, by).stream()
                .map(s -> new EndingShare(s.id, s.recipientPartnerId, s.expiresAt, s.sharedBy)).toList();
    }
}
