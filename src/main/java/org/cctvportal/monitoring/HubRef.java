package org.cctvportal.monitoring;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A hub as other features see it: what they show and check (its consoles bound a shift's positions, its operator
 * partner runs its rota, the partners it serves are those an operator may be cleared for, it watches only from the day
 * it opens until the day it closes). Never the entity.
 */
public record HubRef(Long id, String name, String address, int consoles, int camerasPerOperator,
        String operatorPartnerId, Set<String> servedPartners, java.time.LocalDate opensOn,
        java.time.LocalDate closesOn) {

    public HubRef {
        servedPartners = Collections.unmodifiableSortedSet(new TreeSet<>(servedPartners));
    }

    static HubRef of(Hub hub) {
        return new HubRef(hub.id, hub.name, hub.address, hub.consoles, hub.camerasPerOperator, hub.operatorPartnerId,
                hub.servedPartners, hub.opensOn, hub.closesOn);
    }
}
