package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cctvportal.platform.tenancy.ReplicaReads;

/** Figures about the caller's own estate for overview pages, read from the replica: a few seconds behind is fine. */
@ApplicationScoped
public class EstateSummary {

    @Inject
    ReplicaReads replica;

    /** Cameras in the caller's estate that are not decommissioned; null when the replica cannot answer. */
    public Long cameraCount() {
        var count = replica.count("select count(*) from camera where status <> 'DECOMMISSIONED'");
        return count.isPresent() ? count.getAsLong() : null;
    }
}
