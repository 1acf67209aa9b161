package org.cctvportal.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The subject access requests a disclosure package answers, as the feature that keeps them on their clock publishes
 * them (the assurance feature implements this; the vault never reads its tables). Each call runs in the caller's
 * transaction, so stopping a request's clock commits with the package or not at all.
 */
public interface SubjectAccessRequests {

    /** A request still open: its reference, who made it and the date it must be answered by. */
    record OpenRequest(long id, String reference, String requester, LocalDate deadline) {
    }

    /** The caller's partner's open requests, the nearest deadline first. */
    List<OpenRequest> open();

    /** One open request of the caller's partner; empty when there is none (answered, withdrawn, another's). */
    Optional<OpenRequest> openRequest(long id);

    /** Stops the request's clock: it was answered today by the package named (the caller audits the sending). */
    void answeredBy(long id, String packageReference);
}
