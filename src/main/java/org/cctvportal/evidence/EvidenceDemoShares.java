package org.cctvportal.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.time.LocalDate;
import org.cctvportal.platform.web.Formats;

/**
 * A demo share that outlasts its footage: the force may open the Gloucester Green clip four weeks after its
 * retention ends, so the item's page shows the warning and the two ways out of it.
 */
final class EvidenceDemoShares {

    private EvidenceDemoShares() {
    }

    static void outlasting(EvidenceDemoRecords records, Custody custody, Clock clock, long itemId, Actor officer) {
        QuarkusTransaction.requiringNew().run(() -> {
            EvidenceItem item = EvidenceItem.findById(itemId);
            LocalDate lastDay = item.retainUntil.plusDays(28);
            EvidenceShare share = new EvidenceShare();
            share.partnerId = item.partnerId;
            share.itemId = item.id;
            share.recipientPartnerId = "tv-police";
            share.reason = "The van drove off: Thames Valley Police are tracing the driver";
            share.expiresAt = ShareRetention.endOf(lastDay);
            share.sharedBy = officer.username();
            share.sharedAt = clock.instant();
            share.persist();
            custody.record(item, Custody.Action.SHARED, officer, null, "Shared with Thames Valley Police until the"
                    + " end of " + Formats.day(lastDay) + ": " + share.reason);
            records.announce(share, lastDay);
        });
    }
}
