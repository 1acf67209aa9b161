package org.cctvportal.estate;

import java.util.Set;

/**
 * Fired, in the changing transaction, after assets of the caller's estate were created or changed (and flushed):
 * whoever holds the estate to a standard re-evaluates those assets. A changed site stands for its cameras and
 * recorders, a changed recorder for the cameras recording on it.
 */
public record EstateChanged(Set<Long> sites, Set<Long> cameras, Set<Long> recorders) {

    public static EstateChanged site(Long id) {
        return new EstateChanged(Set.of(id), Set.of(), Set.of());
    }

    public static EstateChanged camera(Long id) {
        return new EstateChanged(Set.of(), Set.of(id), Set.of());
    }

    public static EstateChanged recorder(Long id) {
        return new EstateChanged(Set.of(), Set.of(), Set.of(id));
    }

    public boolean isEmpty() {
        return sites.isEmpty() && cameras.isEmpty() && recorders.isEmpty();
    }
}
